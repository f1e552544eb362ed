import "server-only";
// The newest published items of a board, as the RSS/Atom feeds list them. Drafts, withdrawn
// items and vacancies that were never published are not here: the same public filters as the
// boards. Bodies are rendered by the pages' own Markdown renderer and sanitizer, so a feed
// reader gets exactly the markup a browser gets on the page (no script, no event handler).
import { db } from "../db/client";
import { markdownExcerpt, renderMarkdown } from "../markdown/render";
import { FEED_SIZE, type FeedBoard, type FeedEntry } from "../feeds/entries";

const EXCERPT = 200;

export async function feedEntries(board: FeedBoard): Promise<FeedEntry[]> {
  switch (board) {
    case "vacancies":
      return (
        await db().vacancy.findMany({
          where: { status: { not: "DRAFT" }, publishedAt: { not: null } },
          select: {
            id: true,
            post: true,
            unit: true,
            level: true,
            duties: true,
            opensAt: true,
            closesAt: true,
            publishedAt: true,
            updatedAt: true,
          },
          orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
          take: FEED_SIZE,
        })
      ).map((v) => ({
        id: v.id,
        title: v.post,
        subtitle: v.unit,
        kind: v.level,
        excerpt: markdownExcerpt(v.duties, EXCERPT),
        contentHtml: renderMarkdown(v.duties),
        date: v.publishedAt!,
        updated: v.updatedAt,
        opensAt: v.opensAt,
        closesAt: v.closesAt,
      }));
    case "notices":
      return (
        await db().notice.findMany({
          where: { status: "PUBLISHED" },
          select: { id: true, title: true, kind: true, body: true, publishedAt: true, updatedAt: true },
          orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
          take: FEED_SIZE,
        })
      ).map((n) => ({
        id: n.id,
        title: n.title,
        subtitle: "",
        kind: n.kind,
        excerpt: markdownExcerpt(n.body, EXCERPT),
        contentHtml: renderMarkdown(n.body),
        date: n.publishedAt!,
        updated: n.updatedAt,
      }));
    case "appointments":
      return (
        await db().appointment.findMany({
          where: { status: "PUBLISHED" },
          select: {
            id: true,
            kind: true,
            personName: true,
            post: true,
            body: true,
            decidedOn: true,
            publishedAt: true,
            updatedAt: true,
          },
          orderBy: [{ decidedOn: "desc" }, { id: "desc" }],
          take: FEED_SIZE,
        })
      ).map((a) => ({
        id: a.id,
        title: a.personName,
        subtitle: a.post,
        kind: a.kind,
        excerpt: markdownExcerpt(a.body, EXCERPT),
        contentHtml: renderMarkdown(a.body),
        date: a.publishedAt ?? a.decidedOn,
        updated: a.updatedAt,
      }));
  }
}
