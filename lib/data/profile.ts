import "server-only";
// 更正 (个人信息保护法第四十六条): an approved user corrects their own profile.
// - 工作单位, 职务, 政治面貌, 电子邮箱: changed at once, each change audited (before/after).
// - 手机号码: needs the current password (the phone signs in, so whoever holds an open session
//   must not move the account to their own phone); still unique; audited (masked).
// - 真实姓名, 身份证号码: the account goes back to 待审核 (APPROVED → PENDING). The new values are
//   written to the account at once and the old ones kept in a ProfileChange, so the reviewer
//   checks the new identity exactly as a registration (the full-ID reveal, the duplicate check)
//   with the old values beside it, and the new ID number is reserved from the moment it is
//   claimed. Approval keeps the new values (the change is applied); rejection writes the old
//   ones back and the account is 已通过 again, as it was before the request: a correction the
//   department cannot verify must not cost the user an account that was already verified.
//   Nominations keep the name they were signed with (Nomination.signedName is written once,
//   at submission, and nothing here touches it).
import { db, type Tx } from "../db/client";
import { isUniqueViolation, transaction } from "../db/tx";
import { appendAudit } from "../audit/log";
import { requireApproved, requireStaff, requireUser, type Actor } from "../auth/actor";
import { encryptField, keyedHash } from "../security/crypto";
import { maskIdNumber, parseIdNumber } from "../security/id-number";
import { verifyPassword } from "../security/password";
import { accountMachine } from "../state/account";
import type { ContactDetailsInput, IdentityChangeInput, PhoneChangeInput } from "../validation/rights";
import { notify } from "./notify";
import { reviewTargetDays } from "../env/settings";
import { DomainError, NotFoundError } from "./errors";

/** The identity columns a ProfileChange keeps before and after (the ID encrypted, hashed and masked as on User). */
export interface IdentitySnapshot {
  realName: string;
  idCipher: string;
  idHash: string;
  idMasked: string;
  birthDate: string; // ISO
  gender: string;
}

/** What anyone but the user sees of a snapshot: never the ciphertext or the hash. */
export interface IdentityShown {
  realName: string;
  idMasked: string;
  birthDate: Date;
  gender: string;
}

const CONTACT_FIELDS = ["email", "workUnit", "position", "politicalStatus"] as const;

/** 138****5678: the audit log records that the phone changed, not the numbers in full. */
export const maskPhone = (phone: string) => (phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : "****");

function parseSnapshot(json: string): IdentitySnapshot | null {
  try {
    const v = JSON.parse(json) as Partial<IdentitySnapshot>;
    return typeof v?.realName === "string" && typeof v.idHash === "string" ? (v as IdentitySnapshot) : null;
  } catch {
    return null;
  }
}

const shown = (s: IdentitySnapshot): IdentityShown => ({
  realName: s.realName,
  idMasked: s.idMasked,
  birthDate: new Date(s.birthDate),
  gender: s.gender,
});

/** The caller's pending identity change, if any (the account page says it is under review). */
export async function ownPendingChange(actor: Actor | null): Promise<{ before: IdentityShown; after: IdentityShown; at: Date } | null> {
  return pendingChangeOf(requireUser(actor).id);
}

async function pendingChangeOf(userId: string) {
  const c = await db().profileChange.findFirst({
    where: { userId, status: "PENDING" },
    orderBy: { createdAt: "desc" },
    select: { before: true, after: true, createdAt: true },
  });
  const before = c && parseSnapshot(c.before);
  const after = c && parseSnapshot(c.after);
  return c && before && after ? { before: shown(before), after: shown(after), at: c.createdAt } : null;
}

/** Whether the account has a correction of name or ID number under review (then the resubmission form is closed). */
export async function hasPendingIdentityChange(userId: string): Promise<boolean> {
  return (await db().profileChange.count({ where: { userId, status: "PENDING" } })) > 0;
}

/** For the registration review: the account's pending identity change with the old and new values (masked). */
export async function pendingChangeForReview(actor: Actor | null, userId: string) {
  requireStaff(actor);
  return pendingChangeOf(userId);
}

