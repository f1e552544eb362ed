"use server";
// The administrator's actions on staff accounts: disable, restore, reset the password.
// Administrators only; the data layer (lib/data/staff.ts) refuses one's own account.
import { z } from "zod";
import { serverAction } from "@/lib/actions/pipeline";
import * as staff from "@/lib/data/staff";
import { reasonSchema } from "@/lib/validation/account";
import { idInput, type ActionState } from "@/lib/validation/common";

// 停用 and 恢复 swap one form for the other, so their answer is the staff page's banner (?done=…).
const staffPaths = { paths: ["/admin/staff", ["/admin", "layout"] as [string, "layout"]] };

export const suspendStaffAction = serverAction({
  name: "suspendStaff",
  access: "admin",
  input: idInput.extend(reasonSchema.shape),
  handle: ({ actor, input }) => staff.suspendStaff(actor, input.id, input.reason),
  revalidate: staffPaths,
  done: () => ({ redirect: "/admin/staff?done=suspended" }),
});

export const restoreStaffAction = serverAction({
  name: "restoreStaff",
  access: "admin",
  input: idInput,
  handle: ({ actor, input }) => staff.restoreStaff(actor, input.id),
  revalidate: staffPaths,
  done: () => ({ redirect: "/admin/staff?done=restored" }),
});

// The temporary password comes back once, in the action's answer, and is shown once.
export const resetStaffPasswordAction = serverAction<
  "admin",
  { id: string; password?: string },
  { password: string },
  ActionState & { temporary?: string }
>({
  name: "resetStaffPassword",
  access: "admin",
  input: idInput.extend({ password: z.string().max(128).optional() }),
  handle: ({ actor, input }) => staff.resetStaffPassword(actor, input.id, input.password),
  revalidate: staffPaths,
  done: (r) => ({ ok: true, message: "staffAdmin.resetDone", temporary: r.password }),
});
