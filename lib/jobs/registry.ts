// The background jobs every server process runs (started from instrumentation.ts by
// lib/jobs/runner.ts). Each job must be safe to run on many instances at once: it claims its
// work in the database (row locks, JobMark keys), never in process memory.
import { sendDueDigests } from "../data/digest";
import { notifyClosedVacancies, sweepNominationExpiry } from "../data/sweeps";
import { mailDeliveryJob } from "../notifications/worker";
import { closeSettledTalkCases } from "../data/cases/handling";
import { sweepPasswordResets } from "../data/password-reset";
import { eraseExpiredAccounts } from "../data/account-closure";
import { sendTrainingReminders } from "../data/training/reminders";
import { closeDueSurveys } from "../data/survey/define";

export interface Job {
  name: string;
  /** How often the runner calls it. */
  everyMs: number;
  run: (now: Date) => Promise<void>;
}

export const JOBS: Job[] = [
  mailDeliveryJob, // the mail outbox (lib/notifications/worker.ts): rows claimed with a lease, SKIP LOCKED on PostgreSQL
  // Notifications by time (lib/data/sweeps.ts, lib/data/digest.ts): once-only by status change or JobMark.
  { name: "nominations.expiry", everyMs: 10 * 60_000, run: async (now) => void (await sweepNominationExpiry(now)) },
  { name: "vacancies.closed", everyMs: 60_000, run: async (now) => void (await notifyClosedVacancies(now)) },
  { name: "staff.digest", everyMs: 5 * 60_000, run: async (now) => void (await sendDueDigests(now)) },
  // 说心里话 answered and not followed up within the window: 已办结 (lib/data/cases/handling.ts).
  { name: "cases.talkSettled", everyMs: 30 * 60_000, run: async (now) => void (await closeSettledTalkCases(now)) },
  // Sent reset links blanked in the outbox, long-expired reset rows deleted (lib/data/password-reset.ts).
  { name: "security.resetSweep", everyMs: 10 * 60_000, run: async (now) => void (await sweepPasswordResets(now)) },
  // Closed accounts past their retention period lose the identity kept for the records (lib/data/account-closure.ts).
  { name: "accounts.erase", everyMs: 6 * 3600_000, run: async (now) => void (await eraseExpiredAccounts(now)) },
  // 干部教育培训: the reminder the day before a session, once per person and day (lib/data/training/reminders.ts).
  { name: "training.reminders", everyMs: 10 * 60_000, run: async (now) => void (await sendTrainingReminders(now)) },
  // 满意度测评 past their window: closed, responses dealt again in random order (lib/data/survey/define.ts).
  { name: "surveys.closeDue", everyMs: 5 * 60_000, run: async (now) => void (await closeDueSurveys(now)) },
];
