import { z } from "zod";
import { passwordProblem } from "../security/password-policy";
import { phoneField } from "./account";
import { E, text } from "./common";

// The forms of 忘记密码 and 修改密码. A new password passes the same policy as at registration
// (lib/security/password-policy.ts); the data layer adds the person's own phone and ID number.

const newPassword = z
  .string({ error: E.required })
  .min(1, E.required)
  .superRefine((v, ctx) => {
    const problem = passwordProblem(v);
    if (problem) ctx.addIssue({ code: "custom", message: `errors.password.${problem}` });
  });
const confirmPassword = z.string({ error: E.required }).min(1, E.required);

const sameTwice = {
  path: ["confirmPassword"],
  message: "errors.password.mismatch",
  // Checked even when other fields failed, so every error shows at once.
  when: (p: { value: unknown }) => {
    const v = p.value as { password?: unknown; confirmPassword?: unknown };
    return typeof v?.password === "string" && typeof v?.confirmPassword === "string";
  },
};
const matches = (v: { password: string; confirmPassword: string }) => v.password === v.confirmPassword;

/** 忘记密码 by mail: the account's 手机号码 or 身份证号码, as at sign-in. */
export const resetRequestSchema = z.object({ identifier: text(40) });

/** The mailed link's form: its token (hidden) and the new password twice. */
export const resetLinkSchema = z
  .object({
    token: z.string(E.invalid).min(1, E.invalid).max(100, E.invalid),
    password: newPassword,
    confirmPassword,
  })
  .refine(matches, sameTwice);

/** A reset code (a reviewer's, or a texted one) with the account's phone and the new password twice. */
export const resetCodeSchema = z
  .object({
    phone: phoneField,
    code: z.preprocess(
      (v) => (typeof v === "string" ? v.trim() : ""),
      z.string().min(1, E.required).max(30, "accountSecurity.errors.badCode"),
    ),
    password: newPassword,
    confirmPassword,
  })
  .refine(matches, sameTwice);

/** 修改密码: the current password, and the new one twice. */
export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: E.required }).min(1, E.required).max(128, E.tooLong),
    password: newPassword,
    confirmPassword,
  })
  .refine(matches, sameTwice);
