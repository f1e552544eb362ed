import { defineMachine, type Machine } from "./machine";

// The cases of the three channels (lib/cases/kinds.ts), one machine per kind. Status words:
// PENDING 待受理, ACCEPTED 已受理, DISMISSED 不予受理, ANSWERED 已答复, INVESTIGATING 核查中,
// CLOSED 已办结.

/**
 * 我向组织说心里话: 待受理 → 已受理 → 已答复 → 已办结. After an answer the writer may follow up
 * once within the follow-up window (已答复 → 已受理, answered again), or confirm it is settled
 * (→ 已办结); staff close it after the window passes without a follow-up.
 */
export const talkCaseMachine = defineMachine("case.talk", {
  PENDING: ["ACCEPTED"],
  ACCEPTED: ["ANSWERED"],
  ANSWERED: ["ACCEPTED", "CLOSED"],
  CLOSED: [],
});

/**
 * 公示反映: 待受理 → 已受理 (or 不予受理, e.g. not about the person or outside the notice) →
 * 已办结 with a verdict and a conclusion for the person. Open (待受理/已受理) blocks the person's 任免.
 */
export const objectionCaseMachine = defineMachine("case.objection", {
  PENDING: ["ACCEPTED", "DISMISSED"],
  ACCEPTED: ["CLOSED"],
  DISMISSED: [],
  CLOSED: [],
});

/** 监督举报: 待受理 → 已受理 (or 不予受理 with a reason) → 核查中 → 已办结 (with a conclusion). */
export const reportCaseMachine = defineMachine("case.report", {
  PENDING: ["ACCEPTED", "DISMISSED"],
  ACCEPTED: ["INVESTIGATING"],
  INVESTIGATING: ["CLOSED"],
  DISMISSED: [],
  CLOSED: [],
});

export type CaseKind = "TALK" | "OBJECTION" | "REPORT";
export const CASE_KINDS: readonly CaseKind[] = ["TALK", "OBJECTION", "REPORT"];
export type CaseStatus = "PENDING" | "ACCEPTED" | "DISMISSED" | "ANSWERED" | "INVESTIGATING" | "CLOSED";
export const CASE_STATUSES: readonly CaseStatus[] = ["PENDING", "ACCEPTED", "DISMISSED", "ANSWERED", "INVESTIGATING", "CLOSED"];

const MACHINES: Record<CaseKind, Machine<string>> = {
  TALK: talkCaseMachine,
  OBJECTION: objectionCaseMachine,
  REPORT: reportCaseMachine,
};

export function caseMachine(kind: CaseKind): Machine<string> {
  return MACHINES[kind];
}

export function isCaseKind(value: string): value is CaseKind {
  return (CASE_KINDS as readonly string[]).includes(value);
}

/** A case no one has to act on any more. */
export function isCaseFinished(status: string): boolean {
  return status === "CLOSED" || status === "DISMISSED";
}

/** Statuses in which a case waits on staff (counted as open work, and checked for deadlines). */
export function isCaseOpen(kind: CaseKind, status: string): boolean {
  if (isCaseFinished(status)) return false;
  // A TALK case that has been answered waits on its writer, not on staff.
  return !(kind === "TALK" && status === "ANSWERED");
}
