import "server-only";
// Staff two-factor sign-in, the database side (the rules: lib/auth/second-factor.ts; the codes:
// lib/security/totp.ts).
//   - Enrolment: a staff session owing "enrol" gets a secret (kept AES-encrypted in
//     User.totpSecret until confirmed, the same one on every reload), confirms it with a first
//     code, and receives 10 recovery codes, shown once and stored as keyed hashes.
//   - Verification: a code from the app, or a recovery code (each used once).
//   - Wrong codes are failed sign-ins: counted in LoginFailure under the password's own keys, so
//     the same lock (this account from this address) and proof-of-work challenge apply.
//   - A code is never accepted twice, nor one older than the last used: every used time step is
//     kept as a UsedChallenge row "totp:<user>:<step>" (primary key, so two instances racing on
//     one code cannot both accept it) until it is out of every window.
//   - An administrator resets another staff member's second factor: secret, date and recovery
//     codes go, the sessions end, the person sets it up again at the next sign-in.
import type { Tx } from "../db/client";
import { db } from "../db/client";
import { transaction } from "../db/tx";
import { appendAudit } from "./audit-log";
import { consumeChallenge } from "./challenges";
import { countRecentFailures } from "./sign-in";
import { DomainError, NotFoundError } from "./errors";
import { requireAdmin, type Actor } from "../auth/actor";
import { CHALLENGE_AFTER_ACCOUNT_FAILURES, FAILURE_WINDOW_MS, MAX_ADDRESS_FAILURES, MAX_PAIR_FAILURES } from "../auth/login";
import { checkChallenge } from "../security/challenge";
import { decryptField, encryptField, keyedHash } from "../security/crypto";
import {
  matchTotp,
  newRecoveryCodes,
  newTotpSecret,
  normalizeRecoveryCode,
  normalizeTotpCode,
  TOTP_PERIOD_SECONDS,
  TOTP_WINDOW_STEPS,
  totpUri,
} from "../security/totp";

const STAFF_ROLES = ["REVIEWER", "ADMIN"];

/** Where the request comes from, and a solved challenge when the form carried one. */
export interface CodeAttempt {
  address: string;
  challenge?: unknown;
  now?: Date;
}

const recoveryHash = (normalized: string) => keyedHash(`recovery-code:${normalized}`);
const stepKeyPrefix = (userId: string) => `totp:${userId}:`;

/** The phone as the authenticator app lists the account: enough to tell accounts apart. */
function appAccountName(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : phone;
}

/**
 * The secret to set up, for the enrolment page of a session owing "enrol": created on the first
 * visit and kept (encrypted) until confirmed, so a reload shows the same QR code. Null for any
 * other caller.
 */
export async function twoFactorEnrolment(actor: Actor): Promise<{ secret: string; uri: string } | null> {
  if (actor.secondFactor !== "enrol") return null;
  const read = () => db().user.findUnique({ where: { id: actor.id }, select: { phone: true, totpSecret: true, totpEnabledAt: true } });
  let user = await read();
  if (!user || user.totpEnabledAt) return null;
  if (!user.totpSecret) {
    // Only where none is waiting: two tabs opening the page at once end up with the same secret.
    await db().user.updateMany({
      where: { id: actor.id, totpSecret: null, totpEnabledAt: null },
      data: { totpSecret: encryptField(newTotpSecret()) },
    });
    user = await read();
    if (!user?.totpSecret) return null;
  }
  const secret = decryptField(user.totpSecret);
  return { secret, uri: totpUri(secret, appAccountName(user.phone)) };
}

/** The failure counters of this account and address, as the password step keeps them (lib/auth/login.ts). */
function failureKeys(userId: string, address: string) {
  return { pair: `pair:acct:${userId}@${address}`, account: `acct:${userId}`, address: `ip:${address}` };
}

/** Refuses before any code is looked at: the pair is locked, or a challenge is due and not solved. */
async function checkLimits(userId: string, attempt: CodeAttempt, now: Date) {
  const keys = failureKeys(userId, attempt.address);
  const [byPair, byAccount, byAddress] = await countRecentFailures(
    [keys.pair, keys.account, keys.address],
    new Date(now.getTime() - FAILURE_WINDOW_MS),
  );
  if (byPair >= MAX_PAIR_FAILURES) throw new DomainError("twoFactor.errors.locked");
  if (byAccount >= CHALLENGE_AFTER_ACCOUNT_FAILURES || byAddress >= MAX_ADDRESS_FAILURES) {
    if (!(await checkChallenge(attempt.challenge))) throw new DomainError("twoFactor.errors.challenge");
  }
}

