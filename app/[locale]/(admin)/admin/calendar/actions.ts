"use server";
// Staff enter a next year's official holiday arrangement (as the State Council publishes it),
// so 任职前公示 periods can be counted into that year.
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/session";
import { requireStaff } from "@/lib/auth/actor";
import { deleteHolidayYear, saveHolidayYear } from "@/lib/data/holidays";
import { failure } from "@/lib/actions/result";
import { formObject, type ActionState } from "@/lib/validation/common";

const schema = z.object({
  year: z.preprocess((v) => Number(v), z.number().int("errors.invalid")),
  text: z.string().trim().min(1, "errors.required").max(5000, "errors.tooLong"),
});

export async function saveHolidayYearAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = formObject(form);
  try {
    const actor = requireStaff(await currentActor());
    const parsed = schema.safeParse(values);
    if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, message: "errors.invalid", values };
    await saveHolidayYear(actor, parsed.data.year, parsed.data.text);
  } catch (e) {
    return failure(e, values);
  }
  revalidatePath("/admin/calendar");
  return { ok: true, message: "calendar.saved", values };
}

export async function deleteHolidayYearAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const actor = requireStaff(await currentActor());
    const year = z.coerce.number().int().safeParse(form.get("id"));
    if (!year.success) return { message: "errors.invalid" };
    await deleteHolidayYear(actor, year.data);
  } catch (e) {
    return failure(e);
  }
  revalidatePath("/admin/calendar");
  return { ok: true, message: "calendar.deleted" };
}
