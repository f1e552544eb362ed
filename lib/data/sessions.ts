import "server-only";
// A person's own sessions and password: the sign-in history (SignInEvent: time, address, browser),
// 退出所有设备, and 修改密码. Sessions are JWTs that carry the account's sessionVersion at the time
// they were issued (lib/auth/options.ts); raising the version ends every one of them at their
// next request. Each person sees and ends only their own.
import { db, type Tx } from "../db/client";
import { transaction } from "../db/tx";
import { appendAudit } from "../audit/log";
import { requireUser, type Actor } from "../auth/actor";
import { shanghaiDateTimeText } from "../calendar/dates";
import { decryptField } from "../security/crypto";
import { hashPassword, verifyPassword } from "../security/password";
import { passwordProblem } from "../security/password-policy";
import { describeUserAgent, USER_AGENT_MAX, type DeviceWords } from "../security/user-agent";
import { DomainError } from "./errors";
import { passwordChangesPerAccount, rateKeys, takeSlot } from "./rate-limits";
import { writeSecurityMail } from "./security-mail";

/** Sign-ins kept per person: the newest this many (older ones go as new ones are written). */
export const SIGN_INS_KEPT = 50;
/** Sign-ins shown on the account's security page. */
export const SIGN_INS_SHOWN = 20;

/**
 * Records a successful sign-in in the sign-in's own transaction (lib/data/sign-in.ts recordSignIn)
 * and trims the person's history to the newest SIGN_INS_KEPT.
 */
export async function recordSignInEvent(
  tx: Tx,
  e: { userId: string; at: Date; address: string; userAgent?: string | null },
): Promise<void> {
  const userAgent = (e.userAgent ?? "").slice(0, USER_AGENT_MAX) || null;
  await tx.signInEvent.create({ data: { userId: e.userId, at: e.at, address: e.address, userAgent }, select: { id: true } });
  const cut = await tx.signInEvent.findMany({
    where: { userId: e.userId },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    skip: SIGN_INS_KEPT,
    take: 1,
    select: { at: true },
  });
  if (cut[0]) await tx.signInEvent.deleteMany({ where: { userId: e.userId, at: { lte: cut[0].at } } });
}

export interface SignInRow extends DeviceWords {
  id: string;
  at: Date;
  /** The client address, or null when it could not be told ("unknown"). */
  address: string | null;
}

/** The caller's own recent sign-ins, newest first. */
export async function listOwnSignIns(actor: Actor | null, take: number = SIGN_INS_SHOWN): Promise<SignInRow[]> {
  const a = requireUser(actor);
  const rows = await db().signInEvent.findMany({
    where: { userId: a.id },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take,
    select: { id: true, at: true, address: true, userAgent: true },
  });
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    address: r.address && r.address !== "unknown" ? r.address : null,
    ...describeUserAgent(r.userAgent),
  }));
}

/** 退出所有设备: every session of the caller ends, this one included (audited). */
export async function signOutEverywhere(actor: Actor | null): Promise<void> {
  const a = requireUser(actor);
  await transaction(async (tx) => {
    await tx.user.update({ where: { id: a.id }, data: { sessionVersion: { increment: 1 } } });
    await appendAudit(tx, { actor: a, action: "auth.signOutEverywhere", entityType: "User", entityId: a.id });
  });
}

/**
 * 修改密码 with the current one. Every other session ends (the version is raised); the caller's
 * own session is re-issued under the new version by the action (lib/auth/reissue-session.ts),
 * which is why the new version is returned. Tries are limited per account (the current password
 * is checked each time). Audited; the person is told (inbox and mail, always).
 */
export async function changeOwnPassword(
  actor: Actor | null,
  input: { currentPassword: string; password: string },
  now: Date = new Date(),
): Promise<{ sessionVersion: number }> {
  const a = requireUser(actor);
  await transaction((tx) => takeSlot(tx, rateKeys.passwordChange(a.id), passwordChangesPerAccount(), now));
  const user = await db().user.findUnique({ where: { id: a.id }, select: { passwordHash: true, phone: true, idCipher: true } });
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new DomainError("errors.invalid", { currentPassword: ["accountSecurity.errors.wrongPassword"] });
  }
  let idNumber = "";
  try {
    idNumber = decryptField(user.idCipher);
  } catch {
    // Only the phone is compared when the ID cannot be read.
  }
  const problem = passwordProblem(input.password, [user.phone, idNumber]);
  if (problem) throw new DomainError("errors.invalid", { password: [`errors.password.${problem}`] });
  if (input.password === input.currentPassword)
    throw new DomainError("errors.invalid", { password: ["accountSecurity.errors.samePassword"] });
  const passwordHash = await hashPassword(input.password);
  return transaction(async (tx) => {
    const updated = await tx.user.update({
      where: { id: a.id },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    });
    await appendAudit(tx, { actor: a, action: "auth.passwordChanged", entityType: "User", entityId: a.id });
    await writeSecurityMail(
      tx,
      {
        userId: a.id,
        kind: "security.passwordChanged",
        params: { time: shanghaiDateTimeText(now), how: "CHANGE" },
        link: "/account/security",
        inbox: true,
      },
      now,
    );
    return { sessionVersion: updated.sessionVersion };
  });
}
