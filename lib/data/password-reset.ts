import "server-only";
// 忘记密码: one-time resets (PasswordReset rows, only a keyed hash of each secret stored).
//   - EMAIL: a link valid 30 minutes, mailed to the account's address (lib/data/security-mail.ts:
//     always sent, whatever the mail preferences). Asking for one answers the same, in about the
//     same time, whether or not the account exists or has an address.
//   - STAFF: a code a reviewer issues after checking the caller's identity on the phone, valid
//     24 hours, shown once to the reviewer; never for one's own account, never for a staff account
//     (administrators reset those on the staff page).
//   - SMS: a texted code (lib/data/sms-reset.ts), only where a gateway is configured.
// Using any of them sets the new password, spends the secret (and voids the account's other
// unused ones), ends every session of the account (sessionVersion), is audited, and tells the
// person (inbox and mail).
import { db, type Tx } from "../db/client";
import { transaction } from "../db/tx";
import { appendAudit } from "../audit/log";
import { requireStaff, type Actor } from "../auth/actor";
import { shanghaiDateTimeText } from "../calendar/dates";
import { decryptField, keyedHash } from "../security/crypto";
import { looksLikeIdNumber, parseIdNumber } from "../security/id-number";
import { hashPassword } from "../security/password";
import { passwordProblem } from "../security/password-policy";
import {
  newLinkToken,
  newStaffCode,
  resetExpiry,
  resetState,
  secretHashInput,
  RESET_TTL_MS,
  type ResetKind,
} from "../security/reset-token";
import { DomainError, NotFoundError } from "./errors";
import {
  rateKeys,
  resetCodeTriesPerAddress,
  resetCodeTriesPerPhone,
  resetRequestsPerAccount,
  resetRequestsPerAddress,
  takeSlot,
} from "./rate-limits";
import { blankSpentResetMail, RESET_LINK_KIND, writeSecurityMail } from "./security-mail";

/** The reset page's path; the mailed link adds ?token=… */
export const RESET_PAGE = "/reset-password";

/** Every request is answered no sooner than this, so an account that exists does not answer slower. */
const REQUEST_FLOOR_MS = 600;

const hashOf = (kind: ResetKind, secret: string) => keyedHash(secretHashInput(kind, secret));

const INVALID_LINK = "accountSecurity.errors.invalidLink";
const BAD_CODE = "accountSecurity.errors.badCode";

interface Target {
  id: string;
  realName: string;
  phone: string;
  idCipher: string;
  email: string | null;
  role: string;
  closedAt: Date | null;
}
const targetFields = { id: true, realName: true, phone: true, idCipher: true, email: true, role: true, closedAt: true } as const;

/** The account a typed 手机号码 or 身份证号码 names, as the sign-in form reads it; and the subject its limits count. */
async function accountByIdentifier(identifier: string): Promise<{ user: Target | null; subject: string }> {
  const id = identifier.trim();
  if (looksLikeIdNumber(id)) {
    const parsed = parseIdNumber(id);
    const user = parsed.ok ? await db().user.findUnique({ where: { idHash: keyedHash(parsed.value) }, select: targetFields }) : null;
    return { user, subject: user ? user.id : keyedHash(`id:${id.toUpperCase()}`) };
  }
  const phone = id.replace(/[\s-]/g, "");
  const user = await db().user.findUnique({ where: { phone }, select: targetFields });
  return { user, subject: user ? user.id : keyedHash(`phone:${phone}`) };
}

async function floor(startedAt: number): Promise<void> {
  const left = REQUEST_FLOOR_MS - (Date.now() - startedAt);
  if (left > 0) await new Promise((r) => setTimeout(r, left));
}

/**
 * 忘记密码 by mail. Counts the request (per address and per account), and when the account exists,
 * is open and has an email address, mails it a new link (older unused links stop working). The
 * caller learns nothing either way: no return value, and the same time.
 */
