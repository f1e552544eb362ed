import "server-only";
// The mail outbox's rows (MailMessage) as the delivery worker and the administrator see them.
// lib/data/notification-mail.ts writes a notification's mail from the row notify() committed with
// the change it tells of (lib/data/digest.ts writes the digest); this module
// hands them to the worker one batch at a time and records what came of each send.
//
// Once-only delivery across many instances rests on the claim: a worker takes a batch of due
// rows and marks them 发送中 (SENDING) with a lease (lockedUntil) in one transaction.
//   - PostgreSQL: `SELECT … FOR UPDATE SKIP LOCKED` picks rows no other transaction holds, so
//     concurrent workers take disjoint batches without waiting on each other; the UPDATE in the
//     same transaction repeats the due condition, so a row that changed meanwhile is left alone.
//   - SQLite: one writer at a time. The claim reads and updates in one transaction; a claim that
//     read before another committed fails with SQLITE_BUSY and transaction() runs it again.
// The lease is the claim's fencing token: results are written only where status and
// lockedUntil are still the ones this claim set, so a worker that lost its lease (it stalled
// past it and another took the row over) changes nothing. A lease that expired (the process
// died mid-delivery) makes the row due again; every claim counts a try, so a mail that kills its
// sender every time ends 发送失败 after the maximum number of tries instead of looping forever.
import { db, isPostgres, type Tx } from "../db/client";
import { transaction } from "../db/tx";
import { appendAudit } from "../audit/log";
import { requireAdmin, type Actor } from "../auth/actor";
import { afterFailure, mailMachine, type FailureOutcome, type MailStatus } from "../state/mail";
import { isNotificationKind } from "../notifications/kinds";
import { asLocale, renderNotification } from "../notifications/render";
import { DomainError, NotFoundError } from "./errors";
import { waitingNotificationMail } from "./notification-mail";
import { pageWindow, paged } from "./paging";

/** A row the worker holds: what to send, and the lease that fences what it writes back. */
export interface ClaimedMail {
  id: string;
  toAddress: string;
  subject: string;
  text: string;
  html: string;
  createdAt: Date;
  /** Tries so far, this one included. */
  attempts: number;
  lockedUntil: Date;
}

const claimSelect = {
  id: true,
  toAddress: true,
  subject: true,
  text: true,
  html: true,
  createdAt: true,
  attempts: true,
  lockedUntil: true,
} as const;

/** Rows due now: waiting and due, or 发送中 with a lease that ran out. */
const dueWhere = (now: Date) => ({
  OR: [
    { status: "PENDING", nextAttemptAt: { lte: now } },
    { status: "SENDING", lockedUntil: { lt: now } },
  ],
});

