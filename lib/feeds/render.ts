import "server-only";
// RSS 2.0 / Atom 1.0 documents of a board, written by the maintained `feed` package.
//
// The package puts titles and descriptions into CDATA that readers take as HTML (Atom says so:
// type="html"). Titles and descriptions here are plain text (staff-typed titles, words, a
// markup-free excerpt), so they are HTML-escaped: a reader shows "<img …>" as typed and never
// builds an element from it. The only HTML is an entry's contentHtml, which the data layer
// produced with the pages' sanitizer.
import { Feed } from "feed";
import type { FeedBoard, FeedEntry } from "./entries";

export interface FeedWords {
  title: string;
  description: string;
  itemTitle: (e: FeedEntry) => string;
  itemDescription: (e: FeedEntry) => string;
  copyright: string;
}

const PATHS: Record<FeedBoard, string> = { vacancies: "/vacancies", notices: "/notices", appointments: "/appointments" };

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Plain text as HTML that shows exactly that text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

export function renderFeed(board: FeedBoard, format: "rss" | "atom", entries: FeedEntry[], words: FeedWords, siteUrl: string): string {
  const base = siteUrl.replace(/\/$/, "");
  const feed = new Feed({
    id: `${base}${PATHS[board]}`,
    link: `${base}${PATHS[board]}`,
    title: words.title,
    description: words.description,
    language: "zh-CN",
    updated: entries.reduce<Date | undefined>((max, e) => (!max || e.updated > max ? e.updated : max), undefined) ?? new Date(0),
    generator: false,
    copyright: words.copyright,
    feedLinks: { rss: `${base}/feeds/${board}/rss.xml`, atom: `${base}/feeds/${board}/atom.xml` },
  });
  for (const e of entries) {
    const link = `${base}${PATHS[board]}/${e.id}`;
    feed.addItem({
      id: link,
      link,
      title: escapeHtml(words.itemTitle(e)),
      description: escapeHtml(words.itemDescription(e)),
      ...(e.contentHtml ? { content: e.contentHtml } : {}),
      date: e.updated,
      published: e.date,
    });
  }
  return format === "rss" ? feed.rss2() : feed.atom1();
}
