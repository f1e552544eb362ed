// Entries of the action table (../action-table.ts) for staff two-factor sign-in
// (lib/data/two-factor.ts): the second step of a staff sign-in and the administrator's reset.
//
// The second step's access level ("secondFactor" in lib/actions/access.ts) lets an approved
// reviewer or administrator through whether or not the session still owes its second factor; the
// matrix's callers are all completed sign-ins (an actor built from a row has no `secondFactor`),
// so for them it is the "staff" level: the others are refused, and a staff caller that owes
// nothing is sent on (a redirect). The owing sessions themselves are tested in
// tests/integration/two-factor.test.ts, through next-auth's own handler.
import type { ActionSpec } from "../action-table";
import { enrolledStaff } from "../two-factor-world";

const A = "app/[locale]";

export const ACTIONS_TWO_FACTOR: Record<string, ActionSpec> = {
  [`${A}/(public)/login/two-factor/actions.ts#confirmTwoFactorAction`]: {
    level: "staff",
    form: async () => ({ code: "123456", next: "/admin" }),
    fields: { code: { kind: "int", required: true }, next: { kind: "text", required: false } },
  },
  [`${A}/(public)/login/two-factor/actions.ts#verifyTwoFactorAction`]: {
    level: "staff",
    form: async () => ({ code: "123456", next: "/admin" }),
    fields: { code: { kind: "text", required: true }, next: { kind: "text", required: false } },
  },
  [`${A}/(admin)/admin/staff/two-factor-actions.ts#resetTwoFactorAction`]: {
    level: "admin",
    // A fresh staff member with an authenticator set up each call (one's own is refused, not for authorization).
    form: async (w) => ({ id: await enrolledStaff(w) }),
    fields: { id: { kind: "id", required: true } },
  },
};
