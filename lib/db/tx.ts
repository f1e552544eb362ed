import "server-only";
import { db, isPostgres, type Tx } from "./client";

/**
 * Unique-constraint violation, optionally on a given column: Prisma's P2002 from a model call,
 * or P2010 ("raw query failed") whose driver error is one, from a plain statement ($executeRaw,
 * $queryRaw), which the write paths use where a model call costs more than its SQL.
 */
export function isUniqueViolation(e: unknown, column?: string): boolean {
  if (!e || typeof e !== "object") return false;
  const { code, meta } = e as { code?: string; meta?: { driverAdapterError?: { cause?: { kind?: string } } } };
  const unique = code === "P2002" || (code === "P2010" && meta?.driverAdapterError?.cause?.kind === "UniqueConstraintViolation");
  if (!unique) return false;
  if (!column) return true;
  // SQLite names the columns, PostgreSQL the index ("Nomination_uniqueKey_key"): both contain it.
  return JSON.stringify(meta ?? {}).includes(column);
}

function isRetryable(e: unknown): boolean {
  if (isUniqueViolation(e, "prevHash")) return true; // lost the race for the audit chain head
  const text = String((e as { message?: string })?.message ?? e);
  // SQLite: another connection holds the write lock; PostgreSQL: serialization/deadlock.
  return /SQLITE_BUSY|database is locked|40001|40P01|could not serialize|deadlock detected|P2034/.test(text);
}

/**
 * Runs `fn` in one transaction and retries it when it lost a race that a retry resolves
 * (the audit-chain head, SQLite's single writer, PostgreSQL serialization). Other errors
 * propagate, and on any error nothing of `fn` is written.
 */
export async function transaction<T>(fn: (tx: Tx) => Promise<T>, attempts = 8): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      let current: Tx | undefined;
      const result = await db().$transaction(
        (tx) => {
          current = tx;
          return fn(tx);
        },
        { maxWait: 10_000, timeout: 20_000 },
      );
      runAfterCommit(current);
      return result;
    } catch (e) {
      if (i >= attempts || !isRetryable(e)) throw e;
      await new Promise((r) => setTimeout(r, Math.random() * 10 * i));
    }
  }
}

// Work that must wait until a transaction's writes are durable, and must not happen for an
// attempt that rolled back or is retried (the audit chain's checkpoints: a checkpoint of an
// entry that never committed would later read as a deleted entry).
const afterCommitHooks = new WeakMap<Tx, (() => void)[]>();

/** Runs `hook` once `tx` (from transaction()) has committed; a failing hook is logged, never thrown. */
export function afterCommit(tx: Tx, hook: () => void): void {
  const hooks = afterCommitHooks.get(tx);
  if (hooks) hooks.push(hook);
  else afterCommitHooks.set(tx, [hook]);
}

function runAfterCommit(tx: Tx | undefined): void {
  const hooks = tx && afterCommitHooks.get(tx);
  if (!hooks) return;
  afterCommitHooks.delete(tx);
  for (const hook of hooks) {
    try {
      hook();
    } catch (e) {
      console.error("[openselect] after-commit step failed:", e);
    }
  }
}

/** PostgreSQL: serialize writers of one resource for the rest of the transaction. */
export async function lockResource(tx: Tx, key: number): Promise<void> {
  if (isPostgres()) await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${Math.trunc(key)})`);
}
