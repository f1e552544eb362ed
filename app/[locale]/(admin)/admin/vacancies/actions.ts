"use server";
// Console actions for 空缺岗位: session → role → zod → data layer (role again, transaction,
// audit) → expire the public board's cache → back to the vacancy.
import { z } from "zod";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { requireStaff } from "@/lib/auth/actor";
import { cancelVacancy, createVacancy, setVacancyStatus, updateVacancy } from "@/lib/data/vacancies";
import { invalidateBoards } from "@/lib/data/public-cache";
import { failure, invalid } from "@/lib/actions/result";
import { cancelSchema, vacancySchema } from "@/lib/validation/boards";
import { formObject, type ActionState } from "@/lib/validation/common";

const idField = z.string().min(1).max(40);
const moveSchema = z.object({ id: idField, to: z.enum(["PUBLISHED", "NOTICE", "FILLED"]) });

export async function saveVacancyAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = formObject(form);
  let id: string;
  try {
    const actor = requireStaff(await currentActor());
    const parsed = vacancySchema.safeParse(values);
    if (!parsed.success) return invalid(parsed.error, values);
    const existing = values.id ? idField.parse(values.id) : undefined;
    if (existing) await updateVacancy(actor, existing, parsed.data);
    id = existing ?? (await createVacancy(actor, parsed.data)).id;
  } catch (e) {
    return failure(e, values);
  }
  await invalidateBoards("vacancies");
  redirect(`/admin/vacancies/${id}?done=${values.id ? "saved" : "created"}`);
}

export async function vacancyStatusAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let move: z.infer<typeof moveSchema>;
  let verb: string;
  try {
    const actor = requireStaff(await currentActor());
    const parsed = moveSchema.safeParse(formObject(form));
    if (!parsed.success) return { message: "errors.invalid" };
    move = parsed.data;
    const { from } = await setVacancyStatus(actor, move.id, move.to);
    verb = move.to === "PUBLISHED" ? (from === "DRAFT" ? "publish" : "reopen") : move.to === "NOTICE" ? "notice" : "fill";
  } catch (e) {
    return failure(e);
  }
  await invalidateBoards("vacancies");
  redirect(`/admin/vacancies/${move.id}?done=${verb}`);
}

export async function cancelVacancyAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = formObject(form);
  let id: string;
  try {
    const actor = requireStaff(await currentActor());
    const parsed = cancelSchema.safeParse(values);
    if (!parsed.success) return invalid(parsed.error, values);
    id = parsed.data.id;
    await cancelVacancy(actor, id, parsed.data.reason);
  } catch (e) {
    return failure(e, values);
  }
  await invalidateBoards("vacancies");
  redirect(`/admin/vacancies/${id}?done=cancel`);
}
