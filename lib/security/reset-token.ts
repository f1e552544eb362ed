// One-time password resets (PasswordReset rows): the secret a person holds, how long it lives,
// and whether it may still be used. Pure apart from randomness, so expiry and single use are
// unit-tested without a database. Only a keyed hash of the secret is ever stored (the hash key
// lives outside the database: a copy of the table alone cannot be turned back into links).
import { randomBytes, randomInt } from "node:crypto";

export type ResetKind = "EMAIL" | "STAFF" | "SMS";

/** How long each kind of secret lives. */
export const RESET_TTL_MS: Record<ResetKind, number> = {
  // The mailed link: long enough to open the mail, short enough that an old mailbox is harmless.
  EMAIL: 30 * 60_000,
  // The code a reviewer reads out on the phone: the person may not be at a computer right away.
  STAFF: 24 * 3600_000,
  // A texted code: the person is at the form already.
  SMS: 10 * 60_000,
};

/** The mailed link's secret: 32 random bytes (256 bits), URL-safe. */
export function newLinkToken(): string {
  return randomBytes(32).toString("base64url");
}

// Capitals and digits that cannot be mistaken for one another when read out on the phone
// (no I, L, O, 0, 1), so a code is typed in any case, with or without its dashes.
const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/** A reviewer's reset code: three groups of four (≈ 59 bits), e.g. "K7QX-P2WD-9TRB". */
export function newStaffCode(): string {
  const group = () => Array.from({ length: 4 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join("");
  return `${group()}-${group()}-${group()}`;
}

/** A texted code: six digits (the attempts on it are limited per phone and per address). */
export function newSmsCode(): string {
  return String(randomInt(1_000_000)).padStart(6, "0");
}

/** A code as typed: spaces and dashes dropped, upper case; a link token is kept as it is. */
export function normalizeSecret(kind: ResetKind, typed: string): string {
  return kind === "EMAIL" ? typed.trim() : typed.replace(/[\s\-－—]/g, "").toUpperCase();
}

/** What is stored and looked up: the kind is part of the hashed text, so no secret crosses kinds. */
export function secretHashInput(kind: ResetKind, typed: string): string {
  return `password-reset:${kind}:${normalizeSecret(kind, typed)}`;
}

export function resetExpiry(kind: ResetKind, issuedAt: Date): Date {
  return new Date(issuedAt.getTime() + RESET_TTL_MS[kind]);
}

export type ResetState = "usable" | "used" | "expired";

/** A stored reset at `now`: usable once, until it expires (the expiry instant itself is too late). */
export function resetState(row: { usedAt: Date | null; expiresAt: Date }, now: Date): ResetState {
  if (row.usedAt) return "used";
  if (now.getTime() >= row.expiresAt.getTime()) return "expired";
  return "usable";
}
