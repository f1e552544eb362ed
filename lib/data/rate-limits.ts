import "server-only";
import { isPostgres, type Tx } from "../db/client";
import { DomainError } from "./errors";

// Write limits kept in the database (table RateEvent: one row per counted write), so every
// instance shares them. A limit is a key ("<limit name>:<subject>") that may be taken at most
// `limit` times per window. The count and the insert are one statement in the caller's
// transaction, under a lock on the key, so concurrent requests cannot both see room for the
// last slot:
//   - PostgreSQL: a transaction-level advisory lock on the key's hash, taken before counting
//     and released at commit/rollback. The two-int4 form keeps these locks apart from the
//     single-bigint ones lockResource() takes (PostgreSQL keeps the two key spaces separate).
//   - SQLite: one writer at a time, and the statement counts while it holds the write lock; a
//     transaction that read a snapshot another writer has since changed cannot take that lock
//     (SQLITE_BUSY) and transaction() runs it again.
// Take the slot in the same transaction as the write it limits when only writes that
// succeed should count (a rolled-back write gives its slot back); take it in a transaction of
// its own when every attempt should count.
// Lock order: take slots before appendAudit (which locks the audit chain's head) and, when a
// write takes several, always in the same order.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const BEIJING_OFFSET = 8 * HOUR; // UTC+8 all year: China has kept no daylight saving since 1991.

/** Rows older than this are of no use to any window; limits may not use longer windows. */
const RETENTION_MS = 8 * DAY;
/** Every this many slots taken in a process, old rows of every key are deleted. */
const SWEEP_EVERY = 100;

/** Class of the two-key advisory locks of this module ("rl"). */
const LOCK_CLASS = 0x726c;

export interface SlotRule {
  /** How many times the key may be taken per window (at least 1). */
  limit: number;
  /** A rolling window in milliseconds, or "beijingDay": the calendar day (北京时间) of `now`. */
  window: number | "beijingDay";
  /** Message key of the refusal, shown as the form's message. */
  refusal: string;
}

/** Where the window containing `now` starts. */
export function windowStart(window: SlotRule["window"], now: Date): Date {
  if (window === "beijingDay") {
    const local = now.getTime() + BEIJING_OFFSET;
    return new Date(local - (((local % DAY) + DAY) % DAY) - BEIJING_OFFSET);
  }
  return new Date(now.getTime() - window);
}

let taken = 0;

/**
 * Takes one slot of `key` inside `tx`, or refuses with the rule's message (a DomainError) when
 * the window already holds `limit` of them. The slot is written at `now`.
 */
export async function takeSlot(tx: Tx, key: string, rule: SlotRule, now: Date = new Date()): Promise<void> {
  if (typeof rule.window === "number" && !(rule.window > 0 && rule.window <= RETENTION_MS)) {
    throw new Error(`rate limit window for ${key} must be within ${RETENTION_MS} ms`);
  }
  // PostgreSQL: the lock in a statement of its own, before the count: a statement counts on the
  // snapshot taken when it starts (READ COMMITTED), so it must start once the lock is held.
  if (isPostgres()) await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_CLASS}::int4, hashtext(${key}))`;
  // The count and the insert in one statement (one round trip instead of two): the row is
  // written only while the window holds fewer than `limit`.
  const added = await tx.$executeRaw`
    INSERT INTO "RateEvent" ("key", "createdAt")
    SELECT ${key}, ${now}
    WHERE (SELECT count(*) FROM "RateEvent" WHERE "key" = ${key} AND "createdAt" >= ${windowStart(rule.window, now)}) < ${rule.limit}`;
  if (added !== 1) throw new DomainError(rule.refusal);
  if (++taken % SWEEP_EVERY === 0) await sweepRateEvents(tx, now);
}

/**
 * A limit counted from the rows it limits (a nominator's nominations of the day) rather than
 * from RateEvent rows: the caller counts them in its own read and refuses with `refuseOver`.
 * This orders the subject's writers so two cannot both count room for the last one: on
 * PostgreSQL the key's advisory lock, taken before that read (READ COMMITTED: a statement
 * counts on the snapshot taken when it starts); on SQLite the single writer, as above.
 */
export async function lockCountedLimit(tx: Tx, key: string): Promise<void> {
  if (isPostgres()) await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_CLASS}::int4, hashtext(${key}))`;
}

/** Refuses with the rule's message when `count` writes already fill its window. */
export function refuseOver(count: number, rule: SlotRule): void {
  if (count >= rule.limit) throw new DomainError(rule.refusal);
}

/**
 * Deletes rows that no window can count any more, so the table stays small. On PostgreSQL only
 * one transaction sweeps at a time (the others skip it rather than wait or deadlock on the
 * same rows); on SQLite the single writer orders sweeps anyway.
 */
export async function sweepRateEvents(tx: Tx, now: Date = new Date()): Promise<number> {
  if (isPostgres()) {
    const rows = await tx.$queryRaw<{ ok: boolean }[]>`SELECT pg_try_advisory_xact_lock(${LOCK_CLASS}::int4, 0) AS ok`;
    if (!rows[0]?.ok) return 0;
  }
  const { count } = await tx.rateEvent.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - RETENTION_MS) } } });
  return count;
}

