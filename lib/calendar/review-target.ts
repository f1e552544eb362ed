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
