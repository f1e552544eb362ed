// The State Council publishes next year's holiday arrangement around November. From November
// on, a 任职前公示 of 5 working days soon reaches into the new year, and one reaching past the
// calendar's coverage cannot be published; the console reminds staff before that happens.
export const REMINDER_FROM_MONTH = 11;

/** The year whose arrangement staff should enter now, or null when nothing is missing. */
export function missingArrangementYear(today: string, coveredThrough: number): number | null {
  const [year, month] = today.split("-").map(Number);
  if (coveredThrough > year) return null;
  if (coveredThrough < year) return coveredThrough + 1;
  return month >= REMINDER_FROM_MONTH ? year + 1 : null;
}