// ——— The limits, read from the environment on each use (defaults never bother real use) ———

/** A whole number ≥ 1 from the environment, else the default. */
function setting(name: string, fallback: number): number {
  const raw = (process.env[name] ?? "").trim();
  return /^\d{1,7}$/.test(raw) && Number(raw) >= 1 ? Number(raw) : fallback;
}

/**
 * Registrations per client address per hour. Every registration that reaches the duplicate
 * check counts, so "this phone / ID is already registered" cannot be probed without limit.
 * An office network behind one NAT address shares it: 20 an hour lets a whole meeting room
 * register, while a script that registered 30 accounts in 5 s is stopped.
 */
export function registerPerAddress(): SlotRule {
  return { limit: setting("OPENSELECT_LIMIT_REGISTER_PER_ADDRESS_HOUR", 20), window: HOUR, refusal: "errors.rateLimit.register" };
}

/**
 * Nominations of every kind per account per Beijing calendar day (targeted ones are also capped
 * per vacancy). Counted from the account's nominations (lockCountedLimit): only filed ones count.
 */
export function nominationsPerDay(): SlotRule {
  return { limit: setting("OPENSELECT_LIMIT_NOMINATIONS_PER_DAY", 30), window: "beijingDay", refusal: "errors.rateLimit.nominations" };
}

/** Non-targeted nominations (self-nomination included) per account per Beijing calendar day. */
export function openNominationsPerDay(): SlotRule {
  return {
    limit: setting("OPENSELECT_LIMIT_OPEN_NOMINATIONS_PER_DAY", 10),
    window: "beijingDay",
    refusal: "errors.rateLimit.openNominations",
  };
}

/**
 * Cases (letters, objections, reports) per source per Beijing calendar day: per account for a
 * signed-in writer, per address for an anonymous one. 12380 practice is at most 5 a day.
 */
export function casesPerDay(): SlotRule {
  return { limit: setting("OPENSELECT_LIMIT_CASES_PER_DAY", 5), window: "beijingDay", refusal: "errors.rateLimit.cases" };
}

/** 查询码 lookups per client address per hour: every attempt counts, right or wrong. */
export function caseLookupsPerAddress(): SlotRule {
  return { limit: setting("OPENSELECT_LIMIT_CASE_LOOKUPS_PER_HOUR", 20), window: HOUR, refusal: "errors.rateLimit.caseLookups" };
}

/**
 * 忘记密码 requests (a reset link by mail) per client address per hour, and per account per hour
 * (an unknown identifier is counted under its keyed hash, so the answer is the same either way).
 * Every request counts. A person who mistyped may ask again; a script cannot flood a mailbox.
 */
export function resetRequestsPerAddress(): SlotRule {
  return {
    limit: setting("OPENSELECT_LIMIT_RESET_REQUESTS_PER_ADDRESS_HOUR", 10),
    window: HOUR,
    refusal: "accountSecurity.errors.tooMany",
  };
}
export function resetRequestsPerAccount(): SlotRule {
  return { limit: setting("OPENSELECT_LIMIT_RESET_REQUESTS_PER_ACCOUNT_HOUR", 3), window: HOUR, refusal: "accountSecurity.errors.tooMany" };
}

/** Tries of a reset code (reviewer's or texted) per address and per phone number per hour, right or wrong. */
export function resetCodeTriesPerAddress(): SlotRule {
  return {
    limit: setting("OPENSELECT_LIMIT_RESET_CODE_TRIES_PER_ADDRESS_HOUR", 20),
    window: HOUR,
    refusal: "accountSecurity.errors.tooMany",
  };
}
export function resetCodeTriesPerPhone(): SlotRule {
  return {
    limit: setting("OPENSELECT_LIMIT_RESET_CODE_TRIES_PER_PHONE_HOUR", 10),
    window: HOUR,
    refusal: "accountSecurity.errors.tooMany",
  };
}

/** 修改密码 tries per account per hour (the current password is checked each time). */
export function passwordChangesPerAccount(): SlotRule {
  return { limit: setting("OPENSELECT_LIMIT_PASSWORD_CHANGES_PER_HOUR", 10), window: HOUR, refusal: "accountSecurity.errors.tooMany" };
}

/** Keys: one limit name and one subject each; a key is always used with the same rule. */
export const rateKeys = {
  registerAddress: (address: string) => `register:ip:${address}`,
  nominations: (userId: string) => `nominate:user:${userId}`,
  casesByUser: (userId: string) => `case:user:${userId}`,
  casesByAddress: (address: string) => `case:ip:${address}`,
  caseLookups: (address: string) => `case-lookup:ip:${address}`,
  resetRequestsAddress: (address: string) => `reset-request:ip:${address}`,
  resetRequestsAccount: (subject: string) => `reset-request:acct:${subject}`,
  resetCodeAddress: (address: string) => `reset-code:ip:${address}`,
  resetCodePhone: (phone: string) => `reset-code:phone:${phone}`,
  passwordChange: (userId: string) => `password-change:user:${userId}`,
};
