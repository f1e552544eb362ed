import "server-only";
// Once-only work across every instance: a job claims a key (table JobMark) in the same
// transaction as the work it stands for. INSERT … ON CONFLICT DO NOTHING RETURNING names the keys
// this transaction inserted: on PostgreSQL a second instance inserting the same key waits for the
// first to commit and then inserts nothing; on SQLite writers run one at a time. A rolled-back
// transaction leaves no key, so its work is done by the next run.
import { Prisma } from "../generated/prisma/client";
import { db, type Tx } from "../db/client";

/** Claims `keys` in `tx`; returns those this transaction claimed (the others were done already). */
export async function claimMarks(tx: Tx, keys: readonly string[], now: Date): Promise<Set<string>> {
  // Sorted, so two transactions claiming overlapping sets take their locks in one order.
  const unique = [...new Set(keys)].sort();
  if (unique.length === 0) return new Set();
  const claimed = new Set<string>();
  for (let i = 0; i < unique.length; i += 500) {
    const rows = unique.slice(i, i + 500).map((k) => Prisma.sql`(${k}, ${now})`);
    const got = await tx.$queryRaw<{ key: string }[]>(
      Prisma.sql`INSERT INTO "JobMark" ("key", "createdAt") VALUES ${Prisma.join(rows)} ON CONFLICT ("key") DO NOTHING RETURNING "key"`,
    );
    for (const r of got) claimed.add(r.key);
  }
  return claimed;
}

/** Of `keys`, those not claimed yet (a cheap read before the claiming transaction; the claim decides). */
export async function unclaimed(keys: readonly string[]): Promise<string[]> {
  const done = new Set<string>();
  for (let i = 0; i < keys.length; i += 500) {
    const rows = await db().jobMark.findMany({ where: { key: { in: keys.slice(i, i + 500) } }, select: { key: true } });
    for (const r of rows) done.add(r.key);
  }
  return keys.filter((k) => !done.has(k));
}

/**
 * Runs `fn` on each item in turn, each in its own transaction(s): one that fails does not stop
 * the others (its work is left for the next run); the failures are thrown together at the end,
 * for the job runner to report. Returns how many items `fn` counted as done.
 */
export async function forEachItem<T>(items: readonly T[], fn: (item: T) => Promise<boolean | number>): Promise<number> {
  let done = 0;
  const errors: unknown[] = [];
  for (const item of items) {
    try {
      done += Number(await fn(item));
    } catch (e) {
      errors.push(e);
    }
  }
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new AggregateError(errors, `${errors.length} items failed`);
  return done;
}
