import { defineMachine } from "./machine";

// 待审核 → 已通过 | 未通过; 未通过 → (corrected and resubmitted) 待审核;
// 已通过 ⇄ 已停用 (suspended with a reason, restored later).
export const accountMachine = defineMachine("account", {
  PENDING: ["APPROVED", "REJECTED"],
  REJECTED: ["PENDING"],
  APPROVED: ["SUSPENDED"],
  SUSPENDED: ["APPROVED"],
});

export type AccountStatus = (typeof accountMachine.states)[number];

export const ROLES = ["NOMINATOR", "REVIEWER", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];
