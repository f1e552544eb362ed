import "server-only";
import { notify, type NotifyEvent } from "./notify";
import { decideIdentityChange, hasPendingIdentityChange } from "./profile";
import { recordConsent } from "./consent";
import { reviewTargetDays } from "../env/settings";
import type { NotificationKind } from "../notifications/kinds";
import { db, type Tx } from "../db/client";
import { isUniqueViolation, transaction } from "../db/tx";
import { appendAudit } from "../audit/log";
import { AuthzError, requireAdmin, requireStaff, requireUser, type Actor } from "../auth/actor";
import { decryptField, encryptField, keyedHash } from "../security/crypto";
import { maskIdNumber, parseIdNumber } from "../security/id-number";
import { hashPassword } from "../security/password";
import {
  accountMachine,
  accountMoveFlags,
  accountMoveRefusal,
  accountMoveTarget,
  canResubmitProfile,
  mayRevealIdNumber,
  otherStaffRole,
  type AccountMove,
  type AccountStatus,
  type Role,
} from "../state/account";
import type { ProfileInput, RegistrationInput, StaffInput } from "../validation/account";
import { DomainError, NotFoundError } from "./errors";
import { pageWindow, paged } from "./paging";
import { rateKeys, registerPerAddress, takeSlot } from "./rate-limits";

const PAGE_SIZE = 20;
const AUDIT_PAGE_SIZE = 50;

// What staff screens and audit entries may show: never the ciphertext or the password hash.
const publicFields = {
  id: true,
  realName: true,
  idMasked: true,
  gender: true,
  birthDate: true,
  phone: true,
  email: true,
  workUnit: true,
  position: true,
  politicalStatus: true,
  role: true,
  status: true,
  reviewNote: true,
  reviewedAt: true,
  createdAt: true,
  updatedAt: true,
} as const;

function identityFields(idNumber: string) {
  const parsed = parseIdNumber(idNumber);
  if (!parsed.ok) throw new DomainError("errors.invalid", { idNumber: [`errors.idNumber.${parsed.error}`] });
  return {
    idCipher: encryptField(parsed.value),
    idHash: keyedHash(parsed.value),
    idMasked: maskIdNumber(parsed.value),
    birthDate: parsed.birthDate,
    gender: parsed.gender,
  };
}

/** Maps a unique violation on phone / ID to the field error the form shows. */
function duplicateError(e: unknown): DomainError | null {
  if (isUniqueViolation(e, "idHash")) return new DomainError("errors.invalid", { idNumber: ["errors.idNumber.taken"] });
  if (isUniqueViolation(e, "phone")) return new DomainError("errors.invalid", { phone: ["errors.phoneTaken"] });
  return null;
}

async function ensureUnique(idHash: string, phone: string, exceptId?: string) {
  const clash = await db().user.findMany({
    where: { OR: [{ idHash }, { phone }], ...(exceptId ? { NOT: { id: exceptId } } : {}) },
    select: { idHash: true, phone: true },
  });
  const errors: Record<string, string[]> = {};
  if (clash.some((u) => u.idHash === idHash)) errors.idNumber = ["errors.idNumber.taken"];
  if (clash.some((u) => u.phone === phone)) errors.phone = ["errors.phoneTaken"];
  if (Object.keys(errors).length) throw new DomainError("errors.invalid", errors);
}

/** 实名注册申请已收到, saying how many working days review takes (the setting). */
const receivedNotice = (userId: string): NotifyEvent => ({
  userId,
  kind: "account.received",
  params: { days: reviewTargetDays() },
  link: "/account",
});

export interface RegisterContext {
  /** The client's address (lib/http/client-address.ts); registrations from it are limited per hour. */
  address?: string | null;
  /** The time of the request (tests inject it). */
  now?: Date;
}

/**
 * A visitor registers under their real name; the account starts 待审核. With an address, the
 * attempt first takes a slot of that address's hourly limit, in a transaction of its own: every
 * attempt that gets as far as the duplicate check counts, so whether a phone or ID number is
 * registered can be told to users but not probed without limit.
 */
