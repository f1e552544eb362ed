// Beijing dates and times: the one module for days, instants and how both are written.
//
// Calendar days (a 公示 period, a decision date, an issuing date, a birth date) are days, not
// instants. They are stored as UTC midnight of that day, so their UTC fields are the calendar
// fields, and always formatted with timeZone "UTC": a date typed as 2026-12-01 reads 2026-12-01
// whatever the server's or the reader's zone. Instants (a nomination window, a submission) are
// Date values shown in Beijing time. China has no daylight saving time, so Beijing time is UTC+8
// all year; the time the rules run against is lib/calendar/clock.ts.
import { now as clockNow } from "./clock";

/** The site's time zone (the organization department's), for Intl and next-intl. */
export const BEIJING_TIME_ZONE = "Asia/Shanghai";

const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

// ——— How dates are written: the site's one style ———
//
// Pages: 2026年12月2日 (a day), 2026年12月2日 09:46 (an instant, Beijing time, 24-hour clock).
// Dense tables and exports: 2026-12-02, 2026-12-02 09:46. Birth dates: 1983年11月 on pages,
// 1983-11 in tables (the 出生年月 of a cadre's records; the day is never shown).
// Pages pass the presets below to next-intl's format.dateTime (or Intl.DateTimeFormat with
// the page's language); tables call instantTable / instantDayTable, or formatDay for a calendar
// day, which are the same in every language.
// Nothing else in app/ or components/ formats a date (tests/unit/date-style.test.ts checks).

/** A calendar day (stored at UTC midnight): 2026年12月2日. */
export const DAY = { dateStyle: "long", timeZone: "UTC" } as const;
/** The Beijing day of an instant (a publication date, an expiry): 2026年12月2日. */
export const DAY_OF_INSTANT = { dateStyle: "long", timeZone: BEIJING_TIME_ZONE } as const;
/** An instant in Beijing time, to the minute: 2026年12月2日 09:46. */
export const INSTANT = { dateStyle: "long", timeStyle: "short", hourCycle: "h23", timeZone: BEIJING_TIME_ZONE } as const;
/** The clock time of an instant in Beijing time, for a range within one day (09:00 至 11:30): 09:46. */
export const TIME_OF_INSTANT = { timeStyle: "short", hourCycle: "h23", timeZone: BEIJING_TIME_ZONE } as const;
/** The end of a range within one year (2026年11月30日至12月6日): 12月6日. */
export const MONTH_DAY = { month: "long", day: "numeric", timeZone: "UTC" } as const;
/** A birth date as year and month (stored as a calendar day): 1983年11月. */
export const BIRTH = { year: "numeric", month: "long", timeZone: "UTC" } as const;

/** An instant for a dense table or an export, Beijing time: 2026-12-02 09:46. */
export function instantTable(instant: Date): string {
  return shanghaiDateTimeText(instant);
}

/** instantTable's text back to the instant ("2026-12-02 09:46", Beijing time); null otherwise. */
export function parseInstantTable(text: string): Date | null {
  return /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(text) ? parseShanghaiDateTime(text.replace(" ", "T")) : null;
}

/** The Beijing day of an instant for a dense table: 2026-12-02. */
export function instantDayTable(instant: Date): string {
  return shanghaiToday(instant);
}

/**
 * Page style outside next-intl's formatter (a client component's live echo, a mail):
 * the same presets through Intl, in the given language.
 */
export function formatWith(
  locale: string,
  value: Date,
  preset: typeof DAY | typeof DAY_OF_INSTANT | typeof INSTANT | typeof BIRTH | typeof MONTH_DAY,
): string {
  return new Intl.DateTimeFormat(locale, preset).format(value);
}

// ——— Days ———

export interface CalendarDay {
  year: number;
  month: number; // 1–12
  day: number;
}

/** "2026-12-01" → Date at UTC midnight, or null when the text is not a real calendar day. */
export function parseDay(text: string): Date | null {
  const m = ISO_DAY.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date;
}

