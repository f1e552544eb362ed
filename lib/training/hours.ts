// 学时 are kept as whole tenths (TrainingSession.hoursTenths) so sums are exact integers; shown
// with one decimal place at most ("4.5", "3"). Pure.

const BEIJING_OFFSET_MS = 8 * 3600_000;

/** The calendar year (北京时间) of an instant: a session at 2026-12-31 20:00 UTC counts for 2027. */
export function beijingYear(at: Date): number {
  return new Date(at.getTime() + BEIJING_OFFSET_MS).getUTCFullYear();
}

/** Tenths of a 学时 as words-free digits: 45 → "4.5", 30 → "3", 0 → "0". */
export function formatHours(tenths: number): string {
  const whole = Math.trunc(tenths / 10);
  const rest = Math.abs(tenths % 10);
  return rest === 0 ? String(whole) : `${whole}.${rest}`;
}
