// When a review that takes `n` working days is due, counted on the official calendar. This is a
// reminder line (the staff digest's 已超时), not a legal period like a 公示: past the calendar's
// known years it counts plain weekdays rather than refusing, so the reminder still comes.
import { addDays, weekday } from "./dates";
import { CalendarNotCoveredError, type WorkCalendar } from "./working-days";

/** The day by which a review of something submitted on `submittedDay` ("YYYY-MM-DD") is due: its n-th working day after. */
export function reviewDueDay(cal: WorkCalendar, submittedDay: string, n: number): string {
  const next = addDays(submittedDay, 1);
  try {
    return cal.addWorkingDays(next, n);
  } catch (e) {
    if (!(e instanceof CalendarNotCoveredError)) throw e;
    let seen = 0;
    for (let d = next; ; d = addDays(d, 1)) {
      const wd = weekday(d);
      if (wd !== 0 && wd !== 6 && ++seen === n) return d;
    }
  }
}

/** Whether such a review is overdue on `today`: the due day has passed. */
export function isReviewOverdue(cal: WorkCalendar, submittedDay: string, n: number, today: string): boolean {
  return today > reviewDueDay(cal, submittedDay, n);
}

/** Longest wait counted day by day; an older one is counted as five working days a week. */
const MAX_COUNTED_DAYS = 2_000;

/**
 * Working days a review has waited on `today`: the working days after the day it was
 * submitted, up to and including today (submitted on a Monday, it has waited 3 on Thursday, the
 * day the 3-day target falls due, and is overdue on Friday). Past the calendar's known years,
 * plain weekdays count, as in reviewDueDay.
 */
export function workingDaysWaited(cal: WorkCalendar, submittedDay: string, today: string): number {
  let n = 0;
  let d = addDays(submittedDay, 1);
  for (let i = 0; d <= today; d = addDays(d, 1), i++) {
    if (i >= MAX_COUNTED_DAYS) {
      const rest = Math.round((Date.parse(today) - Date.parse(d)) / 86_400_000) + 1;
      return n + Math.floor((rest * 5) / 7);
    }
    let work: boolean;
    try {
      work = cal.isWorkday(d);
    } catch (e) {
      if (!(e instanceof CalendarNotCoveredError)) throw e;
      const wd = weekday(d);
      work = wd !== 0 && wd !== 6;
    }
    if (work) n++;
  }
  return n;
}
