"use server";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/session";
import { requireUser } from "@/lib/auth/actor";
import { withdrawNomination } from "@/lib/data/nominations";
import { failure } from "@/lib/actions/result";
import { formObject, type ActionState } from "@/lib/validation/common";

const idSchema = z.object({ id: z.string().min(1).max(40) });

/** Withdraws one of the caller's own nominations; someone else's id reads as not found. */
export async function withdrawNominationAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const actor = requireUser(await currentActor());
    const parsed = idSchema.safeParse(formObject(form));
    if (!parsed.success) return { message: "errors.invalid" };
    await withdrawNomination(actor, parsed.data.id);
  } catch (e) {
    return failure(e);
  }
  revalidatePath("/account/nominations", "layout");
  revalidatePath("/admin/nominations", "layout");
  return { ok: true, message: "nominations.mine.withdrawn" };
}
