"use server";
// Console actions for 政策法规. Each one checks the session and the role itself (the console
// layout's check does not protect a direct POST), validates with zod, calls the data layer
// (which checks the role again and audits), then expires the public board's cache.
import { z } from "zod";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { requireStaff } from "@/lib/auth/actor";
import { createPolicy, setPolicyStatus, updatePolicy } from "@/lib/data/policies";
import { invalidateBoards } from "@/lib/data/public-cache";
import { failure, invalid } from "@/lib/actions/result";
import { policySchema } from "@/lib/validation/boards";
import { formObject, type ActionState } from "@/lib/validation/common";
import { publicationMachine } from "@/lib/state/publication";

const editId = z.object({ id: z.string().min(1).max(40).optional() });
const moveSchema = z.object({
  id: z.string().min(1).max(40),
  to: z.enum(publicationMachine.states as ["DRAFT", "PUBLISHED", "UNPUBLISHED"]),
});
const VERB = { PUBLISHED: "publish", UNPUBLISHED: "unpublish", DRAFT: "toDraft" } as const;

export async function savePolicyAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = formObject(form);
  let id: string;
  try {
    const actor = requireStaff(await currentActor());
    const parsed = policySchema.safeParse(values);
    if (!parsed.success) return invalid(parsed.error, values);
    const existing = editId.parse({ id: values.id || undefined }).id;
    if (existing) await updatePolicy(actor, existing, parsed.data);
    id = existing ?? (await createPolicy(actor, parsed.data)).id;
  } catch (e) {
    return failure(e, values);
  }
  await invalidateBoards("policies");
  redirect(`/admin/policies/${id}?done=${values.id ? "saved" : "created"}`);
}

export async function policyStatusAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let move: z.infer<typeof moveSchema>;
  try {
    const actor = requireStaff(await currentActor());
    const parsed = moveSchema.safeParse(formObject(form));
    if (!parsed.success) return { message: "errors.invalid" };
    move = parsed.data;
    await setPolicyStatus(actor, move.id, move.to);
  } catch (e) {
    return failure(e);
  }
  await invalidateBoards("policies");
  redirect(`/admin/policies/${move.id}?done=${VERB[move.to]}`);
}
