import { defineMachine } from "./machine";

// 已提交 → 已受理 | 未采纳 | 已撤回 (by the nominator, window open) | 已过期 (non-targeted, one
// year) | 已作废 (vacancy cancelled). 已受理 can still expire or be voided.
export const nominationMachine = defineMachine("nomination", {
  SUBMITTED: ["ACCEPTED", "REJECTED", "WITHDRAWN", "EXPIRED", "VOID"],
  ACCEPTED: ["REJECTED", "EXPIRED", "VOID"],
  REJECTED: ["ACCEPTED"],
  WITHDRAWN: [],
  EXPIRED: [],
  VOID: [],
});

export type NominationStatus = (typeof nominationMachine.states)[number];
export const ACTIVE_NOMINATION_STATUSES: readonly NominationStatus[] = ["SUBMITTED", "ACCEPTED"];
