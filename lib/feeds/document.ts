import "server-only";
// A board's feed in Chinese (the site's default language): the words around each item, then
// the document (lib/feeds/render.ts). Kept out of the route so that the wording and the
// escaping are tested together (tests/integration/feeds-markup.test.ts).
import { createFormatter, createTranslator } from "next-intl";
import { catalogs } from "../../messages";
import { BEIJING_TIME_ZONE as TIME_ZONE, INSTANT } from "../calendar/dates";
import type { FeedBoard, FeedEntry } from "./entries";
import { renderFeed } from "./render";

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
  return renderFeed(
    board,
    format,
    entries,
    {
      title: `${t(`${ns}.title`)} — ${t("common.siteName")}`,
      description: t(`${ns}.lead`),
      copyright: t("common.orgName"),
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