export async function requestResetLink(identifier: string, ctx: { address: string }, now: Date = new Date()): Promise<void> {
  const startedAt = Date.now();
  try {
    const { user, subject } = await accountByIdentifier(identifier);
    await transaction(async (tx) => {
      await takeSlot(tx, rateKeys.resetRequestsAddress(ctx.address), resetRequestsPerAddress(), now);
      await takeSlot(tx, rateKeys.resetRequestsAccount(subject), resetRequestsPerAccount(), now);
    });
    if (!user || user.closedAt || !user.email) return;
    const token = newLinkToken();
    await transaction(async (tx) => {
      await tx.passwordReset.deleteMany({ where: { userId: user.id, kind: "EMAIL", usedAt: null } });
      await tx.passwordReset.create({
        data: { userId: user.id, kind: "EMAIL", tokenHash: hashOf("EMAIL", token), expiresAt: resetExpiry("EMAIL", now), createdAt: now },
        select: { id: true },
      });
      await appendAudit(tx, {
        actor: null,
        action: "auth.passwordResetRequested",
        entityType: "User",
        entityId: user.id,
        after: { channel: "EMAIL", address: ctx.address },
      });
      await writeSecurityMail(
        tx,
        {
          userId: user.id,
          kind: RESET_LINK_KIND,
          params: { minutes: RESET_TTL_MS.EMAIL / 60_000 },
          link: `${RESET_PAGE}?token=${encodeURIComponent(token)}`,
          actionKey: "accountSecurity.reset.title",
        },
        now,
      );
    });
  } finally {
    await floor(startedAt);
  }
}

/** Whether a mailed link may still be used (the reset page asks before showing its form). Spends nothing. */
export async function resetLinkUsable(token: string, now: Date = new Date()): Promise<boolean> {
  if (!token || token.length > 100) return false;
  const row = await db().passwordReset.findUnique({
    where: { tokenHash: hashOf("EMAIL", token) },
    select: { usedAt: true, expiresAt: true },
  });
  return !!row && resetState(row, now) === "usable";
}

/** The new password against the policy, the person's own phone and ID number included. */
function checkNewPassword(user: Target, password: string): void {
  let idNumber = "";
  try {
    idNumber = decryptField(user.idCipher);
  } catch {
    // An unreadable ID leaves only the phone to compare with.
  }
  const problem = passwordProblem(password, [user.phone, idNumber]);
  if (problem) throw new DomainError("errors.invalid", { password: [`errors.password.${problem}`] });
}

/**
 * Spends `reset` (only if still unused and unexpired: of two tabs using one link, one wins), sets
 * the password, voids the account's other unused resets, ends every session, audits, tells.
 */
