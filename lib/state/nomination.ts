import { defineMachine } from "./machine";

// 已提交 → 已受理 | 未采纳 | 已撤回 (by the nominator, window open) | 已过期 (non-targeted, one
// year) | 已作废 (vacancy cancelled). 已受理 can still be withdrawn while the window is open,
// expire, or be voided; 未采纳 can be reconsidered (→ 已受理) or expire.
export const nominationMachine = defineMachine("nomination", {
  SUBMITTED: ["ACCEPTED", "REJECTED", "WITHDRAWN", "EXPIRED", "VOID"],
  ACCEPTED: ["REJECTED", "WITHDRAWN", "EXPIRED", "VOID"],
  REJECTED: ["ACCEPTED", "EXPIRED", "VOID"],
  WITHDRAWN: [],
  EXPIRED: [],
  VOID: [],
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
