// The nomination rules as pure functions of data and time, shared by the data layer (which
// enforces them inside a transaction, backed by unique keys) and the pages (which explain them).
import { isApproved } from "../auth/actor";
import { isWindowOpen } from "../state/vacancy";
import { KEY_HOLDING_STATUSES, nominationMachine, type NominationStatus } from "../state/nomination";
import { addOneYear } from "../calendar/dates";

export type NominationKind = "TARGETED" | "OPEN";

/**
 * Every nomination is valid for one year from submission (推荐结果一年内有效, 条例), targeted or
 * not. (`kind` stays in the signature: before this rule only non-targeted ones carried a date.)
 */
export function expiryFor(_kind: NominationKind, submittedAt: Date): Date {
  return addOneYear(submittedAt);
}

/**
 * 有效期至: the stored expiry, or — for a row written before targeted nominations carried one
 * (expiresAt null until the expiry job's backfill reaches it) — one year from submission.
 */
export function validUntil(n: { expiresAt: Date | null; submittedAt?: Date | null }): Date | null {
  return n.expiresAt ?? (n.submittedAt ? addOneYear(n.submittedAt) : null);
}

/** What the nominator and reviewers see: a nomination past its validity reads 已过期 even
 * before the sweep has written EXPIRED. */
export function effectiveStatus(n: { status: string; expiresAt: Date | null; submittedAt?: Date | null }, now: Date): NominationStatus {
  const s = n.status as NominationStatus;
  const until = validUntil(n);
  if (until && until.getTime() <= now.getTime() && nominationMachine.can(s, "EXPIRED")) return "EXPIRED";
  return s;
}

/** The database key that refuses a second nomination of one person by one nominator for one
 * vacancy (or, for the talent pool, a second live nomination of the same person). */
export function uniqueKeyFor(n: { kind: NominationKind; vacancyId: string | null; nominatorId: string; candidateId: string }): string {
  return n.kind === "TARGETED" ? `T:${n.vacancyId}:${n.nominatorId}:${n.candidateId}` : `O:${n.nominatorId}:${n.candidateId}`;
}

/** The database key of slot `slot` (1..cap) of a nominator on a vacancy. */
export function slotKeyFor(vacancyId: string, nominatorId: string, slot: number): string {
  return `S:${vacancyId}:${nominatorId}:${slot}`;
}

/** Lowest slot in 1..cap not held by one of `taken` (slot keys), or null when all are held. */
export function freeSlot(vacancyId: string, nominatorId: string, cap: number, taken: readonly (string | null)[]): number | null {
  const held = new Set(taken);
  for (let s = 1; s <= cap; s++) if (!held.has(slotKeyFor(vacancyId, nominatorId, s))) return s;
  return null;
}

export function holdsKeys(status: string): boolean {
  return (KEY_HOLDING_STATUSES as readonly string[]).includes(status);
}

export type WithdrawRefusal = "notOwner" | "status" | "windowClosed" | "expired";

/**
 * Whether the nominator may withdraw: their own nomination, not yet decided against, and —
 * for a targeted one — while the vacancy's window is open; a non-targeted one until it expires.
 */
export function withdrawRefusal(
  n: { nominatorId: string; kind: string; status: string; expiresAt: Date | null },
  vacancy: { status: string; opensAt: Date; closesAt: Date } | null,
  actorId: string,
  now: Date,
): WithdrawRefusal | null {
  if (n.nominatorId !== actorId) return "notOwner";
  if (!nominationMachine.can(n.status, "WITHDRAWN")) return "status";
  if (n.kind === "TARGETED") {
    if (!vacancy || !isWindowOpen(vacancy, now)) return "windowClosed";
  } else if (n.expiresAt && n.expiresAt.getTime() <= now.getTime()) {
    return "expired";
  }
  return null;
}

/**
 * Whether the nominator may withdraw now: an approved account (a suspended one sees its
 * nominations and nothing more) and no refusal above. The 撤回 buttons follow this; the write
 * (withdrawNomination) checks the same two, the account freshly read in its transaction.
 */
export function mayWithdraw(
  n: { nominatorId: string; kind: string; status: string; expiresAt: Date | null },
  vacancy: { status: string; opensAt: Date; closesAt: Date } | null,
  actor: { id: string; status: string },
  now: Date,
): boolean {
  return isApproved(actor) && withdrawRefusal(n, vacancy, actor.id, now) === null;
}

export type Decision = "ACCEPTED" | "REJECTED";

/** Whether a reviewer may accept / reject it now. A due non-targeted nomination is expired, whatever the column still says. */
export function canDecide(n: { status: string; expiresAt: Date | null; submittedAt?: Date | null }, to: Decision, now: Date): boolean {
  return nominationMachine.can(effectiveStatus(n, now), to);
}

/** Whether either decision is open (the row's checkbox, the detail page's buttons). */
export function isDecidable(n: { status: string; expiresAt: Date | null; submittedAt?: Date | null }, now: Date): boolean {
  return canDecide(n, "ACCEPTED", now) || canDecide(n, "REJECTED", now);
}