async function spend(
  tx: Tx,
  reset: { id: string; kind: string },
  user: Target,
  passwordHash: string,
  ctx: { address: string },
  now: Date,
  refusal: string,
): Promise<void> {
  const { count } = await tx.passwordReset.updateMany({
    where: { id: reset.id, userId: user.id, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (count !== 1) throw new DomainError(refusal);
  await tx.passwordReset.deleteMany({ where: { userId: user.id, usedAt: null } });
  await tx.user.update({ where: { id: user.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
  await appendAudit(tx, {
    actor: { id: user.id, realName: user.realName },
    action: "auth.passwordReset",
    entityType: "User",
    entityId: user.id,
    after: { channel: reset.kind, address: ctx.address },
  });
  await writeSecurityMail(
    tx,
    {
      userId: user.id,
      kind: "security.passwordChanged",
      params: { time: shanghaiDateTimeText(now), how: "RESET" },
      link: "/account/security",
      inbox: true,
    },
    now,
  );
}

/** Sets a new password through a mailed link. Refused in one message for an unknown, used or expired link. */
export async function resetWithLink(token: string, password: string, ctx: { address: string }, now: Date = new Date()): Promise<void> {
  const reset = token.length <= 100 ? await db().passwordReset.findUnique({ where: { tokenHash: hashOf("EMAIL", token) } }) : null;
  if (!reset || reset.kind !== "EMAIL" || resetState(reset, now) !== "usable") throw new DomainError(INVALID_LINK);
  const user = await db().user.findUnique({ where: { id: reset.userId }, select: targetFields });
  if (!user || user.closedAt) throw new DomainError(INVALID_LINK);
  checkNewPassword(user, password);
  const passwordHash = await hashPassword(password);
  await transaction((tx) => spend(tx, reset, user, passwordHash, ctx, now, INVALID_LINK));
}

/**
 * Sets a new password with 手机号码 and a reset code (a reviewer's, or a texted one). Every try
 * counts against the address and the phone number, right or wrong; a wrong phone and a wrong code
 * are refused alike.
 */
export async function resetWithCode(
  input: { phone: string; code: string; password: string },
  ctx: { address: string },
  now: Date = new Date(),
): Promise<void> {
  await transaction(async (tx) => {
    await takeSlot(tx, rateKeys.resetCodeAddress(ctx.address), resetCodeTriesPerAddress(), now);
    await takeSlot(tx, rateKeys.resetCodePhone(input.phone), resetCodeTriesPerPhone(), now);
  });
  const user = await db().user.findUnique({ where: { phone: input.phone }, select: targetFields });
  const reset = user
    ? await db().passwordReset.findFirst({
        where: { userId: user.id, tokenHash: { in: [hashOf("STAFF", input.code), hashOf("SMS", input.code)] } },
      })
    : null;
  if (!user || user.closedAt || !reset || resetState(reset, now) !== "usable") throw new DomainError(BAD_CODE, { code: [BAD_CODE] });
  checkNewPassword(user, input.password);
  const passwordHash = await hashPassword(input.password);
  await transaction((tx) => spend(tx, reset, user, passwordHash, ctx, now, BAD_CODE));
}

/** What the reviewer's reset-code page shows of the account (a registration's page links to it). */
export async function resetCodeTarget(actor: Actor | null, userId: string) {
  const a = requireStaff(actor);
  const u = await db().user.findUnique({
    where: { id: userId },
    select: { id: true, realName: true, phone: true, idMasked: true, email: true, role: true, status: true, closedAt: true },
  });
  if (!u) throw new NotFoundError();
  const lastIssued = await db().passwordReset.findFirst({
    where: { userId, kind: "STAFF" },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, expiresAt: true, usedAt: true },
  });
  return {
    id: u.id,
    realName: u.realName,
    phone: u.phone,
    idMasked: u.idMasked,
    hasEmail: !!u.email,
    status: u.status,
    lastIssued,
    refusal: issueRefusal(a, u),
  };
}

/** Why no code may be issued for this account, or null. */
function issueRefusal(a: Actor, u: { id: string; role: string; closedAt: Date | null }): string | null {
  if (u.id === a.id) return "errors.account.notSelf";
  if (u.role !== "NOMINATOR") return "accountSecurity.errors.staffAccount";
  if (u.closedAt) return "accountSecurity.errors.closed";
  return null;
}

/**
 * A reviewer issues a one-time reset code for an account whose holder called and whose identity
 * they checked. The code is returned once (the page shows it to be read out) and stored only as a
 * hash; earlier unused codes of the account stop working. Audited; the holder is told in 消息
 * (and by mail when there is an address), so a code issued to an impostor does not go unseen.
 */
export async function issueResetCode(
  actor: Actor | null,
  userId: string,
  now: Date = new Date(),
): Promise<{ code: string; expiresAt: Date }> {
  const a = requireStaff(actor);
  const code = newStaffCode();
  const expiresAt = resetExpiry("STAFF", now);
  await transaction(async (tx) => {
    const u = await tx.user.findUnique({ where: { id: userId }, select: { id: true, role: true, closedAt: true } });
    if (!u) throw new NotFoundError();
    const refusal = issueRefusal(a, u);
    if (refusal) throw new DomainError(refusal);
    await tx.passwordReset.deleteMany({ where: { userId, kind: "STAFF", usedAt: null } });
    await tx.passwordReset.create({
      data: { userId, kind: "STAFF", tokenHash: hashOf("STAFF", code), expiresAt, createdById: a.id, createdAt: now },
      select: { id: true },
    });
    await appendAudit(tx, {
      actor: a,
      action: "account.issueResetCode",
      entityType: "User",
      entityId: userId,
      after: { expiresAt: expiresAt.toISOString() },
    });
    await writeSecurityMail(
      tx,
      { userId, kind: "security.resetCodeIssued", params: { time: shanghaiDateTimeText(now) }, link: RESET_PAGE, inbox: true },
      now,
    );
  });
  return { code, expiresAt };
}

/** Spent or expired resets are kept this long (the audit log keeps the story after that). */
const RESET_ROWS_KEPT_MS = 30 * 24 * 3600_000;

/**
 * The job's part (lib/jobs/registry.ts): the outbox's copies of sent reset links are blanked, and
 * reset rows long expired are deleted. Safe on many instances: each statement is idempotent.
 */
export async function sweepPasswordResets(now: Date = new Date()): Promise<{ blanked: number; deleted: number }> {
  return transaction(async (tx) => {
    const blanked = await blankSpentResetMail(tx, now, RESET_TTL_MS.EMAIL);
    const { count } = await tx.passwordReset.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - RESET_ROWS_KEPT_MS) } } });
    return { blanked, deleted: count };
  });
}
