// Entries of the action table (../action-table.ts) for passwords and sessions (issue 12): 忘记密码
// by mail, setting a new password with a mailed link or a reset code, the reviewer's reset code,
// 修改密码 and 退出所有设备. Every reset form names a fresh, usable secret (../security-world.ts).
import type { ActionSpec, FieldSpec } from "../action-table";
import { freshPhone } from "../action-world";
import { solvedChallenge } from "../challenge";
import { freshResetCode, freshResetLink } from "../security-world";
import { FIXTURE_PASSWORD } from "../users";

const req = (kind: FieldSpec["kind"]): FieldSpec => ({ kind, required: true });
const NEW = "Haidao-Qingfeng-2026";

export const ACTIONS_SECURITY: Record<string, ActionSpec> = {
  "app/[locale]/(public)/forgot-password/actions.ts#requestResetLinkAction": {
    level: "public",
    form: async () => ({ identifier: freshPhone(), altcha: await solvedChallenge() }),
    fields: { identifier: req("text"), altcha: req("challenge") },
  },
  "app/[locale]/(public)/forgot-password/actions.ts#requestSmsCodeAction": {
    level: "public",
    // SMS on, towards a port where nothing listens: the text fails at once and the answer is the
    // same as when it goes (sms-reset.test.ts talks to a real local gateway).
    form: async () => {
      process.env.OPENSELECT_SMS_URL ??= "http://127.0.0.1:9/sms";
      process.env.OPENSELECT_SMS_KEY ??= "action-table";
      return { phone: freshPhone(), altcha: await solvedChallenge() };
    },
    fields: { phone: req("phone"), altcha: req("challenge") },
  },
  "app/[locale]/(public)/reset-password/actions.ts#resetWithLinkAction": {
    level: "public",
    form: async () => ({ token: await freshResetLink(), password: NEW, confirmPassword: NEW }),
    fields: { token: req("id"), password: req("password"), confirmPassword: req("password") },
  },
  "app/[locale]/(public)/reset-password/actions.ts#resetWithCodeAction": {
    level: "public",
    form: async () => ({ ...(await freshResetCode()), password: NEW, confirmPassword: NEW, altcha: await solvedChallenge() }),
    fields: {
      phone: req("phone"),
      code: req("text"),
      password: req("password"),
      confirmPassword: req("password"),
      altcha: req("challenge"),
    },
  },
  "app/[locale]/(admin)/admin/registrations/[id]/reset-code/actions.ts#issueResetCodeAction": {
    level: "staff",
    form: async (w) => ({ id: (await w.account("APPROVED")).id }),
    fields: { id: req("id") },
  },
  "app/[locale]/(account)/account/security/actions.ts#changePasswordAction": {
    level: "user",
    // The caller's own password (after a first change the next call is refused in words, not for authorization).
    form: async () => ({ currentPassword: FIXTURE_PASSWORD, password: NEW, confirmPassword: NEW }),
    fields: { currentPassword: req("password"), password: req("password"), confirmPassword: req("password") },
  },
  "app/[locale]/(account)/account/security/actions.ts#signOutEverywhereAction": {
    level: "user",
    form: async () => ({ confirm: "1" }),
    fields: { confirm: req("enum") },
  },
};
