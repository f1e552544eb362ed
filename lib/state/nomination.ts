import { defineMachine } from "./machine";

// 已提交 → 已受理 | 未采纳 | 已撤回 (by the nominator, window open) | 已过期 (non-targeted, one
// year, targeted or not) | 已作废 (vacancy cancelled) | 已结束 (the vacancy was filled: the
// selection it was made for is over). 已受理 can still be withdrawn while the window is open,
// expire, be voided or end; 未采纳 can be reconsidered (→ 已受理), expire, be voided or end.
export const nominationMachine = defineMachine("nomination", {
  SUBMITTED: ["ACCEPTED", "REJECTED", "WITHDRAWN", "EXPIRED", "VOID", "CLOSED"],
  ACCEPTED: ["REJECTED", "WITHDRAWN", "EXPIRED", "VOID", "CLOSED"],
  REJECTED: ["ACCEPTED", "EXPIRED", "VOID", "CLOSED"],
  WITHDRAWN: [],
  EXPIRED: [],
  VOID: [],
  CLOSED: [],
});

export type NominationStatus = (typeof nominationMachine.states)[number];

/**
 * Statuses in which a nomination keeps its uniqueKey and slotKey (so it counts against the
 * nominator's cap and cannot be repeated). A 未采纳 keeps them: the department's decision on
 * a recommendation does not hand the nominator a fresh one — otherwise a nominator could
 * cycle through names until one sticks, and reconsidering (未采纳 → 已受理) could find the slot
 * gone. Withdrawing, voiding and expiry release them.
 */
export const KEY_HOLDING_STATUSES: readonly NominationStatus[] = ["SUBMITTED", "ACCEPTED", "REJECTED"];

/**
 * Statuses whose nominations count in a vacancy's tally (while valid): the live ones, and those
 * ended by the vacancy's 任命, so a filled vacancy's tally still reads as it stood.
 */
export const TALLY_STATUSES: readonly NominationStatus[] = [...KEY_HOLDING_STATUSES, "CLOSED"];
