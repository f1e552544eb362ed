// Calendar arithmetic in the time zone the organization department works in. Birth dates are
// stored as UTC midnight of the calendar day (as parsed from ID numbers), so their UTC fields
// are the calendar fields; instants (now, submittedAt) are converted to Asia/Shanghai.

const SHANGHAI_OFFSET_MS = 8 * 3600_000; // China has no daylight saving time.

export interface CalendarDay {
  year: number;
  month: number; // 1–12
  day: number;
}

/** The Asia/Shanghai calendar day of an instant. */
export function shanghaiDay(instant: Date): CalendarDay {
  const d = new Date(instant.getTime() + SHANGHAI_OFFSET_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** A date-only value (UTC midnight) → its calendar day. */
export function dateOnly(d: Date): CalendarDay {
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** "YYYY-MM-DD" → UTC midnight, or null when it is not a real calendar date. */
export function parseDateOnly(s: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date;
}

export function formatDateOnly(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Full years (周岁) of someone born on `birth` on the Shanghai calendar day of `at`. */
export function ageOn(birth: Date, at: Date): number {
  const b = dateOnly(birth);
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
  if (maxAge !== undefined) out.earliest = new Date(safeUtc(t.year - maxAge - 1, t.month, t.day).getTime() + 86_400_000);
  return out;
}

function safeUtc(year: number, month: number, day: number): Date {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return new Date(Date.UTC(year, month, 0)); // 29 Feb in a common year → 28 Feb
  return d;
}
