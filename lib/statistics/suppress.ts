// Small-count suppression for the public statistics (公开数据). A figure about one unit that is
// under SUPPRESS_BELOW is not published: it could point at a handful of people. Zero counts as
// "under 5" too, so a blank never tells zero from one. Because the year's total is published,
// a column with exactly one hidden non-zero figure would give it away by subtraction (total
// minus the figures shown), so the smallest figure shown in that column is hidden as well
// (complementary suppression). Pure functions: unit-tested without a database.

export const SUPPRESS_BELOW = 5;

/** A published figure, or null where it is suppressed (shown as "—", empty in the CSV). */
type Cell = number | null;

/** One unit's raw figures for a year, by column. `guard`: extra per-column counts that must also reach the threshold (e.g. distinct people behind the training hours). */
interface RawUnitRow<K extends string> {
  unit: string;
  values: Record<K, number>;
  guard?: Partial<Record<K, number>>;
}

export interface UnitRow<K extends string> {
  unit: string;
  values: Record<K, Cell>;
}

/** Primary and complementary suppression of every column; rows left with nothing to show are dropped. */
export function suppressUnits<K extends string>(
  rows: RawUnitRow<K>[],
  columns: readonly K[],
  threshold: Record<K, number>,
): { rows: UnitRow<K>[]; omitted: number } {
  const out: UnitRow<K>[] = rows.map((r) => {
    const values = {} as Record<K, Cell>;
    for (const c of columns) {
      const v = r.values[c];
      const guard = r.guard?.[c];
      const small = v < threshold[c] || (guard !== undefined && guard < SUPPRESS_BELOW);
      values[c] = small ? null : v;
    }
    return { unit: r.unit, values };
  });
  for (const c of columns) {
    const hiddenNonZero = rows.filter((r, i) => out[i].values[c] === null && r.values[c] > 0).length;
    if (hiddenNonZero !== 1) continue;
    let smallest = -1;
    out.forEach((row, i) => {
      const v = row.values[c];
      if (v !== null && (smallest < 0 || v < (out[smallest].values[c] as number))) smallest = i;
    });
    if (smallest >= 0) out[smallest].values[c] = null;
  }
  const kept = out.filter((r) => columns.some((c) => r.values[c] !== null));
  return { rows: kept, omitted: out.length - kept.length };
}

/** (满意 + 基本满意) / (answers excluding 不了解), in tenths of a percent; null below the sample threshold. */
export function satisfactionRate(counts: { satisfied: number; basic: number; dissatisfied: number }): {
  permille: number | null;
  answered: number;
} {
  const answered = counts.satisfied + counts.basic + counts.dissatisfied;
  if (answered < SUPPRESS_BELOW) return { permille: null, answered };
  return { permille: Math.round(((counts.satisfied + counts.basic) * 1000) / answered), answered };
}
