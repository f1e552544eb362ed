// The state a reader sees for a notice with a period (a 任职前公示): before its first day
// 未开始, from the first to the last day (Beijing dates, both included) 公示中, then 已结束.
import { addDays, formatDay, shanghaiToday } from "./dates";
import type { WorkCalendar } from "./working-days";
import { now as clockNow } from "./clock";

export type PeriodState = "UPCOMING" | "ACTIVE" | "ENDED";

/** The shortest 任职前公示 the rules allow, in working days. */
export const MIN_NOTICE_WORKING_DAYS = 5;

export function periodState(p: { startsOn: Date; endsOn: Date }, now: Date = clockNow()): PeriodState {
  const today = shanghaiToday(now);
  if (today < formatDay(p.startsOn)) return "UPCOMING";
  if (today > formatDay(p.endsOn)) return "ENDED";
  return "ACTIVE";
}

/**
 * The period of a 任职前公示 drafted on Beijing day `today` ("YYYY-MM-DD"): it starts on the next
 * working day and ends on the day it reaches MIN_NOTICE_WORKING_DAYS working days, on the official
 * calendar (holidays and make-up workdays). Throws CalendarNotCoveredError for a year not known.
 */
export function draftNoticePeriod(cal: WorkCalendar, today: string): { startsOn: string; endsOn: string } {
  const startsOn = cal.addWorkingDays(addDays(today, 1), 1);
  return { startsOn, endsOn: cal.addWorkingDays(startsOn, MIN_NOTICE_WORKING_DAYS) };
}
