// What a feed lists: the boards that have one, and one item as the data layer hands it over
// (lib/data/feeds.ts reads them; lib/feeds/document.ts words and renders them).
import type { NoticeEntryFields } from "../boards/notice-entries";

export const FEED_BOARDS = ["vacancies", "notices", "appointments"] as const;
export type FeedBoard = (typeof FEED_BOARDS)[number];
export const FEED_SIZE = 50;

export interface FeedEntry {
  id: string;
  /** Title parts, plain text as staff typed them; the document words them in the feed's language. */
  title: string;
  subtitle: string;
  kind: string;
  /** Plain text: the start of the body, markup removed. */
  excerpt: string;
  /** The body as the pages show it: Markdown through the pages' sanitizer (lib/markdown/render.ts). */
  contentHtml: string;
  date: Date;
  updated: Date;
  /** Vacancies: the nomination window. */
  opensAt?: Date;
  closesAt?: Date;
  /** Notices: what the page shows around the body (公示期, the persons, where to send concerns). */
  notice?: {
    period: { startsOn: Date; endsOn: Date; workingDays: number | null } | null;
    entries: NoticeEntryFields[];
    contact: string | null;
  };
}
