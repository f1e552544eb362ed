import "server-only";
// Deciding a sign-in attempt. Failures are counted three ways within FAILURE_WINDOW_MS, in the
// database so that every instance sees them:
//   - this account from this address: past MAX_PAIR_FAILURES that pair is locked (a guesser's
//     own address, or the owner's own typos);
//   - this account from anywhere, and this address for any account: past their thresholds a
//     proof-of-work challenge is required instead of a lock. A flood of wrong passwords from
//     many addresses therefore slows the flood down but never locks the owner out.
// An unknown identifier is counted, timed and answered exactly like a known one.
import { dummyHash, verifyPassword } from "../security/password";
import { keyedHash } from "../security/crypto";
import { looksLikeIdNumber, parseIdNumber } from "../security/id-number";
import { checkChallenge } from "../security/challenge";
import { countRecentFailures, findSignInAccount, recordFailedSignIn, recordSignIn, type SignInAccount } from "../data/sign-in";

export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
/** Wrong passwords for one account from one address before that pair is locked. */
export const MAX_PAIR_FAILURES = 5;
/** Wrong passwords for one account, from anywhere, before a challenge is required. */
export const CHALLENGE_AFTER_ACCOUNT_FAILURES = 5;
/** Wrong passwords from one address, for any accounts, before a challenge is required. */
export const MAX_ADDRESS_FAILURES = 20;

export type LoginError = "invalid" | "locked" | "challenge";
export type LoginResult = { ok: true; user: { id: string; realName: string; sessionVersion: number } } | { ok: false; error: LoginError };

export interface LoginAttempt {
  identifier: string;
  password: string;
  /** The client's address (lib/http/client-address.ts). */
  address: string;
  /** The `altcha` form value, when the form carried a solved challenge. */
  challenge?: unknown;
  /** The browser's User-Agent header (kept with a successful sign-in for the person's history). */
  userAgent?: string | null;
}

/** 手机号码 (spaces and dashes dropped) or 身份证号码 (upper case), as the account is stored. */
function normalizeIdentifier(identifier: string): { phone: string } | { idNumber: string | null; typed: string } {
  const id = identifier.trim();
  if (looksLikeIdNumber(id)) {
    const parsed = parseIdNumber(id);
    return { idNumber: parsed.ok ? parsed.value : null, typed: id.toUpperCase() };
  }
  return { phone: id.replace(/[\s-]/g, "") };
}

async function findAccount(ident: ReturnType<typeof normalizeIdentifier>): Promise<SignInAccount | null> {
  if ("phone" in ident) return findSignInAccount({ phone: ident.phone });
  return ident.idNumber ? findSignInAccount({ idHash: keyedHash(ident.idNumber) }) : null;
}

export async function attemptLogin(attempt: LoginAttempt, now = new Date()): Promise<LoginResult> {
  const ident = normalizeIdentifier(attempt.identifier);
  const account = await findAccount(ident);
  // An unknown identifier is counted under a keyed hash: the table never holds what was typed.
  const identifierHash = account ? null : keyedHash("phone" in ident ? `phone:${ident.phone}` : `id:${ident.typed}`);
  const subject = account ? `acct:${account.id}` : `ident:${identifierHash}`;
  const keys = { pair: `pair:${subject}@${attempt.address}`, account: subject, address: `ip:${attempt.address}` };

  const [byPair, byAccount, byAddress] = await countRecentFailures(
    [keys.pair, keys.account, keys.address],
    new Date(now.getTime() - FAILURE_WINDOW_MS),
  );
  if (byPair >= MAX_PAIR_FAILURES) return { ok: false, error: "locked" };
  if (byAccount >= CHALLENGE_AFTER_ACCOUNT_FAILURES || byAddress >= MAX_ADDRESS_FAILURES) {
    if (!(await checkChallenge(attempt.challenge))) return { ok: false, error: "challenge" };
  }

  const valid = await verifyPassword(account?.passwordHash ?? (await dummyHash()), attempt.password);
  if (account && valid) {
    await recordSignIn({ user: account, clearKeys: [keys.pair], address: attempt.address, at: now, userAgent: attempt.userAgent });
    return { ok: true, user: { id: account.id, realName: account.realName, sessionVersion: account.sessionVersion } };
  }
  await recordFailedSignIn({
    keys: [keys.pair, keys.account, keys.address],
    at: now,
    address: attempt.address,
    accountId: account?.id ?? null,
    identifierHash,
  });
  return { ok: false, error: "invalid" };
}
