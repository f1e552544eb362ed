import "server-only";
// A board's feed in Chinese (the site's default language): the words around each item, then
// the document (lib/feeds/render.ts). Kept out of the route so that the wording and the
// escaping are tested together (tests/integration/feeds-markup.test.ts).
import { createFormatter, createTranslator } from "next-intl";
import { catalogs } from "../../messages";
import { BEIJING_TIME_ZONE as TIME_ZONE, DAY, INSTANT } from "../calendar/dates";
import { noticeClosingLines, noticeIssuer } from "../boards/notice-closing";
import { noticeEntryCell, noticeEntryHeadings } from "../boards/notice-entries";
import { orgName } from "../privacy/settings";
import { renderMarkdown } from "../markdown/render";
import type { FeedBoard, FeedEntry } from "./entries";
import { escapeHtml, renderFeed } from "./render";

const LOCALE = "zh-CN";

const NAMESPACE: Record<FeedBoard, "vacancy" | "notice" | "appointment"> = {
  vacancies: "vacancy",
  notices: "notice",
  appointments: "appointment",
};

export async function feedDocument(board: FeedBoard, format: "rss" | "atom", entries: FeedEntry[], origin: string): Promise<string> {
  const t = createTranslator({ locale: LOCALE, messages: catalogs[LOCALE] }) as unknown as (
    key: string,
    values?: Record<string, string>,
  ) => string;
  const formatter = createFormatter({ locale: LOCALE, timeZone: TIME_ZONE });
  const instant = (d: Date) => formatter.dateTime(d, INSTANT);
  const ns = NAMESPACE[board];
  // A notice's item carries what its page shows around the body, in the page's order and words:
  // the 公示期, the body, the persons' table (lib/boards/notice-entries.ts), a 任职前公示's closing
  // lines (lib/boards/notice-closing.ts), then where to send concerns. Every staff-typed value is
  // escaped as text, and the whole goes through the pages' sanitizer like the body itself.
  const issuer = noticeIssuer(t);
  const headings = noticeEntryHeadings(t);
  const paragraph = (text: string) => `<p>${escapeHtml(text)}</p>`;
  const noticeHtml = (e: FeedEntry) => {
    const n = e.notice!;
    const before: string[] = [];
    const after: string[] = [];
    if (n.period) {
      const { startsOn, endsOn, workingDays } = n.period;
      const range = t("notice.periodRange", { from: formatter.dateTime(startsOn, DAY), to: formatter.dateTime(endsOn, DAY) });
      before.push(paragraph(`${range}${workingDays ? t("notice.workingDaysSuffix", { count: String(workingDays) }) : ""}`));
    }
    if (n.entries.length > 0) {
      const row = (cells: string[], tag: "th" | "td") => `<tr>${cells.map((c) => `<${tag}>${escapeHtml(c)}</${tag}>`).join("")}</tr>`;
      after.push(
        paragraph(t("notice.entry.title", { count: String(n.entries.length) })),
        `<table><thead>${row(
          headings.map(([, label]) => label),
          "th",
        )}</thead><tbody>${n.entries
          .map((p) =>
            row(
              headings.map(([k]) => noticeEntryCell(t, formatter, p, k)),
              "td",
            ),
          )
          .join("")}</tbody></table>`,
      );
    }
    if (e.kind === "PRE_APPOINTMENT") {
      const lines = noticeClosingLines(t, formatter, issuer, e.date);
      after.push(
        paragraph(lines.feedback),
        `<p>${lines.reporting.map(escapeHtml).join(" · ")}</p>`,
        `<p>${escapeHtml(lines.issuer)}${lines.date ? `<br>${escapeHtml(lines.date)}` : ""}</p>`,
      );
    }
    if (n.contact) after.push(paragraph(t("notice.feedback.lead")), `<p>${escapeHtml(n.contact).replace(/\r?\n/g, "<br>")}</p>`);
    // The body is sanitized already (lib/data/feeds.ts); what surrounds it is, here.
    const sanitized = (html: string[]) => (html.length ? renderMarkdown(html.join("")) : "");
    return `${sanitized(before)}${e.contentHtml}${sanitized(after)}`;
  };
  const items = board === "notices" ? entries.map((e) => (e.notice ? { ...e, contentHtml: noticeHtml(e) } : e)) : entries;
  return renderFeed(
    board,
    format,
    items,
    {
      title: `${t(`${ns}.title`)} — ${t("common.siteName")}`,
      description: t(`${ns}.lead`),
      copyright: orgName() ?? t("common.orgName"),
      itemTitle: (e) =>
        board === "vacancies"
          ? `${e.title}（${e.subtitle}）`
          : board === "notices"
            ? e.title
            : t(`appointment.sentence.${e.kind}`, { name: e.title, post: e.subtitle }),
      itemDescription: (e) =>
        board === "vacancies"
          ? `${t(`qualify.level.${e.kind}`)} · ${t("vacancy.windowRange", { opens: instant(e.opensAt!), closes: instant(e.closesAt!) })}。${e.excerpt}`
          : board === "notices"
            ? `${t(`notice.kind.${e.kind}`)}：${e.excerpt}`
            : e.excerpt || t(`appointment.sentence.${e.kind}`, { name: e.title, post: e.subtitle }),
    },
    origin,
  );
}
