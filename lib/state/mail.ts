import { defineMachine } from "./machine";

// A mail of the outbox (MailMessage): 待发送 → 发送中 (a worker holds it under a lease) → 已发送;
// a failed try goes back to 待发送 with a later nextAttemptAt, and the last allowed try ends in
// 发送失败, which an administrator may send again. 发送中 → 发送中 is a lease that expired
// (the worker died mid-delivery) taken over by another worker.
export const mailMachine = defineMachine("mail", {
  PENDING: ["SENDING"],
  SENDING: ["SENT", "PENDING", "FAILED", "SENDING"],
  SENT: [],
  FAILED: ["PENDING"],
});

export type MailStatus = (typeof mailMachine.states)[number];

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** A whole number ≥ 1 from the environment (at most 7 digits), else the default. */
function setting(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = (env[name] ?? "").trim();
  return /^\d{1,9}$/.test(raw) && Number(raw) >= 1 ? Number(raw) : fallback;
}

/** Tries before a mail is 发送失败 (OPENSELECT_MAIL_MAX_ATTEMPTS, default 6). */
export function mailMaxAttempts(env: NodeJS.ProcessEnv = process.env): number {
  return setting(env, "OPENSELECT_MAIL_MAX_ATTEMPTS", 6);
}

/**
 * How long a claimed mail stays the claiming worker's (OPENSELECT_MAIL_LEASE_MS, default two
 * minutes, at least 3 s). Another worker takes it over only after that; the worker itself
 * starts a send only while the lease has more than a send's time budget left (see
 * sendBudgetMs), so a send never runs while another worker may hold the mail.
 */
export function mailLeaseMs(env: NodeJS.ProcessEnv = process.env): number {
  return Math.max(3 * SECOND, setting(env, "OPENSELECT_MAIL_LEASE_MS", 2 * MINUTE));
}

/** The longest one send may take (connect, greeting, the SMTP dialogue): a third of the lease, at most 30 s. */
export function sendBudgetMs(leaseMs: number): number {
  return Math.min(30 * SECOND, Math.floor(leaseMs / 3));
}

/** First retry after 30 s, then ×4 each time, never more than 2 h apart. */
const BACKOFF_BASE_MS = 30 * SECOND;
const BACKOFF_FACTOR = 4;
const BACKOFF_CAP_MS = 2 * HOUR;

/** Wait before the next try, after `attempts` tries have failed (1 → 30 s, 2 → 2 min, 3 → 8 min, 4 → 32 min, 5 → 2 h). */
export function retryDelayMs(attempts: number): number {
  const n = Math.max(1, Math.trunc(attempts));
  return Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * BACKOFF_FACTOR ** Math.min(n - 1, 16));
}

/** What a failed try leads to: another try later, or 发送失败 when it was the last allowed. */
export type FailureOutcome = { status: "PENDING"; nextAttemptAt: Date } | { status: "FAILED" };

export function afterFailure(attempts: number, maxAttempts: number, now: Date): FailureOutcome {
  if (attempts >= maxAttempts) {
    mailMachine.assertTransition("SENDING", "FAILED");
    return { status: "FAILED" };
  }
  mailMachine.assertTransition("SENDING", "PENDING");
  return { status: "PENDING", nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)) };
}

/** Longest error text kept for the administrator (the SMTP server's answer, one line). */
export const MAX_ERROR_CHARS = 500;

/**
 * The error of a failed send as the administrator reads it: the SMTP server's answer when there
 * is one (nodemailer puts it in `response`, e.g. "550 5.1.1 <x@y>: Recipient address rejected"),
 * else the message (e.g. "connect ECONNREFUSED 127.0.0.1:25"); one line, at most MAX_ERROR_CHARS.
 */
export function mailErrorText(e: unknown): string {
  const err = (e ?? {}) as { message?: unknown; response?: unknown; code?: unknown };
  const parts = [typeof err.response === "string" && err.response ? err.response : String(err.message ?? e)];
  if (typeof err.code === "string" && !parts[0].includes(err.code)) parts.unshift(err.code);
  const line = parts.join(": ").replace(/\s+/g, " ").trim() || "unknown error";
  return line.length > MAX_ERROR_CHARS ? `${line.slice(0, MAX_ERROR_CHARS - 1)}…` : line;
}