export async function registerUser(input: RegistrationInput, ctx: RegisterContext = {}): Promise<{ id: string }> {
  const identity = identityFields(input.idNumber);
  const address = ctx.address?.trim();
  if (address) await transaction((tx) => takeSlot(tx, rateKeys.registerAddress(address), registerPerAddress(), ctx.now));
  await ensureUnique(identity.idHash, input.phone);
  const passwordHash = await hashPassword(input.password);
  try {
    return await transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          ...identity,
          realName: input.realName,
          phone: input.phone,
          email: input.email ?? null,
          workUnit: input.workUnit,
          position: input.position,
          politicalStatus: input.politicalStatus,
          passwordHash,
          role: "NOMINATOR",
          status: "PENDING",
          consentAt: new Date(),
        },
        select: { id: true, realName: true },
      });
      // The registration form's consent box: agreement to the statement in force, recorded with its version.
      await recordConsent(tx, user.id, "AGREE");
      await appendAudit(tx, {
        actor: { id: user.id, realName: user.realName },
        action: "account.register",
        entityType: "User",
        entityId: user.id,
        after: { status: "PENDING", idMasked: identity.idMasked, workUnit: input.workUnit },
      });
      await notify(tx, [receivedNotice(user.id)]);
      return { id: user.id };
    });
  } catch (e) {
    throw duplicateError(e) ?? e;
  }
}

/** One's own profile, and whether it may be corrected and resubmitted now (resubmitProfile's rule). */
export async function getOwnProfile(actor: Actor | null) {
  const a = requireUser(actor);
  const [user, change] = await Promise.all([
    db().user.findUnique({ where: { id: a.id }, select: publicFields }),
    hasPendingIdentityChange(a.id),
  ]);
  if (!user) throw new NotFoundError();
  // An approved account's correction under review is decided as it was sent (lib/data/profile.ts).
  return { ...user, canEdit: canResubmitProfile(user.status) && !change };
}

/** A pending or rejected user corrects their profile; a rejected one goes back to 待审核. */
export async function resubmitProfile(actor: Actor | null, input: ProfileInput) {
  const a = requireUser(actor);
  const current = await db().user.findUnique({ where: { id: a.id }, select: { ...publicFields } });
  if (!current) throw new NotFoundError();
  if (!canResubmitProfile(current.status) || (await hasPendingIdentityChange(a.id))) throw new DomainError("errors.account.notEditable");
  const identity = identityFields(input.idNumber);
  await ensureUnique(identity.idHash, input.phone, a.id);
  const nextStatus: AccountStatus = "PENDING";
  if (current.status === "REJECTED") accountMachine.assertTransition(current.status, nextStatus);
  try {
    await transaction(async (tx) => {
      // Conditional update: a reviewer's decision made in between is not overwritten.
      const { count } = await tx.user.updateMany({
        where: { id: a.id, status: current.status },
        data: {
          ...identity,
          realName: input.realName,
          phone: input.phone,
          email: input.email ?? null,
          workUnit: input.workUnit,
          position: input.position,
          politicalStatus: input.politicalStatus,
          status: nextStatus,
        },
      });
      if (count !== 1) throw new DomainError("errors.account.changedMeanwhile");
      await appendAudit(tx, {
        actor: a,
        action: "account.resubmit",
        entityType: "User",
        entityId: a.id,
        before: { status: current.status, realName: current.realName, workUnit: current.workUnit, idMasked: current.idMasked },
        after: { status: nextStatus, realName: input.realName, workUnit: input.workUnit, idMasked: identity.idMasked },
      });
      // Submitted again: told again, with the review target (the email may be new, too).
      await notify(tx, [receivedNotice(a.id)]);
    });
  } catch (e) {
    throw duplicateError(e) ?? e;
  }
}

// ——— Reviewer console ———

export interface RegistrationQuery {
  status?: string;
  q?: string;
  page?: number;
}

/** Registrations, each with whether this staff member may approve it (the bulk form's checkbox). */
export async function listRegistrations(actor: Actor | null, query: RegistrationQuery) {
  const a = requireStaff(actor);
  const w = pageWindow(query.page, PAGE_SIZE);
  const q = query.q?.trim();
  const where = {
    role: "NOMINATOR",
    ...(query.status && accountMachine.isState(query.status) ? { status: query.status } : {}),
    ...(q ? { OR: [{ realName: { contains: q } }, { workUnit: { contains: q } }] } : {}),
  };
  const [total, rows] = await Promise.all([
    db().user.count({ where }),
    db().user.findMany({ where, select: publicFields, orderBy: { createdAt: "desc" }, skip: w.skip, take: w.take }),
  ]);
  return paged(
    rows.map((u) => ({ ...u, canApprove: accountMoveRefusal(a, u, "approve") === null })),
    total,
    w,
  );
}

