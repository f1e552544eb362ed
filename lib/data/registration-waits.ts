import "server-only";
// Since when each pending registration has waited for a decision: the time of its latest
// "已收到" message (account.received, written when it was submitted or resubmitted), else since
// it registered or since the last decision on it (sent back and resubmitted). One rule for the
// staff digest, the console home and the registration queue, so all three say the same age.
import type { Prisma } from "../generated/prisma/client";
import { db } from "../db/client";

export interface PendingWait {
  id: string;
  since: Date;
}

/** How many ids one IN (…) list carries (SQLite's and PostgreSQL's parameter limits). */
const CHUNK = 500;

/** Every pending nominator account (narrowed by `where`), with the time it began waiting. */
export async function pendingRegistrationWaits(where: Prisma.UserWhereInput = {}): Promise<PendingWait[]> {
  const pending = await db().user.findMany({
    where: { AND: [where, { role: "NOMINATOR", status: "PENDING" }] },
    select: { id: true, createdAt: true, reviewedAt: true },
  });
  const received = new Map<string, Date>();
  for (let i = 0; i < pending.length; i += CHUNK) {
    const rows = await db().notification.groupBy({
      by: ["userId"],
      where: { kind: "account.received", userId: { in: pending.slice(i, i + CHUNK).map((u) => u.id) } },
      _max: { createdAt: true },
    });
    for (const r of rows) if (r._max.createdAt) received.set(r.userId, r._max.createdAt);
  }
  return pending.map((u) => {
    const fallback = u.reviewedAt && u.reviewedAt > u.createdAt ? u.reviewedAt : u.createdAt;
    return { id: u.id, since: received.get(u.id) ?? fallback };
  });
}

/** Oldest first; ties by id, so the order (and so "下一条") is the same on every reading. */
export function oldestFirst(a: PendingWait, b: PendingWait): number {
  return a.since.getTime() - b.since.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
