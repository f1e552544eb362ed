import "server-only";
// The scheduled sweeps that tell nominators what time did rather than a person: a non-targeted
// nomination about to expire (30 days before) and expired (one year), and a vacancy whose
// nomination window closed. Each runs on every instance (lib/jobs/registry.ts); each message is
// written once, in the transaction that claims it (a JobMark key, or the status change itself).
import { db } from "../db/client";
import { transaction } from "../db/tx";
import { shanghaiToday } from "../calendar/dates";
import { KEY_HOLDING_STATUSES, type NominationStatus } from "../state/nomination";
import { claimMarks, forEachItem, unclaimed } from "./job-marks";
import { backfillNominationExpiry, expireDueNominations, nominationNotice, notifyNominatorsOfVacancy } from "./nominations";
import { notify } from "./notify";

const DAY_MS = 86_400_000;
const KEY_HOLDING = KEY_HOLDING_STATUSES as NominationStatus[];

/** A non-targeted nomination's nominator is reminded this many days before it expires. */
export const EXPIRY_REMINDER_DAYS = 30;
/** A vacancy whose window closed longer ago than this is not announced any more (a server that was off). */
export const CLOSED_LOOKBACK_DAYS = 14;

const BATCH = 200;

const expiringKey = (id: string) => `nomination.expiring:${id}`;
// The close time is in the key: a window extended and closing again is a new close.
const closedKey = (id: string, closesAt: Date) => `vacancy.closed:${id}:${closesAt.getTime()}`;

/**
 * 推荐即将到期: each non-targeted nomination that still counts and expires within 30 days is
 * reminded once, with its expiry day (北京时间). Returns how many reminders this call wrote.
 */
export async function remindExpiringNominations(now: Date): Promise<number> {
  const due = await db().nomination.findMany({
    where: {
      kind: "OPEN",
      status: { in: KEY_HOLDING },
      expiresAt: { gt: now, lte: new Date(now.getTime() + EXPIRY_REMINDER_DAYS * DAY_MS) },
    },
    select: { id: true, nominatorId: true, receiptNo: true, expiresAt: true },
    orderBy: { expiresAt: "asc" },
  });
  const open = new Set(await unclaimed(due.map((n) => expiringKey(n.id))));
  const todo = due.filter((n) => open.has(expiringKey(n.id)));
  const batches = Array.from({ length: Math.ceil(todo.length / BATCH) }, (_, i) => todo.slice(i * BATCH, (i + 1) * BATCH));
  return forEachItem(batches, (batch) =>
    transaction(async (tx) => {
      const claimed = await claimMarks(
        tx,
        batch.map((n) => expiringKey(n.id)),
        now,
      );
      // Still counting now (read again in this transaction: withdrawn or expired meanwhile is not reminded).
      const live = await tx.nomination.findMany({
        where: { id: { in: batch.filter((n) => claimed.has(expiringKey(n.id))).map((n) => n.id) }, status: { in: KEY_HOLDING } },
        select: { id: true },
      });
      const ids = new Set(live.map((n) => n.id));
      const events = batch
        .filter((n) => ids.has(n.id))
        .map((n) => nominationNotice(n, "nomination.expiring", { date: shanghaiToday(n.expiresAt!) }));
      await notify(tx, events);
      return events.length;
    }),
  );
}

/**
 * The expiry job: writes EXPIRED on what is a year old (telling each nominator) and sends the
 * 30-day reminders (only to what has not expired). A failure of one part does not stop the other.
 */
export async function sweepNominationExpiry(now: Date): Promise<{ expired: number; reminded: number }> {
  let expired = 0;
  let failure: unknown = null;
  try {
    // Old targeted rows first get their one-year date, so they expire in this same run.
    await backfillExpiryOnce(now);
    expired = await expireDueNominations(now);
  } catch (e) {
    failure = e;
  }
  const reminded = await remindExpiringNominations(now);
  if (failure) throw failure;
  return { expired, reminded };
}

/**
 * 您推荐的岗位已截止推荐: each published vacancy whose window closed since the last runs (within
 * the lookback) tells each of its nominators once. Returns how many vacancies were announced.
 */
export async function notifyClosedVacancies(now: Date): Promise<number> {
  const closed = await db().vacancy.findMany({
    where: { status: "PUBLISHED", closesAt: { lte: now, gt: new Date(now.getTime() - CLOSED_LOOKBACK_DAYS * DAY_MS) } },
    select: { id: true, closesAt: true },
  });
  const open = new Set(await unclaimed(closed.map((v) => closedKey(v.id, v.closesAt))));
  const todo = closed.filter((v) => open.has(closedKey(v.id, v.closesAt)));
  return forEachItem(todo, (v) =>
    transaction(async (tx) => {
      const key = closedKey(v.id, v.closesAt);
      // Read again: the window moved (extended) or the vacancy moved on meanwhile is not a close.
      const still = await tx.vacancy.findFirst({ where: { id: v.id, status: "PUBLISHED", closesAt: v.closesAt }, select: { id: true } });
      if (!still) return false;
      if (!(await claimMarks(tx, [key], now)).has(key)) return false;
      await notifyNominatorsOfVacancy(tx, v.id, "vacancy.closed");
      return true;
    }),
  );
}

const BACKFILL_DONE = "nominations.expiry-backfill:v1";

/**
 * Dates the nominations written before every nomination carried an expiry (see
 * backfillNominationExpiry), a batch per run; once a run finds none left it marks the work done
 * (JobMark), and later runs skip the look (the rows carry their date from submission on).
 */
export async function backfillExpiryOnce(now: Date): Promise<number> {
  if ((await unclaimed([BACKFILL_DONE])).length === 0) return 0;
  const dated = await backfillNominationExpiry();
  if (dated === 0) await transaction((tx) => claimMarks(tx, [BACKFILL_DONE], now));
  return dated;
}
