"use server";
// Console actions on accounts: registrations (approve, reject, bulk approve), suspension, the
// ID-number reveal, and the administrator's staff management.
import { z } from "zod";
import { serverAction, type Revalidation } from "@/lib/actions/pipeline";
import * as accounts from "@/lib/data/accounts";
import { reasonSchema, staffSchema } from "@/lib/validation/account";
import { E, idInput, selectedRows, type ActionState } from "@/lib/validation/common";

const withReason = idInput.extend(reasonSchema.shape);
const consolePaths = (id?: string): Revalidation => ({ paths: [["/admin", "layout"], ...(id ? [`/admin/registrations/${id}`] : [])] });

export const approveAction = serverAction({
  name: "approveAccount",
  access: "staff",
  input: idInput,
  handle: ({ actor, input }) => accounts.approveUser(actor, input.id),
  revalidate: (_r, input) => consolePaths(input.id),
  done: () => ({ ok: true, message: "admin.approved" }),
});

export const rejectAction = serverAction({
  name: "rejectAccount",
  access: "staff",
  input: withReason,
  handle: ({ actor, input }) => accounts.rejectUser(actor, input.id, input.reason),
  revalidate: (_r, input) => consolePaths(input.id),
  done: () => ({ ok: true, message: "admin.rejected" }),
});

export const suspendAction = serverAction({
  name: "suspendAccount",
  access: "staff",
  input: withReason,
  handle: ({ actor, input }) => accounts.suspendUser(actor, input.id, input.reason),
  revalidate: (_r, input) => consolePaths(input.id),
  done: () => ({ ok: true, message: "admin.suspended" }),
});

export const restoreAction = serverAction({
  name: "restoreAccount",
  access: "staff",
  input: idInput,
  handle: ({ actor, input }) => accounts.restoreUser(actor, input.id),
  revalidate: (_r, input) => consolePaths(input.id),
  done: () => ({ ok: true, message: "admin.restored" }),
});

export const bulkApproveAction = serverAction<"staff", { ids: string[] }, number, ActionState & { count?: number }>({
  name: "bulkApprove",
  access: "staff",
  input: z.object({ ids: selectedRows(200) }),
  handle: ({ actor, input }) => accounts.bulkApprove(actor, input.ids),
  revalidate: consolePaths(),
  done: (count) => ({ ok: true, message: "admin.bulkApproved", count }),
});

export const revealIdAction = serverAction<"staff", { id: string }, string, ActionState & { revealed?: string }>({
  name: "revealIdNumber",
  access: "staff",
  input: idInput,
  handle: ({ actor, input }) => accounts.revealIdNumber(actor, input.id),
  done: (revealed) => ({ ok: true, revealed }),
});

export const createStaffAction = serverAction({
  name: "createStaff",
  access: "admin",
  input: staffSchema,
  handle: ({ actor, input }) => accounts.createStaff(actor, input),
  revalidate: { paths: ["/admin/staff"] },
  done: () => ({ ok: true, message: "admin.staffCreated" }),
});

export const changeRoleAction = serverAction({
  name: "changeRole",
  access: "admin",
  input: idInput.extend({ role: z.enum(["NOMINATOR", "REVIEWER", "ADMIN"], E.invalid) }),
  handle: ({ actor, input }) => accounts.changeRole(actor, input.id, input.role),
  revalidate: { paths: ["/admin/staff"] },
  done: () => ({ ok: true, message: "admin.roleChanged" }),
});

/** The registration queue's 批量退回: the ticked pending registrations, one reason for all (each applicant is told it). */
export const bulkRejectAction = serverAction<"staff", { ids: string[]; reason: string }, number, ActionState & { count?: number }>({
  name: "bulkReject",
  access: "staff",
  input: z.object({ ids: selectedRows(200), ...reasonSchema.shape }),
  handle: ({ actor, input }) => accounts.bulkReject(actor, input.ids, input.reason),
  revalidate: consolePaths(),
  done: (count) => ({ ok: true, message: "consoleQueue.bulkRejected", count }),
});
