// /feeds/{vacancies|notices|appointments}/{rss.xml|atom.xml}: the newest published items of a
// board, in Chinese (the site's default language). Data comes from the cached public reads.
import { board as boards } from "@/lib/data/public-cache";
import { FEED_BOARDS, type FeedBoard } from "@/lib/feeds/entries";
import { feedDocument } from "@/lib/feeds/document";
import { siteOrigin } from "@/lib/feeds/origin";

export const dynamic = "force-dynamic";

const FILES = { "rss.xml": "rss", "atom.xml": "atom" } as const;
const TYPES = { rss: "application/rss+xml; charset=utf-8", atom: "application/atom+xml; charset=utf-8" } as const;

export async function GET(_request: Request, { params }: { params: Promise<{ board: string; file: string }> }) {
  const { board, file } = await params;
  const format = FILES[file as keyof typeof FILES];
  if (!(FEED_BOARDS as readonly string[]).includes(board) || !format) return new Response("Not found", { status: 404 });
  const b = board as FeedBoard;
  const xml = await feedDocument(b, format, await boards.feed(b), await siteOrigin());
  return new Response(xml, { headers: { "Content-Type": TYPES[format], "Cache-Control": "public, max-age=60" } });
}
