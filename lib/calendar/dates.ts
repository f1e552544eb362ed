// Calendar dates (a 公示 period, a decision date, an issuing date) are days, not instants.
// They are stored as UTC midnight of that day and always formatted with timeZone "UTC", so a
// date typed as 2026-12-01 reads 2026-12-01 whatever the server's or the reader's zone.
// Instants (a nomination window) are Date values shown in Asia/Shanghai.

const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000; // China has no daylight saving time.

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

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

/** The day it is in Beijing time at `now`, as "YYYY-MM-DD". */
export function shanghaiToday(now: Date = new Date()): string {
  return formatDay(new Date(now.getTime() + SHANGHAI_OFFSET_MS));
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
