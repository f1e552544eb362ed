// Working days on the official Chinese calendar: weekends are rest days, statutory holidays
// are rest days, and make-up workdays (调休上班) on a Saturday or Sunday are workdays.
//
// The State Council publishes each year's arrangement around November of the year before.
// The maintained package chinese-days carries the arrangements it knew when it was released
// (1.5.7: through 2026); for a later year it silently treats every weekday as a workday, which
// would make a 公示 period wrong. So a year counts as covered only if the package has its
// official holidays or staff have entered that year's arrangement (HolidayArrangement rows);
// counting into any other year throws CalendarNotCoveredError instead of guessing.
import chineseDays from "chinese-days";
import { addDays, weekday, yearOf } from "./dates";

export type DayKind = "HOLIDAY" | "WORKDAY";

export interface ArrangementDay {
  /** "YYYY-MM-DD" */
  day: string;
  kind: DayKind;
  name: string;
}

export class CalendarNotCoveredError extends Error {
  constructor(readonly year: number) {
    super(`the official holiday arrangement for ${year} is not known`);
    this.name = "CalendarNotCoveredError";
  }
}

const FIRST_PACKAGE_YEAR = 2004;
let packageLastYear: number | undefined;

/** The last year whose official holidays the installed chinese-days package contains. */
export function lastPackageYear(): number {
  if (packageLastYear === undefined) {
    let y = FIRST_PACKAGE_YEAR;
    // A year the package knows has official holidays that are not plain weekends.
    while (chineseDays.getHolidaysInRange(`${y + 1}-01-01`, `${y + 1}-12-31`, false).length > 0) y++;
    packageLastYear = y;
  }
  return packageLastYear;
}

export interface WorkCalendar {
  /** Last year of the package's own data. */
  readonly packageLastYear: number;
  /** Years covered by staff-entered arrangements, ascending. */
  readonly staffYears: readonly number[];
  isCovered(year: number): boolean;
  /** Last year of the unbroken run of covered years that starts with the package's. */
  coveredThrough(): number;
  isWorkday(day: string): boolean;
  /** Working days in [from, to], both included. */
  countWorkingDays(from: string, to: string): number;
  /** The day on which a period starting on `from` reaches its n-th working day. */
  addWorkingDays(from: string, n: number): string;
  /** The holiday or make-up name of a day, if it has one ("国庆节", "春节"…). */
  dayName(day: string): string | null;
}

/** Longest span one computation may walk: a period is days or weeks, never years. */
const MAX_SPAN_DAYS = 400;

export function createWorkCalendar(staffDays: readonly ArrangementDay[] = []): WorkCalendar {
  const last = lastPackageYear();
  // The package is authoritative for its own years; staff rows only fill later years.
  const staff = new Map(staffDays.filter((d) => yearOf(d.day) > last).map((d) => [d.day, d]));
  const staffYears = [...new Set([...staff.keys()].map(yearOf))].sort((a, b) => a - b);

  const isCovered = (year: number) => (year >= FIRST_PACKAGE_YEAR && year <= last) || staffYears.includes(year);

  function isWorkday(day: string): boolean {
    const year = yearOf(day);
    if (!isCovered(year)) throw new CalendarNotCoveredError(year);
    if (year <= last) return chineseDays.isWorkday(day);
    const entered = staff.get(day);
    if (entered) return entered.kind === "WORKDAY";
    const wd = weekday(day);
    return wd !== 0 && wd !== 6;
  }

  function dayName(day: string): string | null {
    const year = yearOf(day);
    if (year > last) return staff.get(day)?.name ?? null;
    if (!isCovered(year)) return null;
    const detail = chineseDays.getDayDetail(day);
    // Official days are named "English,中文,n"; ordinary days carry the weekday's English name.
    const parts = detail.name.split(",");
    return parts.length >= 2 ? parts[1] : null;
  }

  return {
    packageLastYear: last,
    staffYears,
    isCovered,
    coveredThrough() {
      let y = last;
      while (staffYears.includes(y + 1)) y++;
      return y;
    },
    isWorkday,
    dayName,
    countWorkingDays(from, to) {
      let n = 0;
      for (let d = from, i = 0; d <= to; d = addDays(d, 1), i++) {
        if (i > MAX_SPAN_DAYS) throw new RangeError("period too long");
        if (isWorkday(d)) n++;
      }
      return n;
    },
    addWorkingDays(from, n) {
      if (!Number.isInteger(n) || n < 1) throw new RangeError("n must be a positive integer");
      let seen = 0;
      for (let d = from, i = 0; ; d = addDays(d, 1), i++) {
        if (i > MAX_SPAN_DAYS) throw new RangeError("period too long");
        if (isWorkday(d) && ++seen === n) return d;
      }
    },
  };
}
