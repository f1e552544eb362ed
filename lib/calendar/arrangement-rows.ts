// A year's official holiday arrangement as staff enter it from the State Council's notice: a
// table of rows, each a day or a run of days (开始日期, optional 结束日期), 放假 or 调休上班, and
// the holiday's name. This checks the rows field by field (errors keyed "rows.<i>.<field>", so
// the form marks the right cell) and turns them into days; and groups stored days back into rows.
// Pure and free of server code: the console form uses the same limits.
import { addDays, formatDay, parseDay, weekday, yearOf } from "./dates";
import type { ArrangementDay, DayKind } from "./working-days";

export interface ArrangementRow {
  /** "YYYY-MM-DD" as typed (a date input's value). */
  from: string;
  /** "YYYY-MM-DD", or "" for a single day. */
  to: string;
  /** "HOLIDAY" (放假) or "WORKDAY" (调休上班). */
  kind: string;
  name: string;
}

export const ROW_FIELDS = ["from", "to", "kind", "name"] as const;
export type RowField = (typeof ROW_FIELDS)[number];

/** At most this many rows (a year has about 15: seven holidays and their make-up days). */
export const MAX_ROWS = 60;
/** A name like 春节 or 中华人民共和国国庆节. */
export const MAX_NAME = 20;
/** Longest run of days one row may hold (the longest official holiday is 8–9 days). */
export const MAX_RUN_DAYS = 15;
/** The names the State Council's notices use, offered in the form. */
export const HOLIDAY_NAMES = ["元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"] as const;

export type RowError =
  | "dateRequired"
  | "date"
  | "year"
  | "range"
  | "tooLong"
  | "workdayNotWeekend"
  | "duplicate"
  | "kindRequired"
  | "nameRequired"
  | "nameTooLong";

/** Message key of a row error (catalog namespace "calendar.errors"). */
export const rowErrorKey = (e: RowError | "empty" | "noHoliday" | "tooManyRows") => `calendar.errors.${e}`;

export interface CheckedArrangement {
  days: ArrangementDay[];
  /** "rows.<i>.<field>" → message keys; "rows" for the table as a whole. Empty when all is well. */
  errors: Record<string, string[]>;
}

const isBlank = (r: ArrangementRow) => !r.from.trim() && !r.to.trim() && !r.name.trim();

export function checkArrangementRows(year: number, rows: readonly ArrangementRow[]): CheckedArrangement {
  const errors: Record<string, string[]> = {};
  const add = (i: number, field: RowField, e: RowError) => (errors[`rows.${i}.${field}`] ??= []).push(rowErrorKey(e));
  const days: ArrangementDay[] = [];
  const seen = new Map<string, number>();
  if (rows.length > MAX_ROWS) return { days, errors: { rows: [rowErrorKey("tooManyRows")] } };

  rows.forEach((row, i) => {
    // A row added and left empty is no row (the form always offers one more).
    if (isBlank(row)) return;
    const name = row.name.trim();
    const kind = row.kind === "HOLIDAY" || row.kind === "WORKDAY" ? (row.kind as DayKind) : null;
    if (!kind) add(i, "kind", "kindRequired");
    if (!name) add(i, "name", "nameRequired");
    else if ([...name].length > MAX_NAME) add(i, "name", "nameTooLong");

    const from = row.from.trim() ? parseDay(row.from) : null;
    if (!row.from.trim()) return void add(i, "from", "dateRequired");
    if (!from) return void add(i, "from", "date");
    if (yearOf(formatDay(from)) !== year) return void add(i, "from", "year");
    let last = formatDay(from);
    if (row.to.trim()) {
      const to = parseDay(row.to);
      if (!to) return void add(i, "to", "date");
      if (yearOf(formatDay(to)) !== year) return void add(i, "to", "year");
      if (to < from) return void add(i, "to", "range");
      if ((to.getTime() - from.getTime()) / 86_400_000 + 1 > MAX_RUN_DAYS) return void add(i, "to", "tooLong");
      last = formatDay(to);
    }
    if (!kind || !name || [...name].length > MAX_NAME) return;

    const rowDays: ArrangementDay[] = [];
    for (let d = formatDay(from); d <= last; d = addDays(d, 1)) {
      // A make-up workday replaces a weekend day; a weekday is a workday anyway.
      if (kind === "WORKDAY" && weekday(d) !== 0 && weekday(d) !== 6)
        return void add(i, row.to.trim() ? "to" : "from", "workdayNotWeekend");
      if (seen.has(d)) return void add(i, "from", "duplicate");
      rowDays.push({ day: d, kind, name });
    }
    rowDays.forEach((d) => seen.set(d.day, i));
    days.push(...rowDays);
  });

  if (!Object.keys(errors).length) {
    if (!days.length) errors.rows = [rowErrorKey("empty")];
    else if (!days.some((d) => d.kind === "HOLIDAY")) errors.rows = [rowErrorKey("noHoliday")];
  }
  days.sort((x, y) => x.day.localeCompare(y.day));
  return { days, errors };
}

/** Stored days grouped back into rows (runs of consecutive days with one kind and name). */
export function arrangementToRows(days: readonly ArrangementDay[]): ArrangementRow[] {
  const sorted = [...days].sort((x, y) => x.day.localeCompare(y.day));
  const rows: ArrangementRow[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (
      j + 1 < sorted.length &&
      sorted[j + 1].kind === sorted[i].kind &&
      sorted[j + 1].name === sorted[i].name &&
      sorted[j + 1].day === addDays(sorted[j].day, 1)
    )
      j++;
    rows.push({ from: sorted[i].day, to: i === j ? "" : sorted[j].day, kind: sorted[i].kind, name: sorted[i].name });
    i = j + 1;
  }
  return rows;
}

/** The form's flat fields ("day.0.from", "day.0.kind" …) → rows, in the form's order. */
export function rowsFromForm(values: Record<string, unknown>): ArrangementRow[] {
  const rows = new Map<number, ArrangementRow>();
  for (const [k, v] of Object.entries(values)) {
    const m = /^day\.(\d{1,3})\.(from|to|kind|name)$/.exec(k);
    if (!m) continue;
    const i = Number(m[1]);
    if (!rows.has(i)) rows.set(i, { from: "", to: "", kind: "", name: "" });
    rows.get(i)![m[2] as RowField] = typeof v === "string" ? v : "";
  }
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([, r]) => r);
}
