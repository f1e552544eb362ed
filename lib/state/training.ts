import { defineMachine } from "./machine";

// 干部教育培训: the two machines of a training class (培训班) and of a sign-up (报名).

/**
 * A class: 草稿 → 已发布 (sign-ups taken within its window, sessions held) → 已结束; a published
 * class may be 已取消 (cancelled) before it ends. A draft is never public; a cancelled or finished
 * class stays visible to the people who signed up (their record), never changes again.
 */
export const trainingClassMachine = defineMachine("trainingClass", {
  DRAFT: ["PUBLISHED"],
  PUBLISHED: ["FINISHED", "CANCELLED"],
  FINISHED: [],
  CANCELLED: [],
});

export type TrainingClassStatus = (typeof trainingClassMachine.states)[number];
export const TRAINING_CLASS_STATUSES: readonly TrainingClassStatus[] = trainingClassMachine.states;

/** The name of a class move (buttons, audit entries). */
export type TrainingClassMove = "publish" | "finish" | "cancel";

const CLASS_MOVE_TARGET: Record<TrainingClassMove, TrainingClassStatus> = {
  publish: "PUBLISHED",
  finish: "FINISHED",
  cancel: "CANCELLED",
};

/** The moves the class machine allows from `status`, named. */
export function trainingClassMoves(status: string): TrainingClassMove[] {
  return (Object.keys(CLASS_MOVE_TARGET) as TrainingClassMove[]).filter((m) => trainingClassMachine.can(status, CLASS_MOVE_TARGET[m]));
}

/** Only drafts and published classes can still be edited (a finished class is a record). */
export function isTrainingClassEditable(status: string): boolean {
  return status === "DRAFT" || status === "PUBLISHED";
}

/** Readers see a class once it has been published (a cancelled one too, marked 已取消). */
export function isTrainingClassPublic(c: { status: string; publishedAt: Date | null }): boolean {
  return c.status !== "DRAFT" && c.publishedAt !== null;
}

export type SignupWindow = "open" | "notYetOpen" | "closed" | "unavailable";

type ClassWindow = { status: string; signupOpensAt: Date; signupClosesAt: Date };

/** Sign-ups are taken while the class is published, from signupOpensAt (inclusive) to signupClosesAt (exclusive). */
export function signupWindow(c: ClassWindow, now: Date): SignupWindow {
  if (c.status !== "PUBLISHED") return "unavailable";
  const t = now.getTime();
  if (t < c.signupOpensAt.getTime()) return "notYetOpen";
  if (t >= c.signupClosesAt.getTime()) return "closed";
  return "open";
}

/**
 * A sign-up: 待审核 (holds a place) → 已录取 | 未录取 | 候补; 候补 (no place, in waitlistedAt
 * order) → 待审核 when a place frees (递补) or straight to 已录取 when staff admit them into a
 * free place, or 未录取; its owner may withdraw (已取消) while pending, admitted or waiting, and
 * sign up again later (已取消 → 待审核 | 候补) within the window. Staff may withdraw an admission
 * (已录取 → 未录取) or put a pending sign-up on the waiting list. 未录取 is final.
 *
 * When staff call the class off, a sign-up still waiting on it (待审核, 候补) ends as 培训班已取消
 * (CLASS_CANCELLED, final: no decision or place will come). An admission stays 已录取: it is the
 * person's record, and the sessions already attended keep their 学时 (lib/training/credit.ts).
 */
export const enrolmentMachine = defineMachine("trainingEnrolment", {
  PENDING: ["APPROVED", "DECLINED", "WAITLISTED", "CANCELLED", "CLASS_CANCELLED"],
  APPROVED: ["DECLINED", "CANCELLED"],
  WAITLISTED: ["PENDING", "APPROVED", "DECLINED", "CANCELLED", "CLASS_CANCELLED"],
  DECLINED: [],
  CANCELLED: ["PENDING", "WAITLISTED"],
  CLASS_CANCELLED: [],
});

/** The sign-ups a cancelled class ends (those still waiting for a decision or a place). */
export const ENDED_BY_CLASS_CANCEL = ["PENDING", "WAITLISTED"] as const;

export type EnrolmentStatus = (typeof enrolmentMachine.states)[number];

/**
 * A sign-up in these states counts against the class's capacity (TrainingClass.seatsTaken):
 * 待审核 and 已录取. Every transition in or out of this set moves the counter by one, in the
 * same transaction.
 */
export function holdsSeat(status: string): boolean {
  return status === "PENDING" || status === "APPROVED";
}

/** What staff decide on a sign-up. */
export type EnrolmentDecision = "APPROVE" | "DECLINE" | "WAITLIST";
export const ENROLMENT_DECISIONS: readonly EnrolmentDecision[] = ["APPROVE", "DECLINE", "WAITLIST"];

const DECISION_TARGET: Record<EnrolmentDecision, EnrolmentStatus> = {
  APPROVE: "APPROVED",
  DECLINE: "DECLINED",
  WAITLIST: "WAITLISTED",
};

export const enrolmentDecisionTarget = (d: EnrolmentDecision): EnrolmentStatus => DECISION_TARGET[d];

/**
 * The decisions staff may take on a sign-up in `status` (for the console's buttons). A withdrawn
 * sign-up is its owner's to renew, not staff's to decide (已取消 → 候补 is the owner signing up again).
 */
export function enrolmentDecisions(status: string): EnrolmentDecision[] {
  if (status === "CANCELLED") return [];
  return ENROLMENT_DECISIONS.filter((d) => enrolmentMachine.can(status, DECISION_TARGET[d]));
}

/** Its owner may withdraw a sign-up that is still alive. */
export function canCancelEnrolment(status: string): boolean {
  return enrolmentMachine.can(status, "CANCELLED");
}