// Failure rows older than this serve no limit (as lib/data/sign-in.ts keeps them).
const KEEP_MS = 24 * 3600_000;

/** A wrong code: counted like a wrong password, audited, and refused in words. */
async function refuseCode(actor: Actor, attempt: CodeAttempt, now: Date): Promise<never> {
  const keys = Object.values(failureKeys(actor.id, attempt.address));
  await transaction(async (tx) => {
    await tx.loginFailure.createMany({ data: keys.map((key) => ({ key, createdAt: now })) });
    await tx.loginFailure.deleteMany({ where: { key: { in: keys }, createdAt: { lt: new Date(now.getTime() - KEEP_MS) } } });
    await appendAudit(tx, {
      actor,
      action: "auth.twoFactorFailed",
      entityType: "User",
      entityId: actor.id,
      after: { address: attempt.address },
    });
  });
  throw new DomainError("twoFactor.errors.invalid", { code: ["twoFactor.errors.invalid"] });
}

/** The latest time step this account has used that could still be in a window, if any. */
async function lastUsedStep(userId: string, now: Date): Promise<number | null> {
  const rows = await db().usedChallenge.findMany({
    where: { signature: { startsWith: stepKeyPrefix(userId) }, expiresAt: { gt: now } },
    select: { signature: true },
  });
  const steps = rows.map((r) => Number(r.signature.slice(stepKeyPrefix(userId).length))).filter(Number.isSafeInteger);
  return steps.length ? Math.max(...steps) : null;
}

/**
 * The code's time step when it is right, newer than any used before and now recorded as used;
 * null otherwise (wrong, out of the window, or replayed).
 */
async function consumeTotp(userId: string, secret: string, code: string, now: Date): Promise<number | null> {
  const step = await matchTotp(secret, code, now, await lastUsedStep(userId, now));
  if (step === null) return null;
  // Kept until no window can reach it any more; the primary key refuses a second use.
  const expiresAt = new Date((step + TOTP_WINDOW_STEPS + 2) * TOTP_PERIOD_SECONDS * 1000);
  return (await consumeChallenge(`${stepKeyPrefix(userId)}${step}`, expiresAt, now)) ? step : null;
}

async function clearPairFailures(tx: Tx, userId: string, address: string) {
  await tx.loginFailure.deleteMany({ where: { key: failureKeys(userId, address).pair } });
}

/**
 * Confirms the authenticator with its first code: the second factor is set up (totpEnabledAt),
 * this session has passed it, and the 10 recovery codes come back once. "done" for a session
 * that owes nothing (the caller goes on to where it was going).
 */
/**
 * Whether this account set up its authenticator within the last ten minutes. Confirming the set-up
 * marks the session as passed, and Next renders the page again with the action's answer: the page
 * must then keep the set-up (whose answer holds the recovery codes, shown once) instead of moving on.
 */
export async function justEnrolled(actor: Actor, now: Date = new Date()): Promise<boolean> {
  const user = await db().user.findUnique({ where: { id: actor.id }, select: { totpEnabledAt: true } });
  return !!user?.totpEnabledAt && now.getTime() - user.totpEnabledAt.getTime() < 10 * 60_000;
}

