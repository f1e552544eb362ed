import "server-only";
// The database side of signing in and out (lib/auth/login.ts decides; this reads and writes):
// the account looked up by phone or ID, the failure counters that every instance shares
// (LoginFailure), the session version that ends sessions, and the audit entries.
import { cache } from "react";
import { appendAudit } from "../audit/log";
import { db } from "../db/client";
import { transaction } from "../db/tx";
import { recordSignInEvent } from "./sessions";
import type { AccountStatus, Role } from "../state/account";
import type { Actor } from "../auth/actor";

export interface SignInAccount {
  id: string;
  realName: string;
  passwordHash: string;
  sessionVersion: number;
}

const accountFields = { id: true, realName: true, passwordHash: true, sessionVersion: true } as const;

/** The account with this phone number or this ID number's keyed hash, if any. */
export async function findSignInAccount(where: { phone: string } | { idHash: string }): Promise<SignInAccount | null> {
  // A closed account (注销, lib/data/account-closure.ts) never signs in again, whatever is typed.
  return db().user.findFirst({ where: { ...where, NOT: { status: "CLOSED" } }, select: accountFields });
}

/** Failures recorded under each key since `since`, in the order of `keys`. */
export async function countRecentFailures(keys: string[], since: Date): Promise<number[]> {
  const rows = await db().loginFailure.groupBy({
    by: ["key"],
    where: { key: { in: keys }, createdAt: { gt: since } },
    _count: { _all: true },
  });
  return keys.map((k) => rows.find((r) => r.key === k)?._count._all ?? 0);
}

// Rows older than this are of no use to any limit; they are trimmed as new ones are written.
const KEEP_MS = 24 * 3600_000;

/**
 * A wrong password (or an unknown identifier): one row per counter, and an audit entry that
 * names the account when there is one and otherwise only a keyed hash of what was typed.
 */
export async function recordFailedSignIn(f: {
  keys: string[];
  at: Date;
  address: string;
  accountId: string | null;
  identifierHash: string | null;
}): Promise<void> {
  await transaction(async (tx) => {
    await tx.loginFailure.createMany({ data: f.keys.map((key) => ({ key, createdAt: f.at })) });
    await tx.loginFailure.deleteMany({ where: { key: { in: f.keys }, createdAt: { lt: new Date(f.at.getTime() - KEEP_MS) } } });
    await appendAudit(tx, {
      actor: null,
      action: "auth.signInFailed",
      entityType: "User",
      entityId: f.accountId,
      after: f.accountId ? { address: f.address } : { address: f.address, identifierHash: f.identifierHash },
    });
  });
}

/**
 * A successful sign-in: the counters it may clear (this address's typos) go, the account's last
 * sign-in time is kept (the staff page shows it), and it is audited.
 */
export async function recordSignIn(s: {
  user: { id: string; realName: string };
  clearKeys: string[];
  address: string;
  at?: Date;
  /** The browser's User-Agent header, for the person's sign-in history. */
  userAgent?: string | null;
}): Promise<void> {
  await transaction(async (tx) => {
    await tx.loginFailure.deleteMany({ where: { key: { in: s.clearKeys } } });
    await tx.user.update({ where: { id: s.user.id }, data: { lastLoginAt: s.at ?? new Date() } });
    // The person's own sign-in history (我的账户 → 账户安全), trimmed there.
    await recordSignInEvent(tx, { userId: s.user.id, at: s.at ?? new Date(), address: s.address, userAgent: s.userAgent });
    await appendAudit(tx, { actor: s.user, action: "auth.signIn", entityType: "User", entityId: s.user.id, after: { address: s.address } });
  });
}

/**
 * The signed-in user's row as the session's checks need it, read once per request: the jwt
 * callback (version, role, second factor), the actor (lib/auth/session.ts) and the consent gate
 * (lib/data/consent.ts) each used to read it again. React's cache lives for one server render,
 * never across requests: every page still reads the account afresh, so a suspended account, a
 * raised session version (sign-out, role or password change) or a withdrawn approval takes
 * effect on the very next request. Outside a render (server actions, route handlers, scripts,
 * tests) it is a plain read each time.
 */
export const sessionAccount = cache(accountRow);

/**
 * The account row as one plain statement: it is read on every signed-in request and before
 * every write an account makes, and a model call costs several times its SQL (issue 14).
 */
async function accountRow(id: string) {
  const rows = await db().$queryRaw<
    {
      id: string;
      realName: string;
      role: string;
      status: string;
      sessionVersion: number;
      totpEnabledAt: Date | null;
      consentVersion: string | null;
    }[]
  >`SELECT "id", "realName", "role", "status", "sessionVersion", "totpEnabledAt", "consentVersion" FROM "User" WHERE "id" = ${id}`;
  return rows[0] ?? null;
}

/** What a session shows of its user, read fresh on every request; null once the account is gone. */
export async function sessionUser(id: string) {
  const u = await sessionAccount(id);
  return (
    u && {
      realName: u.realName,
      role: u.role as Role,
      status: u.status as AccountStatus,
      sessionVersion: u.sessionVersion,
      // Staff with an authenticator set up are asked for a code, others to set one up (lib/auth/second-factor.ts).
      totpEnabled: u.totpEnabledAt !== null,
    }
  );
}

/** The caller as the authorization checks see it, if its session version is still current. */
export async function actorIfCurrent(id: string, version: number): Promise<Actor | null> {
  const u = await sessionAccount(id);
  if (!u || u.sessionVersion !== version) return null;
  return { id: u.id, realName: u.realName, role: u.role as Role, status: u.status as AccountStatus };
}

/** The caller by id alone (tests and scripts that build actors from rows). */
export async function actorById(id: string): Promise<Actor | null> {
  const u = await accountRow(id);
  return u && { id: u.id, realName: u.realName, role: u.role as Role, status: u.status as AccountStatus };
}

/**
 * Signing out ends every session of the user: the version their tokens carry is raised. Only
 * when the token's version is still the current one, so that an old, already ended cookie
 * cannot sign the user out of newer sessions. True when a session was ended (and audited).
 */
export async function endSessions(id: string, version: number): Promise<boolean> {
  return transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id, sessionVersion: version }, data: { sessionVersion: { increment: 1 } } });
    if (count !== 1) return false;
    const user = await tx.user.findUnique({ where: { id }, select: { realName: true } });
    await appendAudit(tx, { actor: user && { id, realName: user.realName }, action: "auth.signOut", entityType: "User", entityId: id });
    return true;
  });
}
