// A plain arrangement for a year the built-in calendar lacks (test data): 元旦 off, as one row
// of the console's holiday table.
import type { ArrangementRow } from "@/lib/calendar/arrangement-rows";

export const newYearOnly = (year: number): ArrangementRow[] => [{ from: `${year}-01-01`, to: "", kind: "HOLIDAY", name: "元旦" }];
