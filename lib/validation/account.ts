import { z } from "zod";
import { parseIdNumber, type IdNumberError } from "../security/id-number";
import { passwordProblem } from "../security/password-policy";
import { E, checkbox, text } from "./common";
import { POLITICAL_STATUSES } from "./political-statuses";

const ID_ERRORS: Record<IdNumberError, string> = {
  length: "errors.idNumber.length",
  format: "errors.idNumber.format",
  legacy15: "errors.idNumber.legacy15",
  checksum: "errors.idNumber.checksum",
  birthDate: "errors.idNumber.birthDate",
  future: "errors.idNumber.future",
};

export const idNumberField = z.preprocess(
  (v) => (typeof v === "string" ? v : ""),
  z
    .string()
    .min(1, E.required)
    .max(40, ID_ERRORS.length)
    .transform((v, ctx) => {
      const r = parseIdNumber(v);
      if (!r.ok) {
        ctx.addIssue({ code: "custom", message: ID_ERRORS[r.error] });
        return z.NEVER;
      }
      return r.value;
    }),
);

export const phoneField = z.preprocess(
  (v) => (typeof v === "string" ? v.replace(/[\s-]/g, "") : ""),
  z
    .string()
    .min(1, E.required)
    .regex(/^1[3-9]\d{9}$/, "errors.phone"),
);

const emailField = z.preprocess(
  (v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined),
  z.email("errors.email").max(120, E.tooLong).optional(),
);

const nameField = z.preprocess(
  (v) => (typeof v === "string" ? v.trim() : ""),
  z
    .string()
    .min(1, E.required)
    .max(40, E.tooLong)
    .regex(/^[\p{Script=Han}A-Za-z·•\s.]{2,40}$/u, "errors.realName"),
);

export const profileShape = {
  realName: nameField,
  idNumber: idNumberField,
  phone: phoneField,
  email: emailField,
  workUnit: text(100),
  position: text(60),
  politicalStatus: z.enum(POLITICAL_STATUSES, { error: E.required }),
};

const passwordField = z
  .string({ error: E.required })
  .min(1, E.required)
  .superRefine((v, ctx) => {
    const problem = passwordProblem(v);
    if (problem) ctx.addIssue({ code: "custom", message: `errors.password.${problem}` });
  });

const passwords = {
  password: passwordField,
  confirmPassword: z.string({ error: E.required }).min(1, E.required),
};

type PasswordPayload = { password?: unknown; confirmPassword?: unknown; phone?: unknown; idNumber?: unknown };
// Run even when other fields failed (zod skips object refinements otherwise), so every error
// shows at once; only the two password fields need to be present.
const havePasswords = (p: { value: unknown }) => {
  const v = p.value as PasswordPayload;
  return typeof v?.password === "string" && typeof v?.confirmPassword === "string";
};

function withPasswordChecks<T extends z.ZodObject>(schema: T) {
  return schema
    .refine((v) => (v as PasswordPayload).password === (v as PasswordPayload).confirmPassword, {
      path: ["confirmPassword"],
      message: "errors.password.mismatch",
      when: havePasswords,
    })
    .refine(
      (v) => {
        const p = v as PasswordPayload;
        return passwordProblem(String(p.password), [String(p.phone ?? ""), String(p.idNumber ?? "")]) !== "personal";
      },
      { path: ["password"], message: "errors.password.personal", when: havePasswords },
    );
}

export const registrationSchema = withPasswordChecks(
  z.object({
    ...profileShape,
    ...passwords,
    consent: checkbox.refine((v) => v, "errors.consent"),
  }),
);

export type RegistrationInput = z.infer<typeof registrationSchema>;

/** A pending or rejected user corrects their profile (no password change here). */
export const profileUpdateSchema = z.object(profileShape);
export type ProfileInput = z.infer<typeof profileUpdateSchema>;

export const reasonSchema = z.object({ reason: text(500) });

export const staffSchema = withPasswordChecks(
  z.object({
    realName: nameField,
    idNumber: idNumberField,
    phone: phoneField,
    workUnit: text(100),
    position: text(60),
    role: z.enum(["REVIEWER", "ADMIN"], { error: E.required }),
    ...passwords,
  }),
);
export type StaffInput = z.infer<typeof staffSchema>;
