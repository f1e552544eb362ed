// Staff two-factor sign-in: TOTP (RFC 6238) through otplib, and the one-time recovery codes.
// Pure (no database): lib/data/two-factor.ts keeps the secret encrypted, the used time steps and
// the recovery codes' hashes. Settings are the authenticator apps' defaults (SHA-1, 6 digits,
// 30 s), which every app reads from the otpauth:// URI; a code is accepted one step either side
// of the server's clock (a phone a few seconds off, a code typed as it turned over) and no
// further.
import { randomInt } from "node:crypto";
import { generate, generateSecret, generateURI, verify } from "otplib";

export const TOTP_PERIOD_SECONDS = 30;
/** Steps accepted either side of the current one. */
export const TOTP_WINDOW_STEPS = 1;
export const TOTP_ISSUER = "OpenSelect";

/** A new random secret (20 bytes, Base32: what the apps expect). */
export function newTotpSecret(): string {
  return generateSecret();
}

/** The otpauth:// URI an authenticator app scans. `account` names the account in the app's list. */
export function totpUri(secret: string, account: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label: account, secret, period: TOTP_PERIOD_SECONDS });
}

/** The time step (RFC 6238 T) of an instant. */
export function timeStepOf(at: Date): number {
  return Math.floor(at.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

/** The code for an instant (tests, and the e2e helper that plays the staff member's phone). */
export function totpCode(secret: string, at: Date = new Date()): Promise<string> {
  return generate({ secret, epoch: Math.floor(at.getTime() / 1000), period: TOTP_PERIOD_SECONDS });
}

/** The secret as people type it from the screen: groups of four. */
export function groupedSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, "$1 ");
}

/**
 * The time step a code belongs to when it is right for `at` within the window and later than
 * `afterStep` (the last step this account used: a code is never accepted twice, nor an older
 * one after a newer); null otherwise.
 */
export async function matchTotp(secret: string, code: string, at: Date, afterStep?: number | null): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(at.getTime() / 1000),
    period: TOTP_PERIOD_SECONDS,
    // In seconds: [now − 30 s, now + 30 s] spans exactly the previous, current and next step.
    epochTolerance: TOTP_WINDOW_STEPS * TOTP_PERIOD_SECONDS,
    ...(afterStep != null ? { afterTimeStep: afterStep } : {}),
  });
  // A TOTP match carries its time step (otplib's result type also covers HOTP, which has none).
  return result.valid && "timeStep" in result ? result.timeStep : null;
}

// Recovery codes: ten per enrolment, each two groups of five characters from an alphabet with no
// look-alikes (no 0/O, 1/I/L): 50 random bits each, so a keyed hash is enough to store them.
export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

export function newRecoveryCodes(n = RECOVERY_CODE_COUNT): string[] {
  const one = () => Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return Array.from({ length: n }, () => {
    const c = one();
    return `${c.slice(0, 5)}-${c.slice(5)}`;
  });
}

/** What was typed, as stored: spaces and dashes dropped, upper case; null when it cannot be one. */
export function normalizeRecoveryCode(typed: string): string | null {
  const c = typed.replace(/[\s-]/g, "").toUpperCase();
  return /^[0-9A-Z]{10}$/.test(c) ? c : null;
}

/** A six-digit authenticator code (spaces allowed, as some apps show "123 456"). */
export function normalizeTotpCode(typed: string): string | null {
  const c = typed.replace(/\s/g, "");
  return /^\d{6}$/.test(c) ? c : null;
}