export async function pendingCount(actor: Actor | null): Promise<number> {
  requireStaff(actor);
  return db().user.count({ where: { status: "PENDING" } });
}

/** One account for the console, with what this staff member may do with it (the writes' own rules). */
export async function getAccount(actor: Actor | null, id: string) {
  const a = requireStaff(actor);
  const user = await db().user.findUnique({ where: { id }, select: publicFields });
  if (!user) throw new NotFoundError();
  return { ...user, can: { ...accountMoveFlags(a, user), revealId: mayRevealIdNumber(a, user) } };
}

/**
 * Reveals a full ID number to staff; the reveal itself is audited. A staff member's (reviewer's
 * or administrator's) ID only to an administrator: a refused attempt is audited and refused.
 */
export async function revealIdNumber(actor: Actor | null, id: string): Promise<string> {
  const a = requireStaff(actor);
  const user = await db().user.findUnique({ where: { id }, select: { idCipher: true, idMasked: true, role: true } });
  if (!user) throw new NotFoundError();
  // Fails closed: any role but 推荐人 (a role added later included) counts as staff here.
  if (!mayRevealIdNumber(a, user)) {
    await transaction((tx) =>
      appendAudit(tx, { actor: a, action: "account.revealId.refused", entityType: "User", entityId: id, after: { role: user.role } }),
    );
    throw new AuthzError("forbidden");
  }
  await transaction((tx) =>
    appendAudit(tx, { actor: a, action: "account.revealId", entityType: "User", entityId: id, after: { idMasked: user.idMasked } }),
  );
  return decryptField(user.idCipher);
}

const MOVE_REFUSALS = {
  forbidden: "errors.auth.forbidden",
  notSelf: "errors.account.notSelf",
  badTransition: "errors.account.badTransition",
} as const;

const ACCOUNT_NOTICE = {
  approve: "account.approved",
  reject: "account.rejected",
  suspend: "account.suspended",
  restore: "account.restored",
} as const satisfies Record<AccountMove, NotificationKind>;

async function changeStatus(tx: Tx, actor: Actor, id: string, move: AccountMove, action: string, note: string | null) {
  const user = await tx.user.findUnique({ where: { id }, select: { status: true, role: true, realName: true } });
  if (!user) throw new NotFoundError();
  const refusal = accountMoveRefusal(actor, { id, ...user }, move);
  if (refusal) throw new DomainError(MOVE_REFUSALS[refusal]);
  // An approved user's change of name or ID number under review: approval keeps the new values,
  // rejection restores the old ones and the account is 已通过 again (lib/data/profile.ts).
  if ((move === "approve" || move === "reject") && (await decideIdentityChange(tx, actor, id, move, note))) return;
  const to = accountMoveTarget(move);
  const { count } = await tx.user.updateMany({
    where: { id, status: user.status },
    // Suspension ends every session of the account at once; other decisions show on the user's
    // next page anyway (the session's status is read afresh on every request).
    data: {
      status: to,
      reviewNote: note,
      reviewedAt: new Date(),
      reviewedById: actor.id,
      ...(move === "suspend" ? { sessionVersion: { increment: 1 } } : {}),
    },
  });
  if (count !== 1) throw new DomainError("errors.account.changedMeanwhile");
  await appendAudit(tx, {
    actor,
    action,
    entityType: "User",
    entityId: id,
    before: { status: user.status },
    after: { status: to, note },
  });
  await notify(tx, [{ userId: id, kind: ACCOUNT_NOTICE[move], params: note ? { reason: note } : {}, link: "/account" }]);
}

export async function approveUser(actor: Actor | null, id: string) {
  const a = requireStaff(actor);
  await transaction((tx) => changeStatus(tx, a, id, "approve", "account.approve", null));
}

export async function rejectUser(actor: Actor | null, id: string, reason: string) {
  const a = requireStaff(actor);
  if (!reason.trim()) throw new DomainError("errors.invalid", { reason: ["errors.required"] });
  await transaction((tx) => changeStatus(tx, a, id, "reject", "account.reject", reason.trim()));
}

