import "server-only";
// The newest published items of a board, as the RSS/Atom feeds list them. Drafts, withdrawn
// items and vacancies that were never published are not here: the same public filters as the
// boards. Bodies are rendered by the pages' own Markdown renderer and sanitizer, so a feed
// reader gets exactly the markup a browser gets on the page (no script, no event handler).
import { db } from "../db/client";
import { markdownExcerpt, renderMarkdown } from "../markdown/render";
import { loadWorkCalendar } from "./holidays";
import { periodWorkingDays } from "./notices";
import { NOTICE_ENTRY_COLUMNS } from "../boards/notice-entries";
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
    case "notices": {
      const [rows, cal] = await Promise.all([
        db().notice.findMany({
          where: { status: "PUBLISHED" },
          select: {
            id: true,
            title: true,
            kind: true,
            body: true,
            publishedAt: true,
            updatedAt: true,
            startsOn: true,
            endsOn: true,
            contact: true,
            entries: {
              select: Object.fromEntries(NOTICE_ENTRY_COLUMNS.map((k) => [k, true])) as Record<(typeof NOTICE_ENTRY_COLUMNS)[number], true>,
              orderBy: [{ position: "asc" }, { id: "asc" }],
            },
          },
          orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
          take: FEED_SIZE,
        }),
        loadWorkCalendar(),
      ]);
      return rows.map((n) => ({
        id: n.id,
        title: n.title,
        subtitle: "",
        kind: n.kind,
        excerpt: markdownExcerpt(n.body, EXCERPT),
        contentHtml: renderMarkdown(n.body),
        date: n.publishedAt!,
        updated: n.updatedAt,
        notice: {
          period:
            n.startsOn && n.endsOn
              ? { startsOn: n.startsOn, endsOn: n.endsOn, workingDays: periodWorkingDays(cal, n.startsOn, n.endsOn) }
              : null,
          entries: n.entries,
          contact: n.contact,
        },
      }));
    }
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
