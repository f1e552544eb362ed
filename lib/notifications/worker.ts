import "server-only";
// Delivers the mail outbox: renders the mails of new notifications into it
// (lib/data/notification-mail.ts), claims a batch of due mails (lib/data/mail-outbox.ts), sends them
// over a few SMTP connections at once, and writes each result as soon as it is known — 已发送
// right after the server's 250, so the window in which a crash leaves a sent mail marked
// 发送中 (and so sends it again, under the same Message-ID) is one UPDATE long. A failed send is
// tried again later (lib/state/mail.ts: backoff, then 发送失败 after the last try).
import type { Job } from "../jobs/registry";
import { claimDueMail, markMailFailed, markMailSent, releaseMail, type ClaimedMail } from "../data/mail-outbox";
import { renderNotificationMail } from "../data/notification-mail";
import { mailErrorText, mailLeaseMs, mailMaxAttempts, sendBudgetMs } from "../state/mail";
import { createMailer, type Mailer } from "./transport";

export interface DeliveryOptions {
  mailer: Mailer;
  /** The time as the worker sees it (tests move it forward to reach a retry or an expired lease). */
  clock?: () => Date;
  batchSize?: number;
  leaseMs?: number;
  maxAttempts?: number;
  /** Called with each mail just before it is sent (the kill -9 test watches deliveries with it). */
  onSend?: (mail: ClaimedMail) => void;
}

export interface DeliveryCounts {
  claimed: number;
  sent: number;
  /** Failed tries that will be tried again. */
  retrying: number;
  /** Mails that reached 发送失败 in this run. */
  failed: number;
  /** Claimed but handed back unsent: too little of the lease left to start the send. */
  released: number;
  /** Results not written because another worker had taken the mail over (should stay 0). */
  leaseLost: number;
}

const zero = (): DeliveryCounts => ({ claimed: 0, sent: 0, retrying: 0, failed: 0, released: 0, leaseLost: 0 });

/** Writes a result, trying a few times: a sent mail left 发送中 by a passing database error would be sent again. */
async function persist<T>(write: () => Promise<T>): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await write();
    } catch (e) {
      if (i >= 4) throw e;
      await new Promise((r) => setTimeout(r, 100 * 2 ** i));
    }
  }
}

/** Claims one batch and sends it. */
export async function deliverBatch(opts: DeliveryOptions): Promise<DeliveryCounts> {
  const clock = opts.clock ?? (() => new Date());
  const leaseMs = opts.leaseMs ?? mailLeaseMs();
  const maxAttempts = opts.maxAttempts ?? mailMaxAttempts();
  const budget = sendBudgetMs(leaseMs);
  const batchSize = opts.batchSize ?? Math.max(20, opts.mailer.concurrency * 10);
  // Notifications committed with a mail address first become rendered mails of the outbox.
  await renderNotificationMail(batchSize);
  const claims = await claimDueMail(clock(), { limit: batchSize, leaseMs, maxAttempts });
  const counts = { ...zero(), claimed: claims.length };
  let next = 0;
  let firstError: unknown = null;

  async function one(m: ClaimedMail): Promise<void> {
    // Start a send only if it ends (each of its stages is bounded by the budget) while the lease
    // still holds: no other worker can have taken the mail over before its result is written.
    if (m.lockedUntil.getTime() - clock().getTime() <= budget) {
      await persist(() => releaseMail(m));
      counts.released++;
      return;
    }
    opts.onSend?.(m);
    let error: unknown = null;
    try {
      await opts.mailer.send(m);
    } catch (e) {
      error = e ?? new Error("send failed");
    }
    if (error === null) {
      if (await persist(() => markMailSent(m, clock()))) counts.sent++;
      else counts.leaseLost++;
      return;
    }
    const outcome = await persist(() => markMailFailed(m, mailErrorText(error), clock(), maxAttempts));
    if (!outcome) counts.leaseLost++;
    else if (outcome.status === "FAILED") counts.failed++;
    else counts.retrying++;
  }

  const lanes = Array.from({ length: Math.min(opts.mailer.concurrency, claims.length) }, async () => {
    while (next < claims.length) {
      const m = claims[next++];
      try {
        await one(m);
      } catch (e) {
        // The database failed under us: the mail stays 发送中 and is taken over when its lease ends.
        firstError ??= e;
      }
    }
  });
  await Promise.all(lanes);
  if (counts.leaseLost)
    console.warn(`[openselect] mail: ${counts.leaseLost} result(s) not written, another worker had taken the mail over`);
  if (firstError) throw firstError;
  return counts;
}

/** Delivers batches until nothing is due (or `maxBatches` batches). */
export async function deliverDue(opts: DeliveryOptions & { maxBatches?: number }): Promise<DeliveryCounts> {
  const total = zero();
  for (let i = 0; i < (opts.maxBatches ?? 1000); i++) {
    const c = await deliverBatch(opts);
    for (const k of Object.keys(total) as (keyof DeliveryCounts)[]) total[k] += c[k];
    // Nothing due, or nothing of the batch got through (the server is down or refusing): the
    // rest waits for the next run rather than each mail waiting out the server's timeouts now.
    if (c.claimed === 0 || c.sent === 0) break;
  }
  return total;
}

const g = globalThis as unknown as { openselectMailer?: Mailer };

/** This process's mailer (its SMTP connections stay open between runs). */
function processMailer(): Mailer {
  g.openselectMailer ??= createMailer(undefined, { budgetMs: sendBudgetMs(mailLeaseMs()) });
  return g.openselectMailer;
}

/** How often the worker looks for due mail (OPENSELECT_MAIL_POLL_MS, default 5 s). */
function pollMs(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number((env.OPENSELECT_MAIL_POLL_MS ?? "").trim());
  return Number.isInteger(n) && n >= 100 ? n : 5_000;
}

export const mailDeliveryJob: Job = {
  name: "mail.deliver",
  everyMs: pollMs(),
  run: async () => {
    const c = await deliverDue({ mailer: processMailer() });
    if (c.failed) console.warn(`[openselect] mail: ${c.failed} mail(s) could not be delivered after the last try (see /admin/mail)`);
  },
};
