import "server-only";
// The administrator's staff page: the staff list with each member's last sign-in, and the
// three things done to a staff account — disable (suspend), restore, reset the password.
// Administrators only, never on one's own account, each in one transaction with its audit
// entry. Disabling and resetting end every session of the account (sessionVersion).
import { randomInt } from "node:crypto";
import { db } from "../db/client";
import { transaction } from "../db/tx";
import { appendAudit } from "./audit-log";
import { notify } from "./notify";
import { requireAdmin, type Actor } from "../auth/actor";
import { hashPassword } from "../security/password";
import { passwordProblem } from "../security/password-policy";
import { accountMachine, otherStaffRole } from "../state/account";
import { DomainError, NotFoundError } from "./errors";

const STAFF_ROLES = ["REVIEWER", "ADMIN"];

/** Staff accounts with what the administrator may do with each (the writes below apply the same rules). */
export async function listStaffMembers(actor: Actor | null) {
  const a = requireAdmin(actor);
  const rows = await db().user.findMany({
    where: { role: { in: STAFF_ROLES } },
    select: {
      id: true,
      realName: true,
      role: true,
      status: true,
      workUnit: true,
      position: true,
      phone: true,
      lastLoginAt: true,
      reviewNote: true,
    },
    orderBy: [{ role: "desc" }, { createdAt: "asc" }],
  });
  return rows.map((s) => {
    const self = s.id === a.id;
    return {
      ...s,
      self,
      can: {
        suspend: !self && s.status === "APPROVED",
        restore: !self && s.status === "SUSPENDED",
        resetPassword: !self && s.status !== "REJECTED",
      },
      roleChangeTo: self ? null : otherStaffRole(s.role),
    };
  });
}

/** The staff account `id`, refused when it is the administrator's own or not a staff account. */
async function staffTarget(tx: Parameters<Parameters<typeof transaction>[0]>[0], a: Actor, id: string) {
  if (id === a.id) throw new DomainError("errors.account.notSelf");
  const user = await tx.user.findUnique({ where: { id }, select: { id: true, role: true, status: true, realName: true, phone: true } });
  if (!user || !STAFF_ROLES.includes(user.role)) throw new NotFoundError();
  return user;
}

async function moveStaff(actor: Actor | null, id: string, to: "SUSPENDED" | "APPROVED", reason: string | null) {
  const a = requireAdmin(actor);
  await transaction(async (tx) => {
    const user = await staffTarget(tx, a, id);
    const from = to === "SUSPENDED" ? "APPROVED" : "SUSPENDED";
    if (user.status !== from || !accountMachine.can(user.status, to)) throw new DomainError("errors.account.badTransition");
    const { count } = await tx.user.updateMany({
      where: { id, status: from },
      data: {
        status: to,
        reviewNote: reason,
        reviewedAt: new Date(),
        reviewedById: a.id,
        // Disabling ends every session at once (the session's version is checked on each request).
        ...(to === "SUSPENDED" ? { sessionVersion: { increment: 1 } } : {}),
      },
    });
    if (count !== 1) throw new DomainError("errors.account.changedMeanwhile");
    await appendAudit(tx, {
      actor: a,
      action: to === "SUSPENDED" ? "staff.suspend" : "staff.restore",
      entityType: "User",
      entityId: id,
      before: { status: from },
      after: { status: to, ...(reason ? { reason } : {}) },
    });
    await notify(tx, [
      {
        userId: id,
        kind: to === "SUSPENDED" ? "account.suspended" : "account.restored",
        params: reason ? { reason } : {},
        link: "/account",
      },
    ]);
  });
}

/** Disables a staff member's account, with a reason they are told; their sessions end. */
export async function suspendStaff(actor: Actor | null, id: string, reason: string): Promise<void> {
  requireAdmin(actor);
  if (!reason.trim()) throw new DomainError("errors.invalid", { reason: ["errors.required"] });
  await moveStaff(actor, id, "SUSPENDED", reason.trim());
}

export async function restoreStaff(actor: Actor | null, id: string): Promise<void> {
  await moveStaff(actor, id, "APPROVED", null);
}

// Letters and digits that cannot be mistaken for one another when read out on the phone.
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

/** A temporary password: three groups of four, e.g. "Km7q-Xp2w-9tRb" (≈ 69 bits). */
export function temporaryPassword(): string {
  const group = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return `${group()}-${group()}-${group()}`;
}

/**
 * Sets a staff member's password to `typed` (checked by the password policy) or to a generated
 * one, and ends their sessions. Returns the temporary password, which the page shows once; it
 * is stored only as a hash and never written to the log.
 */
export async function resetStaffPassword(actor: Actor | null, id: string, typed?: string | null): Promise<{ password: string }> {
  const a = requireAdmin(actor);
  // Read out in person or on the phone: visible ASCII only (no spaces, control, invisible or
  // look-alike characters that nobody could type back).
  if (typed?.trim() && !/^[\x21-\x7E]+$/.test(typed))
    throw new DomainError("errors.invalid", { password: ["staffAdmin.tempPasswordChars"] });
  const password = typed?.trim() ? typed : temporaryPassword();
  const target = await db().user.findUnique({ where: { id }, select: { phone: true } });
  const problem = passwordProblem(password, target ? [target.phone] : []);
  if (problem) throw new DomainError("errors.invalid", { password: [`errors.password.${problem}`] });
  const passwordHash = await hashPassword(password);
  await transaction(async (tx) => {
    const user = await staffTarget(tx, a, id);
    if (user.status === "REJECTED") throw new DomainError("errors.account.badTransition");
    await tx.user.update({ where: { id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await appendAudit(tx, {
      actor: a,
      action: "staff.resetPassword",
      entityType: "User",
      entityId: id,
      after: { generated: !typed?.trim() },
    });
  });
  return { password };
}