/** PostgreSQL's `timestamp(3)` columns hold UTC wall-clock times; compare with one made from epoch ms, whatever the session's time zone. */
async function lockDueIds(tx: Tx, now: Date, limit: number): Promise<string[]> {
  const ms = now.getTime();
  // Taken-over leases first (few, and they have waited longest), then the due rows in order,
  // each statement on the index (status, nextAttemptAt).
  const stale = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "MailMessage"
    WHERE "status" = 'SENDING' AND "lockedUntil" < (to_timestamp(${ms}::float8 / 1000) AT TIME ZONE 'UTC')
    LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
  const rest = limit - stale.length;
  if (rest <= 0) return stale.map((r) => r.id);
  const due = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "MailMessage"
    WHERE "status" = 'PENDING' AND "nextAttemptAt" <= (to_timestamp(${ms}::float8 / 1000) AT TIME ZONE 'UTC')
    ORDER BY "nextAttemptAt"
    LIMIT ${rest} FOR UPDATE SKIP LOCKED`;
  return [...stale, ...due].map((r) => r.id);
}

export interface ClaimOptions {
  limit: number;
  leaseMs: number;
  maxAttempts: number;
}

/**
 * Claims up to `limit` due mails for this worker until now + leaseMs. A row whose lease ran out
 * after its last allowed try is marked 发送失败 here instead (its sender died every time).
 */
export async function claimDueMail(now: Date, opts: ClaimOptions): Promise<ClaimedMail[]> {
  const lease = new Date(now.getTime() + opts.leaseMs);
  return transaction(async (tx) => {
    let ids: string[];
    if (isPostgres()) ids = await lockDueIds(tx, now, opts.limit);
    else {
      // A write first takes SQLite's write lock for the whole claim (as BEGIN IMMEDIATE would), so
      // a claim never reads, then finds another writer ahead of it and has to start again.
      await tx.$executeRaw`UPDATE "MailMessage" SET "status" = "status" WHERE 0`;
      ids = (
        await tx.mailMessage.findMany({ where: dueWhere(now), select: { id: true }, orderBy: { nextAttemptAt: "asc" }, take: opts.limit })
      ).map((r) => r.id);
    }
    if (ids.length === 0) return [];
    await tx.mailMessage.updateMany({
      where: { id: { in: ids }, status: "SENDING", lockedUntil: { lt: now }, attempts: { gte: opts.maxAttempts } },
      data: {
        status: "FAILED",
        lockedUntil: null,
        lastError: `delivery interrupted: the sending process stopped during each of ${opts.maxAttempts} tries`,
      },
    });
    return tx.mailMessage.updateManyAndReturn({
      where: { id: { in: ids }, ...dueWhere(now) },
      data: { status: "SENDING", lockedUntil: lease, attempts: { increment: 1 } },
      select: claimSelect,
    }) as Promise<ClaimedMail[]>;
  });
}

/** Only while this claim still holds the row. */
const held = (m: ClaimedMail) => ({ id: m.id, status: "SENDING", lockedUntil: m.lockedUntil });

/** The server accepted it: 已发送. False when the lease was lost meanwhile (nothing written). */
export async function markMailSent(m: ClaimedMail, now: Date): Promise<boolean> {
  mailMachine.assertTransition("SENDING", "SENT");
  const { count } = await db().mailMessage.updateMany({
    where: held(m),
    data: { status: "SENT", sentAt: now, lockedUntil: null, lastError: null },
  });
  return count === 1;
}

/** The send failed: try again after the backoff, or 发送失败 after the last allowed try. Null when the lease was lost. */
export async function markMailFailed(m: ClaimedMail, error: string, now: Date, maxAttempts: number): Promise<FailureOutcome | null> {
  const outcome = afterFailure(m.attempts, maxAttempts, now);
  const { count } = await db().mailMessage.updateMany({
    where: held(m),
    data:
      outcome.status === "FAILED"
        ? { status: "FAILED", lockedUntil: null, lastError: error }
        : { status: "PENDING", nextAttemptAt: outcome.nextAttemptAt, lockedUntil: null, lastError: error },
  });
  return count === 1 ? outcome : null;
}

/** Not sent (too little lease left to start it): back to 待发送 at once, the try not counted. */
export async function releaseMail(m: ClaimedMail): Promise<void> {
  mailMachine.assertTransition("SENDING", "PENDING");
  await db().mailMessage.updateMany({
    where: held(m),
    data: { status: "PENDING", lockedUntil: null, attempts: { decrement: 1 } },
  });
}

// ——— The administrator's console ———

const FAILED_PAGE_SIZE = 20;

/** How many mails are in each state (the console's summary). */
export async function mailOverview(actor: Actor | null): Promise<Record<MailStatus, number>> {
  requireAdmin(actor);
  const [rows, waiting] = await Promise.all([
    db().mailMessage.groupBy({ by: ["status"], _count: { _all: true } }),
    waitingNotificationMail(),
  ]);
  // A notification's mail not yet rendered by the worker is 待发送 too.
  const counts: Record<MailStatus, number> = { PENDING: waiting, SENDING: 0, SENT: 0, FAILED: 0 };
  for (const r of rows) if (mailMachine.isState(r.status)) counts[r.status] += r._count._all;
  return counts;
}

/**
 * 发送失败 mails, newest first, with the server's answer: for whom (name and address), what kind
 * of message (its title in the reader's language; the subject carries no more than that).
 */
export async function listFailedMail(actor: Actor | null, page: unknown, locale: string) {
  requireAdmin(actor);
  const w = pageWindow(page, FAILED_PAGE_SIZE);
  const where = { status: "FAILED" };
  const [total, rows] = await Promise.all([
    db().mailMessage.count({ where }),
    db().mailMessage.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: w.skip,
      take: w.take,
      select: {
        id: true,
        userId: true,
        kind: true,
        toAddress: true,
        attempts: true,
        lastError: true,
        createdAt: true,
        nextAttemptAt: true,
      },
    }),
  ]);
  const userIds = [...new Set(rows.map((r) => r.userId).filter((x): x is string => !!x))];
  const users = userIds.length ? await db().user.findMany({ where: { id: { in: userIds } }, select: { id: true, realName: true } }) : [];
  const names = new Map(users.map((u) => [u.id, u.realName]));
  const lang = asLocale(locale);
  return paged(
    rows.map((r) => ({
      id: r.id,
      recipientName: r.userId ? (names.get(r.userId) ?? null) : null,
      toAddress: r.toAddress,
      kind: r.kind,
      title: kindTitle(lang, r.kind),
      attempts: r.attempts,
      lastError: r.lastError ?? "",
      createdAt: r.createdAt,
    })),
    total,
    w,
  );
}

/** What kind of message a mail is, in the reader's words: its title (the subject says no more); null for the digest and older messages. */
function kindTitle(locale: ReturnType<typeof asLocale>, kind: string): string | null {
  return isNotificationKind(kind) && kind !== "legacy" ? renderNotification(locale, kind, {}).title : null;
}

async function requeue(tx: Tx, ids: string[], now: Date): Promise<number> {
  mailMachine.assertTransition("FAILED", "PENDING");
  const { count } = await tx.mailMessage.updateMany({
    where: { id: { in: ids }, status: "FAILED" },
    data: { status: "PENDING", attempts: 0, nextAttemptAt: now, lockedUntil: null },
  });
  return count;
}

/** An administrator sends a 发送失败 mail again (a new round of tries, from now). */
export async function retryFailedMail(actor: Actor | null, id: string, now: Date = new Date()): Promise<void> {
  const a = requireAdmin(actor);
  await transaction(async (tx) => {
    const row = await tx.mailMessage.findUnique({ where: { id }, select: { status: true, attempts: true, kind: true } });
    if (!row) throw new NotFoundError();
    if (row.status !== "FAILED") throw new DomainError("mailAdmin.notFailed");
    if ((await requeue(tx, [id], now)) !== 1) throw new DomainError("mailAdmin.notFailed");
    await appendAudit(tx, {
      actor: a,
      action: "mail.retry",
      entityType: "MailMessage",
      entityId: id,
      before: { status: "FAILED", attempts: row.attempts, kind: row.kind },
      after: { status: "PENDING" },
    });
  });
}

/** Every 发送失败 mail again (after the mail server was down); returns how many. */
export async function retryAllFailedMail(actor: Actor | null, now: Date = new Date()): Promise<number> {
  const a = requireAdmin(actor);
  return transaction(async (tx) => {
    const ids = (await tx.mailMessage.findMany({ where: { status: "FAILED" }, select: { id: true } })).map((r) => r.id);
    let count = 0;
    for (let i = 0; i < ids.length; i += 500) count += await requeue(tx, ids.slice(i, i + 500), now);
    if (count > 0)
      await appendAudit(tx, { actor: a, action: "mail.retryAll", entityType: "MailMessage", entityId: null, after: { count } });
    return count;
  });
}
