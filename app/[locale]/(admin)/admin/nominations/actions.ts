"use server";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/session";
import { requireStaff } from "@/lib/auth/actor";
import { decideNominations, setShortlisted } from "@/lib/data/nomination-review";
import { mergeCandidates } from "@/lib/data/candidates";
import { failure } from "@/lib/actions/result";
import { idsSchema } from "@/lib/validation/nomination";
import { formObject, type ActionState } from "@/lib/validation/common";

// Reviewer actions. Each re-checks the session and role itself (the console layout does not
// protect a direct POST); the data layer checks again and writes the audit entries.

export type DecideState = ActionState & { changed?: number; skipped?: number };

const decisionSchema = z.object({
  decision: z.enum(["ACCEPTED", "REJECTED"]),
  reason: z.preprocess((v) => (typeof v === "string" ? v.trim() : ""), z.string().max(500, "errors.tooLong")),
});

/** Accept or reject the selected nominations (one or many); rejection needs a reason. */
export async function decideAction(_prev: DecideState, form: FormData): Promise<DecideState> {
  const values = formObject(form);
  try {
    const actor = requireStaff(await currentActor());
    const ids = idsSchema.safeParse(form.getAll("ids"));
    if (!ids.success) return { message: "nominations.errors.noneSelected" };
    const parsed = decisionSchema.safeParse(values);
    if (!parsed.success)
      return { message: "errors.invalid", errors: z.flattenError(parsed.error).fieldErrors, values: { reason: values.reason ?? "" } };
    const result = await decideNominations(actor, ids.data, parsed.data.decision, parsed.data.reason);
    revalidatePath("/admin", "layout");
    revalidatePath("/account/nominations", "layout");
    return { ok: true, message: "nominations.review.decided", ...result };
  } catch (e) {
    return failure(e, { reason: values.reason ?? "" });
  }
}

const shortlistSchema = z.object({ vacancyId: z.string().min(1).max(40), candidateId: z.string().min(1).max(40), on: z.enum(["1", "0"]) });

export async function shortlistAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const actor = requireStaff(await currentActor());
    const parsed = shortlistSchema.safeParse(formObject(form));
    if (!parsed.success) return { message: "errors.invalid" };
    await setShortlisted(actor, parsed.data.vacancyId, parsed.data.candidateId, parsed.data.on === "1");
    revalidatePath(`/admin/nominations/${parsed.data.vacancyId}`);
    revalidatePath(`/admin/candidates/${parsed.data.candidateId}`);
    return { ok: true, message: parsed.data.on === "1" ? "nominations.review.shortlisted" : "nominations.review.shortlistRemoved" };
  } catch (e) {
    return failure(e);
  }
}

const mergeSchema = z.object({
  keepId: z.string().min(1).max(40),
  dropId: z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : ""),
    z.string().min(1, "nominations.errors.candidateId").max(40, "nominations.errors.candidateId"),
  ),
});

export async function mergeAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = formObject(form);
  try {
    const actor = requireStaff(await currentActor());
    const parsed = mergeSchema.safeParse(values);
    if (!parsed.success) return { message: "errors.invalid", errors: z.flattenError(parsed.error).fieldErrors, values };
    await mergeCandidates(actor, parsed.data.keepId, parsed.data.dropId);
    revalidatePath("/admin/candidates", "layout");
    revalidatePath("/admin/nominations", "layout");
    return { ok: true, message: "nominations.candidates.merged" };
  } catch (e) {
    return failure(e, values);
  }
}
