// Entries of the action table (../action-table.ts) for the account holder's own rights
// (app/[locale]/(account)/account/rights-actions.ts): profile corrections, closing the account,
// agreeing to the privacy statement. The suites' shared callers must survive every entry, so
// their forms for those callers are refused by the data layer (an unchanged identity, a wrong
// password) — never by authorization; the corpus's fresh callers get forms that go through.
import type { Actor } from "@/lib/auth/actor";
import { PRIVACY_VERSION } from "@/lib/privacy/version";
import type { ActionSpec } from "../action-table";
import { freshIdNumber, freshPhone, type World } from "../action-world";
import { FIXTURE_PASSWORD } from "../users";

const A = "app/[locale]/(account)/account/rights-actions.ts";

/** One of the callers every action is tried with (or the administrator who makes the targets). */
const shared = (w: World, caller: Actor | null) =>
  !!caller && (caller.id === w.owner.id || Object.values(w.callers).some((c) => c?.id === caller.id));

export const ACTIONS_RIGHTS: Record<string, ActionSpec> = {
  [`${A}#updateContactDetailsAction`]: {
    level: "approved",
    form: async () => ({ email: "zhouhy@example.cn", workUnit: "嵊泗县商务局", position: "副科长", politicalStatus: "CPC_MEMBER" }),
    fields: {
      email: { kind: "email", required: false },
      workUnit: { kind: "text", required: true },
      position: { kind: "text", required: true },
      politicalStatus: { kind: "enum", required: true },
    },
  },
  [`${A}#changePhoneAction`]: {
    level: "approved",
    form: async () => ({ phone: freshPhone(), currentPassword: FIXTURE_PASSWORD }),
    fields: { phone: { kind: "phone", required: true }, currentPassword: { kind: "password", required: true } },
  },
  [`${A}#requestIdentityChangeAction`]: {
    level: "approved",
    // A shared caller sends its own identity back (refused as unchanged): it must stay approved.
    form: async (w, caller) =>
      shared(w, caller) && caller
        ? { realName: caller.realName, idNumber: (caller as Actor & { idNumber?: string }).idNumber ?? freshIdNumber() }
        : { realName: "周海燕", idNumber: freshIdNumber() },
    fields: { realName: { kind: "realName", required: true }, idNumber: { kind: "idNumber", required: true } },
  },
  [`${A}#closeAccountAction`]: {
    level: "user",
    // A shared caller types a wrong password (refused): closing it would end the suites' caller.
    form: async (w, caller) => ({ currentPassword: shared(w, caller) ? "not-my-password" : FIXTURE_PASSWORD, confirm: "on" }),
    fields: { currentPassword: { kind: "password", required: true }, confirm: { kind: "checkbox", required: true } },
  },
  [`${A}#agreeConsentAction`]: {
    level: "user",
    form: async () => ({ version: PRIVACY_VERSION, agree: "on", next: "/account/nominations" }),
    fields: {
      version: { kind: "enum", required: true },
      agree: { kind: "checkbox", required: true },
      next: { kind: "text", required: false },
    },
  },
};
