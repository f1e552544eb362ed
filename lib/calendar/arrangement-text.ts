// A year's holiday arrangement written as text, one line per run of days:
//   2027-01-01 至 2027-01-03 元旦 休
//   2027-02-07 春节 班
// Staff enter the arrangement in a table (arrangement-rows.ts); this text is how the audit log
// records a year before and after a change, readable without the table.
import { arrangementToRows } from "./arrangement-rows";
import type { ArrangementDay } from "./working-days";

export function arrangementToText(days: readonly ArrangementDay[]): string {
  return arrangementToRows(days)
    .map((r) => `${r.from}${r.to ? ` 至 ${r.to}` : ""} ${r.name} ${r.kind === "WORKDAY" ? "班" : "休"}`)
    .join("\n");
}
