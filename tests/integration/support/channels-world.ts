// Published 任职前公示 for the 公示反映 and 监督举报 suites and the action table's channel
// entries: made and published through the data layer, like staff would.
import type { Actor } from "@/lib/auth/actor";
import { shanghaiToday, yearOf } from "@/lib/calendar/dates";
import { lastPackageYear } from "@/lib/calendar/working-days";
import * as notices from "@/lib/data/notices";
import * as holidays from "@/lib/data/holidays";
import { db } from "@/lib/db/client";
import { preNoticeInput } from "../boards-fixtures";
import { newYearOnly } from "./holiday-rows";

const PERSONS = [
  { name: "周海波", currentPost: "港口规划处处长", proposedPost: "副局长" },
  { name: "林晓燕", currentPost: "航道管理处副处长", proposedPost: "航道管理处处长" },
];

/** Working-day calendar rows for the years the package does not know, up to `until`'s year. */
export async function ensureCalendarCovers(staff: Actor, until: Date): Promise<void> {
  for (let y = lastPackageYear() + 1; y <= yearOf(shanghaiToday(until)); y++) {
    if (!(await db().holidayArrangement.count({ where: { year: y } }))) await holidays.saveHolidayYear(staff, y, newYearOnly(y));
  }
}

export interface PublishedNotice {
  id: string;
  /** Entry ids in the order of PERSONS. */
  entries: { id: string; name: string }[];
}

/** A 任职前公示 of two persons from `startsOn` (Beijing day) for five working days, published at `publishAt`. */
export async function publishedPreNotice(staff: Actor, startsOn: string, publishAt: Date): Promise<PublishedNotice> {
  const input = preNoticeInput(startsOn, {
    entries: PERSONS.map((p) => ({ ...p, gender: "M", birthYearMonth: "1984-07", education: "大学，工学学士" })),
  });
  const { id } = await notices.createNotice(staff, input);
  await notices.publishNotice(staff, id, publishAt);
  const entries = await db().noticeEntry.findMany({
    where: { noticeId: id },
    orderBy: { position: "asc" },
    select: { id: true, name: true },
  });
  return { id, entries };
}

/** A 任职前公示 in its period now (on the real clock): from today. */
export async function activePreNotice(staff: Actor): Promise<PublishedNotice> {
  const now = new Date();
  await ensureCalendarCovers(staff, new Date(now.getTime() + 30 * 86_400_000));
  return publishedPreNotice(staff, shanghaiToday(now), now);
}
