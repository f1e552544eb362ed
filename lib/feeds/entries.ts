import "server-only";
// The newest published items of a board, as the RSS/Atom feeds list them. Drafts, withdrawn
// items and vacancies that were never published are not here: the same public filters as the boards.
import { db } from "../db/client";
import { markdownExcerpt } from "../markdown/render";

export const FEED_BOARDS = ["vacancies", "notices", "appointments"] as const;
export type FeedBoard = (typeof FEED_BOARDS)[number];
export const FEED_SIZE = 50;

export interface FeedEntry {
  id: string;
  /** Title parts; the route words them in the feed's language. */
  title: string;
  subtitle: string;
  kind: string;
  excerpt: string;
  date: Date;
  updated: Date;
  /** Vacancies: the nomination window. */
  opensAt?: Date;
  closesAt?: Date;
}

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
            status: true,
          },
          orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
          take: FEED_SIZE,
        })
      ).map((v) => ({
        id: v.id,
        title: v.post,
        subtitle: v.unit,
        kind: v.level,
        excerpt: markdownExcerpt(v.duties, 200),
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
        excerpt: markdownExcerpt(n.body, 200),
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
            unit: true,
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
        excerpt: markdownExcerpt(a.body, 200),
        date: a.publishedAt ?? a.decidedOn,
        updated: a.updatedAt,
      }));
  }
}
