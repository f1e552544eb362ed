"use server";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/session";
import { requireAdmin, requireStaff } from "@/lib/auth/actor";
import * as accounts from "@/lib/data/accounts";
import { failure, invalid } from "@/lib/actions/result";
import { reasonSchema, staffSchema } from "@/lib/validation/account";
import { formObject, type ActionState } from "@/lib/validation/common";

// Every action re-checks the session and role itself: the console layout's check does not
// protect a direct POST. The data layer checks again at its own door.

const idSchema = z.object({ id: z.string().min(1).max(40) });

function done(message: string, id?: string): ActionState {
  revalidatePath("/admin", "layout");
  if (id) revalidatePath(`/admin/registrations/${id}`);
  return { ok: true, message };
}

export async function approveAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const actor = requireStaff(await currentActor());
    const parsed = idSchema.safeParse(formObject(form));
    if (!parsed.success) return { message: "errors.invalid" };
    await accounts.approveUser(actor, parsed.data.id);
    return done("admin.approved", parsed.data.id);
  } catch (e) {
    return failure(e);
  }
}

export async function rejectAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = formObject(form);
  try {
    const actor = requireStaff(await currentActor());
    const parsed = idSchema.and(reasonSchema).safeParse(values);
    if (!parsed.success) return invalid(parsed.error, values);
    await accounts.rejectUser(actor, parsed.data.id, parsed.data.reason);
    return done("admin.rejected", parsed.data.id);
  } catch (e) {
    return failure(e, values);
  }
}

export async function suspendAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = formObject(form);
  try {
    const actor = requireStaff(await currentActor());
    const parsed = idSchema.and(reasonSchema).safeParse(values);
    if (!parsed.success) return invalid(parsed.error, values);
    await accounts.suspendUser(actor, parsed.data.id, parsed.data.reason);
    return done("admin.suspended", parsed.data.id);
  } catch (e) {
    return failure(e, values);
  }
}

export async function restoreAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const actor = requireStaff(await currentActor());
    const parsed = idSchema.safeParse(formObject(form));
    if (!parsed.success) return { message: "errors.invalid" };
    await accounts.restoreUser(actor, parsed.data.id);
    return done("admin.restored", parsed.data.id);
  } catch (e) {
    return failure(e);
  }
}

export async function bulkApproveAction(_prev: ActionState, form: FormData): Promise<ActionState & { count?: number }> {
  try {
    const actor = requireStaff(await currentActor());
    const parsed = z.array(z.string().min(1).max(40)).min(1).max(200).safeParse(form.getAll("ids"));
    if (!parsed.success) return { message: "errors.invalid" };
    const count = await accounts.bulkApprove(actor, parsed.data);
    revalidatePath("/admin", "layout");
    return { ok: true, message: "admin.bulkApproved", count };
  } catch (e) {
    return failure(e);
  }
}

export async function revealIdAction(
  _prev: ActionState & { revealed?: string },
  form: FormData,
): Promise<ActionState & { revealed?: string }> {
  try {
    const actor = requireStaff(await currentActor());
    const parsed = idSchema.safeParse(formObject(form));
    if (!parsed.success) return { message: "errors.invalid" };
    return { ok: true, revealed: await accounts.revealIdNumber(actor, parsed.data.id) };
  } catch (e) {
    return failure(e);
  }
}

export async function createStaffAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = formObject(form);
  try {
    const actor = requireAdmin(await currentActor());
    const parsed = staffSchema.safeParse(values);
    if (!parsed.success) return invalid(parsed.error, values);
    await accounts.createStaff(actor, parsed.data);
  } catch (e) {
    return failure(e, values);
  }
  revalidatePath("/admin/staff");
  return { ok: true, message: "admin.staffCreated" };
}

export async function changeRoleAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const actor = requireAdmin(await currentActor());
    const parsed = idSchema.extend({ role: z.enum(["NOMINATOR", "REVIEWER", "ADMIN"]) }).safeParse(formObject(form));
    if (!parsed.success) return { message: "errors.invalid" };
    await accounts.changeRole(actor, parsed.data.id, parsed.data.role);
  } catch (e) {
    return failure(e);
  }
  revalidatePath("/admin/staff");
  return { ok: true, message: "admin.roleChanged" };
}
