// Entries of the action table (../action-table.ts) for the administrator's staff page:
// disabling, restoring and resetting the password of a staff account (lib/data/staff.ts).
import type { ActionSpec } from "../action-table";

const A = "app/[locale]";

export const ACTIONS_STAFF: Record<string, ActionSpec> = {
  [`${A}/(admin)/admin/staff/actions.ts#suspendStaffAction`]: {
    level: "admin",
    // A fresh staff account each call: the administrator's own is refused (not an authorization refusal).
    form: async (w) => ({ id: (await w.account("APPROVED", "REVIEWER")).id, reason: "调离组织部门。" }),
    fields: { id: { kind: "id", required: true }, reason: { kind: "text", required: true } },
  },
  [`${A}/(admin)/admin/staff/actions.ts#restoreStaffAction`]: {
    level: "admin",
    form: async (w) => ({ id: (await w.account("SUSPENDED", "REVIEWER")).id }),
    fields: { id: { kind: "id", required: true } },
  },
  [`${A}/(admin)/admin/staff/actions.ts#resetStaffPasswordAction`]: {
    level: "admin",
    form: async (w) => ({ id: (await w.account("APPROVED", "REVIEWER")).id, password: "Linshi-2026-mima" }),
    fields: { id: { kind: "id", required: true }, password: { kind: "password", required: false } },
  },
};