/** 工作单位, 职务, 政治面貌, 电子邮箱, changed at once; only the fields that changed are recorded. */
export async function updateContactDetails(actor: Actor | null, input: ContactDetailsInput): Promise<{ changed: number }> {
  const a = requireApproved(actor);
  return transaction(async (tx) => {
    const current = await tx.user.findUnique({
      where: { id: a.id },
      select: { email: true, workUnit: true, position: true, politicalStatus: true },
    });
    if (!current) throw new NotFoundError();
    const next = { email: input.email ?? null, workUnit: input.workUnit, position: input.position, politicalStatus: input.politicalStatus };
    const before: Record<string, string | null> = {};
    const after: Record<string, string | null> = {};
    for (const f of CONTACT_FIELDS) {
      if (current[f] !== next[f]) {
        before[f] = current[f];
        after[f] = next[f];
      }
    }
    const changed = Object.keys(after).length;
    if (changed === 0) return { changed };
    await tx.user.update({ where: { id: a.id }, data: after });
    await appendAudit(tx, { actor: a, action: "profile.update", entityType: "User", entityId: a.id, before, after });
    return { changed };
  });
}

/** A new phone number: the current password first; the number must not belong to another account. */
export async function changePhone(actor: Actor | null, input: PhoneChangeInput): Promise<void> {
  const a = requireApproved(actor);
  const user = await db().user.findUnique({ where: { id: a.id }, select: { phone: true, passwordHash: true } });
  if (!user) throw new NotFoundError();
  if (!(await verifyPassword(user.passwordHash, input.currentPassword)))
    throw new DomainError("errors.invalid", { currentPassword: ["rights.errors.wrongPassword"] });
  if (user.phone === input.phone) return;
  const taken = await db().user.findFirst({ where: { phone: input.phone, NOT: { id: a.id } }, select: { id: true } });
  if (taken) throw new DomainError("errors.invalid", { phone: ["errors.phoneTaken"] });
  try {
    await transaction(async (tx) => {
      await tx.user.update({ where: { id: a.id }, data: { phone: input.phone } });
      await appendAudit(tx, {
        actor: a,
        action: "profile.phone",
        entityType: "User",
        entityId: a.id,
        before: { phone: maskPhone(user.phone) },
        after: { phone: maskPhone(input.phone) },
      });
    });
  } catch (e) {
    if (isUniqueViolation(e, "phone")) throw new DomainError("errors.invalid", { phone: ["errors.phoneTaken"] });
    throw e;
  }
}

function snapshotOf(realName: string, idNumber: string): IdentitySnapshot {
  const parsed = parseIdNumber(idNumber);
  if (!parsed.ok) throw new DomainError("errors.invalid", { idNumber: [`errors.idNumber.${parsed.error}`] });
  return {
    realName,
    idCipher: encryptField(parsed.value),
    idHash: keyedHash(parsed.value),
    idMasked: maskIdNumber(parsed.value),
    birthDate: parsed.birthDate.toISOString(),
    gender: parsed.gender,
  };
}

const identityColumns = (s: IdentitySnapshot) => ({
  realName: s.realName,
  idCipher: s.idCipher,
  idHash: s.idHash,
  idMasked: s.idMasked,
  birthDate: new Date(s.birthDate),
  gender: s.gender,
});

/**
 * A new real name and/or ID number: the account goes back to 待审核 with the old values kept
 * beside the new ones for the reviewer. Refused while a change is already under review, and
 * when nothing changed.
 */