/** Approves every listed pending account; returns how many changed (others are skipped). */
export async function bulkApprove(actor: Actor | null, ids: string[]): Promise<number> {
  const a = requireStaff(actor);
  if (ids.length === 0) throw new DomainError("admin.errors.noneSelected");
  let approved = 0;
  for (const id of ids.slice(0, 200)) {
    try {
      await transaction((tx) => changeStatus(tx, a, id, "approve", "account.approve", null));
      approved++;
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
    }
  }
  return approved;
}

/**
 * Sends back every listed pending registration with one reason (the console queue's 批量退回);
 * each applicant is told once, with the reason. Returns how many changed (others are skipped:
 * decided meanwhile, or not the reader's to decide).
 */
export async function bulkReject(actor: Actor | null, ids: string[], reason: string): Promise<number> {
  const a = requireStaff(actor);
  const note = reason.trim();
  if (!note) throw new DomainError("errors.invalid", { reason: ["errors.required"] });
  if (ids.length === 0) throw new DomainError("consoleQueue.errors.noneSelected");
  let rejected = 0;
  for (const id of [...new Set(ids)].slice(0, 200)) {
    try {
      await transaction((tx) => changeStatus(tx, a, id, "reject", "account.reject", note));
      rejected++;
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
    }
  }
  return rejected;
}

/** Suspends an approved account. Reviewers may suspend nominators; only admins staff. */
export async function suspendUser(actor: Actor | null, id: string, reason: string) {
  const a = requireStaff(actor);
  if (!reason.trim()) throw new DomainError("errors.invalid", { reason: ["errors.required"] });
  await transaction((tx) => changeStatus(tx, a, id, "suspend", "account.suspend", reason.trim()));
}

export async function restoreUser(actor: Actor | null, id: string) {
  const a = requireStaff(actor);
  await transaction((tx) => changeStatus(tx, a, id, "restore", "account.restore", null));
}

// ——— Administrator only ———

/** Staff accounts, each with the role the list's button switches it to (never one's own: changeRole refuses that). */
export async function listStaff(actor: Actor | null) {
  const a = requireAdmin(actor);
  const rows = await db().user.findMany({
    where: { role: { in: ["REVIEWER", "ADMIN"] } },
    select: publicFields,
    orderBy: { createdAt: "asc" },
  });
  return rows.map((s) => ({ ...s, roleChangeTo: s.id === a.id ? null : otherStaffRole(s.role) }));
}

export async function createStaff(actor: Actor | null, input: StaffInput): Promise<{ id: string }> {
  const a = requireAdmin(actor);
  const identity = identityFields(input.idNumber);
  await ensureUnique(identity.idHash, input.phone);
  const passwordHash = await hashPassword(input.password);
  try {
    return await transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          ...identity,
          realName: input.realName,
          phone: input.phone,
          workUnit: input.workUnit,
          position: input.position,
          politicalStatus: "MASSES",
          passwordHash,
          role: input.role,
          status: "APPROVED",
          reviewedAt: new Date(),
          reviewedById: a.id,
          consentAt: new Date(),
        },
        select: { id: true },
      });
      await appendAudit(tx, {
        actor: a,
        action: "staff.create",
        entityType: "User",
        entityId: user.id,
        after: { role: input.role, realName: input.realName, idMasked: identity.idMasked },
      });
      return user;
    });
  } catch (e) {
    throw duplicateError(e) ?? e;
  }
}

export async function changeRole(actor: Actor | null, id: string, role: Role) {
  const a = requireAdmin(actor);
  if (id === a.id) throw new DomainError("errors.account.notSelf");
  await transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id }, select: { role: true, status: true } });
    if (!user) throw new NotFoundError();
    if (user.role === role) return;
    await tx.user.update({ where: { id }, data: { role, sessionVersion: { increment: 1 } } });
    await appendAudit(tx, {
      actor: a,
      action: "staff.changeRole",
      entityType: "User",
      entityId: id,
      before: { role: user.role },
      after: { role },
    });
  });
}

// ——— Audit log ———

export async function listAudit(actor: Actor | null, page = 1) {
  requireStaff(actor);
  const w = pageWindow(page, AUDIT_PAGE_SIZE);
  const [total, rows] = await Promise.all([
    db().auditLog.count(),
    db().auditLog.findMany({ orderBy: { id: "desc" }, skip: w.skip, take: w.take }),
  ]);
  return paged(rows, total, w);
}
