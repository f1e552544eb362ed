import { defineMachine } from "./machine";

// 待审核 → 已通过 | 未通过; 未通过 → (corrected and resubmitted) 待审核;
// 已通过 ⇄ 已停用 (suspended with a reason, restored later);
// 已通过 → 待审核 when the user changes their real name or ID number (lib/data/profile.ts): the
// reviewer's approval keeps the new values, a rejection restores the old ones (待审核 → 已通过);
// 已注销 (closed by its owner, lib/data/account-closure.ts) from any state the owner can act in,
// and never left: a closed account cannot sign in again (it registers anew after retention).
export const accountMachine = defineMachine("account", {
  PENDING: ["APPROVED", "REJECTED", "CLOSED"],
  REJECTED: ["PENDING", "CLOSED"],
  APPROVED: ["SUSPENDED", "PENDING", "CLOSED"],
  SUSPENDED: ["APPROVED"],
  CLOSED: [],
});

export type AccountStatus = (typeof accountMachine.states)[number];

export const ROLES = ["NOMINATOR", "REVIEWER", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

/** A pending or rejected account may correct its profile (a rejected one goes back to 待审核). */
export function canResubmitProfile(status: string): boolean {
  return status === "PENDING" || status === "REJECTED";
}

/** What staff do to an account from the console. */
export type AccountMove = "approve" | "reject" | "suspend" | "restore";

const ACCOUNT_MOVES: Record<AccountMove, { from: AccountStatus; to: AccountStatus; staffTarget: boolean }> = {
  approve: { from: "PENDING", to: "APPROVED", staffTarget: false },
  reject: { from: "PENDING", to: "REJECTED", staffTarget: false },
  // Staff accounts are created approved; an administrator may suspend and restore them.
  suspend: { from: "APPROVED", to: "SUSPENDED", staffTarget: true },
  restore: { from: "SUSPENDED", to: "APPROVED", staffTarget: true },
};

export const accountMoveTarget = (move: AccountMove): AccountStatus => ACCOUNT_MOVES[move].to;

export type AccountMoveRefusal = "forbidden" | "notSelf" | "badTransition";

type Staffer = { id: string; role: string };
type Account = { id: string; role: string; status: string };

/**
 * Why staff member `by` may not make `move` on `target`, or null when they may: a reviewer acts
 * on 推荐人 accounts only (an administrator also suspends and restores staff), nobody on their
 * own account, and only from the state the move starts from. The console's buttons and the
 * writes (lib/data/accounts.ts) use this one rule.
 */
export function accountMoveRefusal(by: Staffer, target: Account, move: AccountMove): AccountMoveRefusal | null {
  const m = ACCOUNT_MOVES[move];
  if (target.role !== "NOMINATOR" && !(m.staffTarget && by.role === "ADMIN")) return "forbidden";
  if (target.id === by.id) return "notSelf";
  if (target.status !== m.from || !accountMachine.can(target.status, m.to)) return "badTransition";
  return null;
}

/** The moves `by` may make on `target` now, as flags for the console. */
export function accountMoveFlags(by: Staffer, target: Account): Record<AccountMove, boolean> {
  const may = (move: AccountMove) => accountMoveRefusal(by, target, move) === null;
  return { approve: may("approve"), reject: may("reject"), suspend: may("suspend"), restore: may("restore") };
}

/** A full ID number: a 推荐人's to any staff member, a staff member's to administrators only. */
export function mayRevealIdNumber(by: { role: string }, target: { role: string }): boolean {
  return target.role === "NOMINATOR" || by.role === "ADMIN";
}

/** The role a staff account is switched to from the staff list (reviewer ⇄ administrator). */
export function otherStaffRole(role: string): Role {
  return role === "ADMIN" ? "REVIEWER" : "ADMIN";
}