export async function requestIdentityChange(actor: Actor | null, input: IdentityChangeInput): Promise<void> {
  const a = requireApproved(actor);
  const after = snapshotOf(input.realName, input.idNumber);
  try {
    await transaction(async (tx) => {
      const u = await tx.user.findUnique({
        where: { id: a.id },
        select: { status: true, role: true, realName: true, idCipher: true, idHash: true, idMasked: true, birthDate: true, gender: true },
      });
      if (!u) throw new NotFoundError();
      if (u.status !== "APPROVED") throw new DomainError("rights.errors.notApproved");
      // Staff accounts keep their console while corrected: an administrator corrects them.
      if (u.role !== "NOMINATOR") throw new DomainError("rights.errors.staffIdentity");
      if (u.realName === after.realName && u.idHash === after.idHash) throw new DomainError("rights.errors.identityUnchanged");
      if (after.idHash !== u.idHash) {
        const clash = await tx.user.findFirst({ where: { idHash: after.idHash }, select: { id: true } });
        if (clash) throw new DomainError("errors.invalid", { idNumber: ["errors.idNumber.taken"] });
      }
      const before: IdentitySnapshot = {
        realName: u.realName,
        idCipher: u.idCipher,
        idHash: u.idHash,
        idMasked: u.idMasked,
        birthDate: u.birthDate.toISOString(),
        gender: u.gender,
      };
      accountMachine.assertTransition(u.status, "PENDING");
      // Conditional: a suspension or another change made in between is not overwritten.
      const { count } = await tx.user.updateMany({
        where: { id: a.id, status: "APPROVED" },
        data: { ...identityColumns(after), status: "PENDING", reviewNote: null },
      });
      if (count !== 1) throw new DomainError("errors.account.changedMeanwhile");
      await tx.profileChange.create({ data: { userId: a.id, before: JSON.stringify(before), after: JSON.stringify(after) } });
      await appendAudit(tx, {
        actor: a,
        action: "profile.identityChange",
        entityType: "User",
        entityId: a.id,
        before: { status: "APPROVED", realName: before.realName, idMasked: before.idMasked },
        after: { status: "PENDING", realName: after.realName, idMasked: after.idMasked },
      });
      await notify(tx, [{ userId: a.id, kind: "profile.changeReceived", params: { days: reviewTargetDays() }, link: "/account" }]);
    });
  } catch (e) {
    if (isUniqueViolation(e, "idHash")) throw new DomainError("errors.invalid", { idNumber: ["errors.idNumber.taken"] });
    throw e;
  }
}

/**
 * The reviewer's decision on an account under review, when what is under review is an identity
 * change (called by lib/data/accounts.ts changeStatus, inside its transaction, after its own
 * permission check). Returns false when the account has no pending change: then it is an
 * ordinary registration and changeStatus goes on as before.
 * - approve: the new values stay; the account is 已通过 again.
 * - reject: the old values are written back; the account is 已通过 again, with the reason.
 * Both are audited and the user is told.
 */
export async function decideIdentityChange(
  tx: Tx,
  actor: Actor,
  userId: string,
  move: "approve" | "reject",
  note: string | null,
  now: Date = new Date(),
): Promise<boolean> {
  const change = await tx.profileChange.findFirst({
    where: { userId, status: "PENDING" },
    orderBy: { createdAt: "desc" },
    select: { id: true, before: true, after: true },
  });
  if (!change) return false;
  const user = await tx.user.findUnique({ where: { id: userId }, select: { status: true } });
  if (user?.status !== "PENDING") return false;
  const before = parseSnapshot(change.before);
  const after = parseSnapshot(change.after);
  if (!before || !after) return false;
  accountMachine.assertTransition("PENDING", "APPROVED");
  const restore = move === "reject" ? identityColumns(before) : {};
  if (move === "reject" && before.idHash !== after.idHash) {
    // The old ID number was free while the new one was claimed; should someone have registered
    // with it meanwhile, the old values cannot come back: the reviewer is told, nothing changes.
    const clash = await tx.user.findFirst({ where: { idHash: before.idHash, NOT: { id: userId } }, select: { id: true } });
    if (clash) throw new DomainError("rights.errors.oldIdTaken");
  }
  const { count } = await tx.user.updateMany({
    where: { id: userId, status: "PENDING" },
    data: { ...restore, status: "APPROVED", reviewNote: note, reviewedAt: now, reviewedById: actor.id },
  });
  if (count !== 1) throw new DomainError("errors.account.changedMeanwhile");
  await tx.profileChange.update({
    where: { id: change.id },
    data: { status: move === "approve" ? "APPROVED" : "REJECTED", reviewNote: note, decidedAt: now, decidedById: actor.id },
  });
  const kept = move === "approve" ? after : before;
  await appendAudit(tx, {
    actor,
    action: move === "approve" ? "profile.identityApprove" : "profile.identityReject",
    entityType: "User",
    entityId: userId,
    before: { status: "PENDING", realName: after.realName, idMasked: after.idMasked },
    after: { status: "APPROVED", realName: kept.realName, idMasked: kept.idMasked, note },
  });
  await notify(tx, [
    {
      userId,
      kind: move === "approve" ? "profile.changeApproved" : "profile.changeRejected",
      params: note ? { reason: note } : {},
      link: "/account",
    },
  ]);
  return true;
}
