"use server";
// Staff enter a next year's official holiday arrangement (as the State Council publishes it),
// so 任职前公示 periods can be counted into that year.
import { z } from "zod";
import { serverAction } from "@/lib/actions/pipeline";
import { deleteHolidayYear, saveHolidayYear } from "@/lib/data/holidays";
import { intField } from "@/lib/validation/boards";
import { text } from "@/lib/validation/common";

const year = intField(2000, 2100, "errors.invalid");

export const saveHolidayYearAction = serverAction({
  name: "saveHolidayYear",
  access: "staff",
  input: z.object({ year, text: text(5000) }),
  handle: ({ actor, input }) => saveHolidayYear(actor, input.year, input.text),
  revalidate: { paths: ["/admin/calendar"] },
  // The form stays on the page with what was saved.
  done: (_r, input) => ({ ok: true, message: "calendar.saved", values: { year: String(input.year), text: input.text } }),
});

export const deleteHolidayYearAction = serverAction({
  name: "deleteHolidayYear",
  access: "staff",
  input: z.object({ id: year }),
  handle: ({ actor, input }) => deleteHolidayYear(actor, input.id),
  revalidate: { paths: ["/admin/calendar"] },
  done: () => ({ ok: true, message: "calendar.deleted" }),
});
