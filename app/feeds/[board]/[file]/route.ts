// /feeds/{vacancies|notices|appointments}/{rss.xml|atom.xml}: the newest published items of a
// board, in Chinese (the site's default language). Data comes from the cached public reads.
import { getFormatter, getTranslations } from "next-intl/server";
import { board as boards } from "@/lib/data/public-cache";
import { FEED_BOARDS, type FeedBoard } from "@/lib/feeds/entries";
import { renderFeed } from "@/lib/feeds/render";
import { siteOrigin } from "@/lib/feeds/origin";

export const dynamic = "force-dynamic";

const FILES = { "rss.xml": "rss", "atom.xml": "atom" } as const;
const TYPES = { rss: "application/rss+xml; charset=utf-8", atom: "application/atom+xml; charset=utf-8" } as const;

export async function GET(_request: Request, { params }: { params: Promise<{ board: string; file: string }> }) {
  const { board, file } = await params;
  const format = FILES[file as keyof typeof FILES];
  if (!(FEED_BOARDS as readonly string[]).includes(board) || !format) return new Response("Not found", { status: 404 });
  const b = board as FeedBoard;
  const locale = "zh-CN";
  const [t, format_, entries] = await Promise.all([getTranslations({ locale }), getFormatter({ locale }), boards.feed(b)]);
  const instant = (d: Date) => format_.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" });
  const titles: Record<FeedBoard, string> = {
    vacancies: t("vacancy.title"),
    notices: t("notice.title"),
    appointments: t("appointment.title"),
  };
  const xml = renderFeed(
    b,
    format,
    entries,
    {
      title: `${titles[b]} — ${t("common.siteName")}`,
      description: t(`${b === "vacancies" ? "vacancy" : b === "notices" ? "notice" : "appointment"}.lead`),
      copyright: t("common.orgName"),
      itemTitle: (e) =>
        b === "vacancies"
          ? `${e.title}（${e.subtitle}）`
          : b === "notices"
            ? e.title
            : t(`appointment.sentence.${e.kind}`, { name: e.title, post: e.subtitle }),
      itemDescription: (e) =>
        b === "vacancies"
          ? `${t(`qualify.level.${e.kind}`)} · ${t("vacancy.windowRange", { opens: instant(e.opensAt!), closes: instant(e.closesAt!) })}。${e.excerpt}`
          : b === "notices"
            ? `${t(`notice.kind.${e.kind}`)}：${e.excerpt}`
            : e.excerpt || t(`appointment.sentence.${e.kind}`, { name: e.title, post: e.subtitle }),
    },
    await siteOrigin(),
  );
  return new Response(xml, { headers: { "Content-Type": TYPES[format], "Cache-Control": "public, max-age=60" } });
}
