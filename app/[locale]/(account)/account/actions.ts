"use server";
import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/session";
import { requireUser } from "@/lib/auth/actor";
import { resubmitProfile } from "@/lib/data/accounts";
import { failure, invalid } from "@/lib/actions/result";
import { profileUpdateSchema } from "@/lib/validation/account";
import { formObject, type ActionState } from "@/lib/validation/common";

export async function resubmitProfileAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = formObject(form);
  try {
    const actor = requireUser(await currentActor());
    const parsed = profileUpdateSchema.safeParse(values);
    if (!parsed.success) return invalid(parsed.error, values);
    await resubmitProfile(actor, parsed.data);
  } catch (e) {
    return failure(e, values);
  }
  revalidatePath("/account");
  return { ok: true, message: "account.saved" };
}
