"use server";
// Console actions for 干部人事任免: session → role → zod → data layer (role again, audit) → cache.
import { z } from "zod";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { requireStaff } from "@/lib/auth/actor";
import { createAppointment, setAppointmentStatus, updateAppointment } from "@/lib/data/appointments";
import { invalidateBoards } from "@/lib/data/public-cache";
import { failure, invalid } from "@/lib/actions/result";
import { appointmentSchema } from "@/lib/validation/boards";
import { formObject, type ActionState } from "@/lib/validation/common";

const idField = z.string().min(1).max(40);
const moveSchema = z.object({ id: idField, to: z.enum(["DRAFT", "PUBLISHED", "UNPUBLISHED"]) });
const VERB = { PUBLISHED: "publish", UNPUBLISHED: "unpublish", DRAFT: "toDraft" } as const;

export async function saveAppointmentAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = formObject(form);
  let id: string;
  try {
    const actor = requireStaff(await currentActor());
    const parsed = appointmentSchema.safeParse(values);
    if (!parsed.success) return invalid(parsed.error, values);
    const existing = values.id ? idField.parse(values.id) : undefined;
    if (existing) await updateAppointment(actor, existing, parsed.data);
    id = existing ?? (await createAppointment(actor, parsed.data)).id;
  } catch (e) {
    return failure(e, values);
  }
  await invalidateBoards("appointments");
  redirect(`/admin/appointments/${id}?done=${values.id ? "saved" : "created"}`);
}

export async function appointmentStatusAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let move: z.infer<typeof moveSchema>;
  let filled = false;
  try {
    const actor = requireStaff(await currentActor());
    const parsed = moveSchema.safeParse(formObject(form));
    if (!parsed.success) return { message: "errors.invalid" };
    move = parsed.data;
    filled = (await setAppointmentStatus(actor, move.id, move.to)).vacancyFilled;
  } catch (e) {
    return failure(e);
  }
  // Publishing an appointment may have marked its vacancy 已任命.
  await invalidateBoards("appointments", "vacancies");
  redirect(`/admin/appointments/${move.id}?done=${filled ? "vacancyFilled" : VERB[move.to]}`);
}
