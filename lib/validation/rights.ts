// Forms of the account holder's own rights: profile corrections (更正), closing the account
// (注销) and agreeing to the privacy statement in force.
import { z } from "zod";
import { E, checkbox, text } from "./common";
import { idNumberField, phoneField, profileShape } from "./account";
import { POLITICAL_STATUSES } from "./political-statuses";

/** The current password, as typed: checked against the stored hash, never against the policy. */
const currentPassword = z.string({ error: E.required }).min(1, E.required).max(200, E.tooLong);

/** 工作单位, 职务, 政治面貌 and 电子邮箱: changed at once, each change audited. */
export const contactDetailsSchema = z.object({
  email: profileShape.email,
  workUnit: text(100),
  position: text(60),
  politicalStatus: z.enum(POLITICAL_STATUSES, { error: E.required }),
});
export type ContactDetailsInput = z.infer<typeof contactDetailsSchema>;

/** A new phone number, confirmed with the current password. */
export const phoneChangeSchema = z.object({ phone: phoneField, currentPassword });
export type PhoneChangeInput = z.infer<typeof phoneChangeSchema>;

/** A new real name and/or ID number: the account goes back to review. */
export const identityChangeSchema = z.object({ realName: profileShape.realName, idNumber: idNumberField });
export type IdentityChangeInput = z.infer<typeof identityChangeSchema>;

/** 注销: the password and an explicit confirmation that the consequences were read. */
export const closeAccountSchema = z.object({
  currentPassword,
  confirm: checkbox.refine((v) => v, "rights.errors.confirmClose"),
});
export type CloseAccountInput = z.infer<typeof closeAccountSchema>;

/** Agreeing to the privacy statement in force (the version the page showed). */
export const consentSchema = z.object({
  version: z.string(E.invalid).regex(/^\d{4}-\d{2}-\d{2}$/, E.invalid),
  agree: checkbox.refine((v) => v, "errors.consent"),
});
