"use server";
// Staff enter a next year's official holiday arrangement (as the State Council publishes it),
// so 任职前公示 periods can be counted into that year. The table's rows come as flat fields
// (day.0.from, day.0.kind …); errors go back by row and field (rows.0.from).
import { z } from "zod";
import { serverAction } from "@/lib/actions/pipeline";
import { rowsFromForm } from "@/lib/calendar/arrangement-rows";
import { deleteHolidayYear, saveHolidayYear } from "@/lib/data/holidays";
import { intField } from "@/lib/validation/boards";

const year = intField(2000, 2100, "errors.invalid");
const cell = z.string().max(40);

export const saveHolidayYearAction = serverAction({
  name: "saveHolidayYear",
  access: "staff",
  input: z.preprocess(
    (v) => ({ year: (v as Record<string, unknown>).year, rows: rowsFromForm(v as Record<string, unknown>) }),
    z.object({ year, rows: z.array(z.object({ from: cell, to: cell, kind: cell, name: cell })).max(100) }),
  ),
  errorsByPath: true,
  handle: ({ actor, input }) => saveHolidayYear(actor, input.year, input.rows),
  revalidate: { paths: ["/admin/calendar", "/admin"] },
  // The table stays on the page with what was saved.
  done: () => ({ ok: true, message: "calendar.saved" }),
});

export const deleteHolidayYearAction = serverAction({
  name: "deleteHolidayYear",
  access: "staff",
  input: z.object({ id: year }),
  handle: ({ actor, input }) => deleteHolidayYear(actor, input.id),
  revalidate: { paths: ["/admin/calendar", "/admin"] },
  done: () => ({ ok: true, message: "calendar.deleted" }),
});
