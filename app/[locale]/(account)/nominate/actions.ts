"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/session";
import { requireApproved } from "@/lib/auth/actor";
import { submitNomination } from "@/lib/data/nominations";
import { failure, invalid } from "@/lib/actions/result";
import { parseNominationForm } from "@/lib/validation/nomination";
import { formObject, type ActionState } from "@/lib/validation/common";

// One action for both kinds (the form says which): session → approved account → zod →
// data layer (window, cap, duplicates, signature, audit in one transaction) → receipt page.
export async function submitNominationAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = formObject(form);
  const kind = values.kind === "OPEN" ? "OPEN" : "TARGETED";
  let id: string;
  try {
    const actor = requireApproved(await currentActor());
    const parsed = parseNominationForm(kind, values);
    if (!parsed.success) return invalid(parsed.error, values);
    ({ id } = await submitNomination(actor, parsed.data));
  } catch (e) {
    return failure(e, values);
  }
  revalidatePath("/account/nominations");
  revalidatePath("/admin/nominations", "layout");
  redirect(`/account/nominations/${id}?submitted=1`);
}
