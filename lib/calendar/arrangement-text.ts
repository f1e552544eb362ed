// Staff enter a year's official holiday arrangement as they read it in the State Council's
// notice, one line per holiday or make-up day (or range):
//   2027-01-01 至 2027-01-03 元旦 休
//   2027-02-07 春节 班
// "休" marks days off, "班" make-up workdays. This turns the text into days, or says which
// lines are wrong and why.
import { addDays, formatDay, parseDay, weekday, yearOf } from "./dates";
import type { ArrangementDay } from "./working-days";

export type ArrangementLineError = "format" | "date" | "year" | "range" | "workdayNotWeekend" | "duplicate";

export interface ParsedArrangement {
  days: ArrangementDay[];
  errors: { line: number; error: ArrangementLineError }[];
}

const LINE = /^(\d{4}-\d{1,2}-\d{1,2})(?:\s*(?:至|到|~|～|—|--)\s*(\d{4}-\d{1,2}-\d{1,2}))?\s+(.{1,20}?)\s+(休|班)$/;

const pad = (s: string) => s.replace(/^(\d{4})-(\d{1,2})-(\d{1,2})$/, (_, y, m, d) => `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`);

export function parseArrangementText(year: number, text: string): ParsedArrangement {
  const days: ArrangementDay[] = [];
  const errors: ParsedArrangement["errors"] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim().replace(/\s+/g, " ");
    if (!line || line.startsWith("#")) return;
    const m = LINE.exec(line);
    if (!m) return void errors.push({ line: i + 1, error: "format" });
    const from = parseDay(pad(m[1]));
    const to = m[2] ? parseDay(pad(m[2])) : from;
    if (!from || !to) return void errors.push({ line: i + 1, error: "date" });
    const [a, b] = [formatDay(from), formatDay(to)];
    if (yearOf(a) !== year || yearOf(b) !== year) return void errors.push({ line: i + 1, error: "year" });
    if (b < a || (to.getTime() - from.getTime()) / 86_400_000 > 15) return void errors.push({ line: i + 1, error: "range" });
    const kind = m[4] === "班" ? "WORKDAY" : "HOLIDAY";
    const lineDays: ArrangementDay[] = [];
    for (let d = a; d <= b; d = addDays(d, 1)) {
      // A make-up workday replaces a weekend day; a weekday is a workday anyway.
      if (kind === "WORKDAY" && weekday(d) !== 0 && weekday(d) !== 6) return void errors.push({ line: i + 1, error: "workdayNotWeekend" });
      if (seen.has(d)) return void errors.push({ line: i + 1, error: "duplicate" });
      lineDays.push({ day: d, kind, name: m[3].trim() });
    }
    lineDays.forEach((d) => seen.add(d.day));
    days.push(...lineDays);
  });
  days.sort((x, y) => x.day.localeCompare(y.day));
  return { days, errors };
}

/** The text form of stored days, grouped back into ranges, for editing. */
export function arrangementToText(days: readonly ArrangementDay[]): string {
  const sorted = [...days].sort((x, y) => x.day.localeCompare(y.day));
  const lines: string[] = [];
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
    const mark = sorted[i].kind === "WORKDAY" ? "班" : "休";
    lines.push(i === j ? `${sorted[i].day} ${sorted[i].name} ${mark}` : `${sorted[i].day} 至 ${sorted[j].day} ${sorted[i].name} ${mark}`);
    i = j + 1;
  }
  return lines.join("\n");
}
