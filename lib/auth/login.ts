import "server-only";
import { createHash } from "node:crypto";
import { db } from "../db/client";
import { keyedHash } from "../security/crypto";
import { looksLikeIdNumber, parseIdNumber } from "../security/id-number";
import { dummyHash, verifyPassword } from "../security/password";

export const LOCK_WINDOW_MS = 15 * 60 * 1000;
export const MAX_ACCOUNT_FAILURES = 5;
export const MAX_ADDRESS_FAILURES = 20;

export type LoginResult = { ok: true; userId: string } | { ok: false; error: "invalid" | "locked" };

/** Finds the account by 手机号码 or 身份证号码. */
async function findAccount(identifier: string) {
  const id = identifier.trim();
  if (looksLikeIdNumber(id)) {
    const parsed = parseIdNumber(id);
    if (!parsed.ok) return null;
    return db().user.findUnique({ where: { idHash: keyedHash(parsed.value) }, select: { id: true, passwordHash: true } });
  }
  return db().user.findUnique({ where: { phone: id.replace(/[\s-]/g, "") }, select: { id: true, passwordHash: true } });
}

async function recentFailures(key: string, now: Date): Promise<number> {
  return db().loginFailure.count({ where: { key, createdAt: { gt: new Date(now.getTime() - LOCK_WINDOW_MS) } } });
}

/**
 * Checks a login attempt. Limits (5 per account, 20 per address, per 15 minutes) live in the
 * database so that every app instance sees them. An unknown identifier is counted and timed
 * exactly like a known one, so neither the message nor the lockout reveals whether it exists.
 */
export async function attemptLogin(identifier: string, password: string, address: string, now = new Date()): Promise<LoginResult> {
  const account = await findAccount(identifier);
  const accountKey = account ? `acct:${account.id}` : `ident:${createHash("sha256").update(identifier.trim()).digest("hex")}`;
  const addressKey = `ip:${address}`;

  const [byAccount, byAddress] = await Promise.all([recentFailures(accountKey, now), recentFailures(addressKey, now)]);
  if (byAccount >= MAX_ACCOUNT_FAILURES || byAddress >= MAX_ADDRESS_FAILURES) return { ok: false, error: "locked" };

  const valid = await verifyPassword(account?.passwordHash ?? (await dummyHash()), password);
  if (account && valid) {
    await db().loginFailure.deleteMany({ where: { key: accountKey } });
    return { ok: true, userId: account.id };
  }
  await db().loginFailure.createMany({
    data: [
      { key: accountKey, createdAt: now },
      { key: addressKey, createdAt: now },
    ],
  });
  // Old rows are useless after the window; trimming here keeps the table small without a cron.
  await db().loginFailure.deleteMany({
    where: { key: { in: [accountKey, addressKey] }, createdAt: { lt: new Date(now.getTime() - 24 * 3600_000) } },
  });
  return { ok: false, error: "invalid" };
}
