// The persons of a notice (公示对象) as the site words them: the six columns of the official
// table and each cell's text. One wording for the notice's page (components/boards/notice-entries.tsx)
// and its item in the 公示公告 feed (lib/feeds/document.ts), so a reader sees the same table in both.
import { BIRTH, parseDay } from "../calendar/dates";

type Words = (key: string, values?: Record<string, string>) => string;
type Dates = { dateTime: (value: Date, preset: typeof BIRTH) => string };

export const NOTICE_ENTRY_COLUMNS = ["name", "gender", "birthYearMonth", "education", "currentPost", "proposedPost"] as const;
export type NoticeEntryColumn = (typeof NOTICE_ENTRY_COLUMNS)[number];
export type NoticeEntryFields = Record<NoticeEntryColumn, string>;

/** The column headings: 姓名, 性别, 出生年月, … */
export function noticeEntryHeadings(t: Words): [NoticeEntryColumn, string][] {
  return NOTICE_ENTRY_COLUMNS.map((k) => [k, t(`notice.entry.${k}`)]);
}

/** One cell as shown: the gender in words, "1983-11" as 1983年11月 (as stored if it is not a month), the rest as typed. */
export function noticeEntryCell(t: Words, format: Dates, e: NoticeEntryFields, k: NoticeEntryColumn): string {
  if (k === "gender") return t(`gender.${e.gender}`);
  if (k === "birthYearMonth") {
    const day = parseDay(`${e.birthYearMonth}-01`);
    return day ? format.dateTime(day, BIRTH) : e.birthYearMonth;
  }
  return e[k];
}
