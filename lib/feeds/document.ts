import "server-only";
// A board's feed in Chinese (the site's default language): the words around each item, then
// the document (lib/feeds/render.ts). Kept out of the route so that the wording and the
// escaping are tested together (tests/integration/feeds-markup.test.ts).
import { createFormatter, createTranslator } from "next-intl";
import { catalogs } from "../../messages";
import { BEIJING_TIME_ZONE as TIME_ZONE, INSTANT } from "../calendar/dates";
import { noticeClosingLines, noticeIssuer } from "../boards/notice-closing";
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
  // A 任职前公示 ends in the feed as on its page: the same closing lines (lib/boards/notice-closing.ts),
  // each escaped as text and the whole through the pages' sanitizer, like the body before it.
  const issuer = noticeIssuer(t);
  const closing = (e: FeedEntry) => {
    const lines = noticeClosingLines(t, formatter, issuer, e.date);
    const html = [
      `<p>${escapeHtml(lines.feedback)}</p>`,
      `<p>${lines.reporting.map(escapeHtml).join(" · ")}</p>`,
      `<p>${escapeHtml(lines.issuer)}${lines.date ? `<br>${escapeHtml(lines.date)}` : ""}</p>`,
    ].join("");
    return renderMarkdown(html);
  };
  const items =
    board === "notices"
      ? entries.map((e) => (e.kind === "PRE_APPOINTMENT" ? { ...e, contentHtml: `${e.contentHtml}${closing(e)}` } : e))
      : entries;
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
