import { z } from "zod";
import { normalizeRecoveryCode, normalizeTotpCode } from "../security/totp";
import { optionalText, text, type ActionState } from "./common";

// The second factor's forms (app/[locale]/(public)/login/two-factor). `next` is where the
// person was going; the action keeps it only when it is a path on this site.

/** Setting up: the six digits the app shows. */
export const enrolCodeInput = z.object({
  code: text(20).refine((v) => normalizeTotpCode(v) !== null, "twoFactor.errors.format"),
  next: optionalText(2048),
});

/** Signing in: the app's six digits, or one recovery code. */
export const signInCodeInput = z.object({
  code: text(20).refine((v) => normalizeTotpCode(v) !== null || normalizeRecoveryCode(v) !== null, "twoFactor.errors.format"),
  next: optionalText(2048),
});

/** The enrolment form's answer: the recovery codes once, and where to go on. */
export type EnrolState = ActionState & { recoveryCodes?: string[]; next?: string };