/** Date at UTC midnight → "2026-12-01". */
export function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "YYYY-MM-DD" shifted by n days. */
export function addDays(day: string, n: number): string {
  const d = parseDay(day);
  if (!d) throw new RangeError(`not a day: ${day}`);
  return formatDay(new Date(d.getTime() + n * DAY_MS));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: string): number {
  const d = parseDay(day);
  if (!d) throw new RangeError(`not a day: ${day}`);
  return d.getUTCDay();
}

export const yearOf = (day: string) => Number(day.slice(0, 4));

// ——— Instants and Beijing days ———

/** The Beijing calendar day of an instant. */
export function shanghaiDay(instant: Date): CalendarDay {
  const d = new Date(instant.getTime() + SHANGHAI_OFFSET_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The day it is in Beijing at `now`, as "YYYY-MM-DD". */
export function shanghaiToday(now: Date = clockNow()): string {
  return formatDay(new Date(now.getTime() + SHANGHAI_OFFSET_MS));
}

/** The instant a Beijing day ("YYYY-MM-DD") begins; null when it is not a real day. */
export function shanghaiDayStart(day: string): Date | null {
  const d = parseDay(day);
  return d && new Date(d.getTime() - SHANGHAI_OFFSET_MS);
}

/**
 * A `datetime-local` value ("2026-12-01T09:00", Beijing time as typed by staff) → instant.
 * Null when it is not a real date and time.
 */
export function parseShanghaiDateTime(text: string): Date | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (!m || !parseDay(m[1])) return null;
  const [h, mi, s] = [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)];
  if (h > 23 || mi > 59 || s > 59) return null;
  return new Date(parseDay(m[1])!.getTime() + ((h * 60 + mi) * 60 + s) * 1000 - SHANGHAI_OFFSET_MS);
}

/** Instant → the `datetime-local` value a form shows for it (Beijing time, minutes). */
export function toShanghaiDateTimeInput(date: Date): string {
  return new Date(date.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16);
}

/** Instant → "2026-03-14 09:30" in Beijing time (exports). */
export function shanghaiDateTimeText(date: Date): string {
  return toShanghaiDateTimeInput(date).replace("T", " ");
}

// ——— Ages and years ———

/** Full years (周岁) of someone born on `birth` (a calendar day) on the Beijing day of `at`. */
export function ageOn(birth: Date, at: Date): number {
  const b = { year: birth.getUTCFullYear(), month: birth.getUTCMonth() + 1, day: birth.getUTCDate() };
  const t = shanghaiDay(at);
  let age = t.year - b.year;
  if (t.month < b.month || (t.month === b.month && t.day < b.day)) age--;
  return age;
}

/**
 * The same instant one calendar year later. 29 February becomes 28 February, so a
 * nomination never lives longer than a year.
 */
export function addOneYear(at: Date): Date {
  const d = new Date(at.getTime());
  const month = d.getUTCMonth();
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  if (d.getUTCMonth() !== month) d.setUTCDate(0); // rolled into March: back to the last day of February
  return d;
}

/**
 * Birth-date bounds for an age range on a given day: someone is between minAge and maxAge
 * (inclusive, full years) iff born in [earliest, latest].
 */
export function birthBoundsForAge(at: Date, minAge?: number, maxAge?: number): { earliest?: Date; latest?: Date } {
  const t = shanghaiDay(at);
  const out: { earliest?: Date; latest?: Date } = {};
  // Age ≥ minAge ⇔ born on or before today minus minAge years.
  if (minAge !== undefined) out.latest = safeUtc(t.year - minAge, t.month, t.day);
  // Age ≤ maxAge ⇔ born after today minus (maxAge + 1) years.
  if (maxAge !== undefined) out.earliest = new Date(safeUtc(t.year - maxAge - 1, t.month, t.day).getTime() + DAY_MS);
  return out;
}

function safeUtc(year: number, month: number, day: number): Date {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return new Date(Date.UTC(year, month, 0)); // 29 Feb in a common year → 28 Feb
  return d;
}
