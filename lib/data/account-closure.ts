import "server-only";
// 注销账号 (个人信息保护法第四十七条): the user closes their own account.
//
// At closure (closeAccount), in one transaction:
// - the account is 已注销 (CLOSED, final in lib/state/account.ts): it can no longer sign in (no
//   password matches, and the sign-in lookup skips closed accounts) and every session ends;
// - erased now, because nothing needs them any more: 电子邮箱, 工作单位, 职务, 政治面貌, the
//   password, the second factor and its recovery codes, password resets, the inbox and the mail
//   preferences, the sign-in history and any identity change under review;
// - kept until User.retainUntil (closure + OPENSELECT_RETENTION_YEARS, lib/privacy/settings.ts):
//   the real name and the ID number (encrypted; hash and mask) with the birth date and gender
//   they give, and the phone number — the identity that the signed records (nominations,
//   letters and reports filed under the real name) need for the department's accountability
//   rules (谁推荐谁负责), and which keeps the phone and ID reserved meanwhile. The records
//   themselves stay as they are: a nomination keeps the name it was signed with. The consent
//   history is kept too (with the withdrawal written now): it shows the processing was lawful.
//   Nothing else of the account is processed meanwhile (第四十七条第二款: storage only).
// After retainUntil the job accounts.erase (eraseExpiredAccounts) removes the rest: the real
// name, ID number, birth date and phone are replaced by tombstone values (so the phone and ID number can
// register again), the nominations' signatures read 已注销用户, the consent records and what is
// left of the inbox go. The audit log keeps its entries (masked values only, and its chain
// cannot be rewritten).
//
// Staff: reviewers and administrators may close their own accounts too, but never the last
// administrator (nobody could run the platform's staff accounts after that).
import { db } from "../db/client";
import { transaction } from "../db/tx";
import { appendAudit } from "../audit/log";
import { requireUser, type Actor } from "../auth/actor";
import { verifyPassword } from "../security/password";
import { accountMachine } from "../state/account";
import { retentionYears } from "../privacy/settings";
import type { CloseAccountInput } from "../validation/rights";
import { recordConsent } from "./consent";
import { notify } from "./notify";
import { DomainError, NotFoundError } from "./errors";

/** What a closed account's password hash is: not a hash, so no password ever verifies against it. */
const NO_PASSWORD = "!closed";
/** What stands in for a name after the retention period (nominations' signatures too). */
export const ERASED_NAME = "已注销用户";
/** The tombstone prefix of an erased account's phone and ID hash: unique per account, never a real value. */
const TOMBSTONE = "erased:";

/** The day until which a closure at `at` keeps the signed records' identity. */
export function retainUntilOf(at: Date, years = retentionYears()): Date {
  const d = new Date(at);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d;
}

/** What the closing form tells the user beforehand: the retention period and whether they may close now. */
export async function closureTerms(actor: Actor | null): Promise<{ years: number; refusal: string | null }> {
  const a = requireUser(actor);
  const u = await db().user.findUnique({ where: { id: a.id }, select: { status: true, role: true } });
  if (!u) throw new NotFoundError();
  return { years: retentionYears(), refusal: await closureRefusal(a.id, u.status, u.role) };
}

async function closureRefusal(userId: string, status: string, role: string): Promise<string | null> {
  // A suspended account is under the department's decision: it asks the department instead.
  if (!accountMachine.can(status, "CLOSED")) return status === "SUSPENDED" ? "rights.errors.suspendedClose" : "rights.errors.closed";
  if (role === "ADMIN") {
    const others = await db().user.count({ where: { role: "ADMIN", status: "APPROVED", NOT: { id: userId } } });
    if (others === 0) return "rights.errors.lastAdmin";
  }
  return null;
}

/** The user closes their own account, with their password. */
export async function closeAccount(actor: Actor | null, input: CloseAccountInput, now: Date = new Date()): Promise<{ retainUntil: Date }> {
  const a = requireUser(actor);
  const u = await db().user.findUnique({ where: { id: a.id }, select: { status: true, role: true, passwordHash: true } });
  if (!u) throw new NotFoundError();
  const refusal = await closureRefusal(a.id, u.status, u.role);
  if (refusal) throw new DomainError(refusal);
  if (!(await verifyPassword(u.passwordHash, input.currentPassword)))
    throw new DomainError("errors.invalid", { currentPassword: ["rights.errors.wrongPassword"] });
  const retainUntil = retainUntilOf(now);
  await transaction(async (tx) => {
    const where = { userId: a.id };
    await tx.notification.deleteMany({ where });
    await tx.notificationPreference.deleteMany({ where });
    await tx.signInEvent.deleteMany({ where });
    await tx.passwordReset.deleteMany({ where });
    await tx.recoveryCode.deleteMany({ where });
    await tx.profileChange.deleteMany({ where });
    // Told once, to the address still on file (the mail goes even though the address is erased next).
    await notify(tx, [{ userId: a.id, kind: "account.closed", params: { years: retentionYears() }, link: null }], now);
    const { count } = await tx.user.updateMany({
      where: { id: a.id, status: u.status },
      data: {
        status: "CLOSED",
        closedAt: now,
        retainUntil,
        email: null,
        workUnit: "",
        position: "",
        politicalStatus: "ERASED",
        passwordHash: NO_PASSWORD,
        totpSecret: null,
        totpEnabledAt: null,
        digestHour: null,
        reviewNote: null,
        // Every session of the account ends now.
        sessionVersion: { increment: 1 },
      },
    });
    if (count !== 1) throw new DomainError("errors.account.changedMeanwhile");
    await recordConsent(tx, a.id, "WITHDRAW", now);
    await appendAudit(tx, {
      actor: a,
      action: "account.close",
      entityType: "User",
      entityId: a.id,
      before: { status: u.status },
      after: { status: "CLOSED", retainUntil: retainUntil.toISOString() },
    });
  });
  return { retainUntil };
}

/**
 * The job accounts.erase: closed accounts whose retention period ended lose what was kept.
 * Each account in its own transaction, claimed by a conditional update (status CLOSED, not yet
 * erased), so several instances running the job at once erase each account once.
 */
export async function eraseExpiredAccounts(now: Date = new Date()): Promise<number> {
  const due = await db().user.findMany({
    where: { status: "CLOSED", retainUntil: { lte: now }, NOT: { idHash: { startsWith: TOMBSTONE } } },
    select: { id: true, idMasked: true },
    take: 200,
  });
  let erased = 0;
  for (const u of due) {
    const done = await transaction(async (tx) => {
      const tomb = `${TOMBSTONE}${u.id}`;
      const { count } = await tx.user.updateMany({
        where: { id: u.id, status: "CLOSED", NOT: { idHash: { startsWith: TOMBSTONE } } },
        data: {
          realName: ERASED_NAME,
          idCipher: "",
          idHash: tomb,
          idMasked: "",
          phone: tomb,
          birthDate: new Date(0),
          email: null,
        },
      });
      if (count !== 1) return false;
      await tx.nomination.updateMany({ where: { nominatorId: u.id }, data: { signedName: ERASED_NAME } });
      await tx.consentRecord.deleteMany({ where: { userId: u.id } });
      await tx.notification.deleteMany({ where: { userId: u.id } });
      await appendAudit(tx, {
        actor: null,
        action: "account.erase",
        entityType: "User",
        entityId: u.id,
        before: { idMasked: u.idMasked },
        after: { idMasked: null },
      });
      return true;
    });
    if (done) erased++;
  }
  return erased;
}