export async function confirmTwoFactorEnrolment(
  actor: Actor,
  typed: string,
  attempt: CodeAttempt,
): Promise<{ done: true } | { done: false; recoveryCodes: string[] }> {
  if (!actor.secondFactor) return { done: true };
  if (actor.secondFactor !== "enrol") throw new DomainError("twoFactor.errors.alreadySetUp");
  const now = attempt.now ?? new Date();
  await checkLimits(actor.id, attempt, now);
  const user = await db().user.findUnique({ where: { id: actor.id }, select: { totpSecret: true, totpEnabledAt: true } });
  if (!user?.totpSecret || user.totpEnabledAt) throw new DomainError("twoFactor.errors.reload");
  const code = normalizeTotpCode(typed);
  if (!code || (await consumeTotp(actor.id, decryptField(user.totpSecret), code, now)) === null) return refuseCode(actor, attempt, now);

  const recoveryCodes = newRecoveryCodes();
  await transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: actor.id, totpSecret: user.totpSecret, totpEnabledAt: null },
      data: { totpEnabledAt: now },
    });
    if (count !== 1) throw new DomainError("twoFactor.errors.reload");
    await tx.recoveryCode.deleteMany({ where: { userId: actor.id } });
    await tx.recoveryCode.createMany({
      data: recoveryCodes.map((c) => ({ userId: actor.id, codeHash: recoveryHash(normalizeRecoveryCode(c)!) })),
    });
    await clearPairFailures(tx, actor.id, attempt.address);
    await appendAudit(tx, {
      actor,
      action: "auth.twoFactorEnrol",
      entityType: "User",
      entityId: actor.id,
      after: { address: attempt.address },
    });
  });
  return { done: false, recoveryCodes };
}

/**
 * The second step of a sign-in: a code from the authenticator app, or one of the recovery codes
 * (used up by it). "passed" when this session has now passed; "done" when it owed nothing.
 */
export async function passTwoFactor(actor: Actor, typed: string, attempt: CodeAttempt): Promise<"passed" | "done"> {
  if (!actor.secondFactor) return "done";
  if (actor.secondFactor !== "verify") throw new DomainError("twoFactor.errors.setUpFirst");
  const now = attempt.now ?? new Date();
  await checkLimits(actor.id, attempt, now);
  const user = await db().user.findUnique({ where: { id: actor.id }, select: { totpSecret: true, totpEnabledAt: true } });
  if (!user?.totpSecret || !user.totpEnabledAt) throw new DomainError("twoFactor.errors.setUpFirst");

  const totp = normalizeTotpCode(typed);
  const recovery = totp ? null : normalizeRecoveryCode(typed);
  let used = false;
  if (totp) {
    used = (await consumeTotp(actor.id, decryptField(user.totpSecret), totp, now)) !== null;
  } else if (recovery) {
    // Used once: only the update that finds it unused counts.
    const { count } = await db().recoveryCode.updateMany({
      where: { userId: actor.id, codeHash: recoveryHash(recovery), usedAt: null },
      data: { usedAt: now },
    });
    used = count === 1;
  }
  if (!used) return refuseCode(actor, attempt, now);

  await transaction(async (tx) => {
    await clearPairFailures(tx, actor.id, attempt.address);
    await appendAudit(tx, {
      actor,
      action: totp ? "auth.twoFactorPass" : "auth.twoFactorRecovery",
      entityType: "User",
      entityId: actor.id,
      after: { address: attempt.address },
    });
  });
  return "passed";
}

/** Each staff account's second factor, for the administrator's staff page: set up since when. */
export async function staffTwoFactor(actor: Actor | null): Promise<Map<string, { enabledAt: Date | null; canReset: boolean }>> {
  const a = requireAdmin(actor);
  const rows = await db().user.findMany({
    where: { role: { in: STAFF_ROLES } },
    select: { id: true, totpSecret: true, totpEnabledAt: true },
  });
  return new Map(rows.map((r) => [r.id, { enabledAt: r.totpEnabledAt, canReset: r.id !== a.id && (!!r.totpEnabledAt || !!r.totpSecret) }]));
}

/**
 * An administrator resets another staff member's second factor (a lost phone): the secret and
 * recovery codes go, every session of theirs ends, and they set it up again at the next sign-in.
 * Never one's own (another administrator does it, and the log shows who).
 */
export async function resetTwoFactor(actor: Actor | null, id: string): Promise<void> {
  const a = requireAdmin(actor);
  if (id === a.id) throw new DomainError("errors.account.notSelf");
  await transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id }, select: { role: true, totpSecret: true, totpEnabledAt: true } });
    if (!user || !STAFF_ROLES.includes(user.role)) throw new NotFoundError();
    if (!user.totpSecret && !user.totpEnabledAt) throw new DomainError("twoFactor.errors.notSetUp");
    await tx.user.update({
      where: { id },
      data: { totpSecret: null, totpEnabledAt: null, sessionVersion: { increment: 1 } },
    });
    await tx.recoveryCode.deleteMany({ where: { userId: id } });
    await appendAudit(tx, { actor: a, action: "staff.resetTwoFactor", entityType: "User", entityId: id });
  });
}
