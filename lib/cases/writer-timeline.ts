// What the writer of a case is shown of its progress: the steps taken so far (with their
// times), the steps still ahead, and the outcome once it is finished. Pure, so the rules are
// unit-tested; lib/data/cases/writer-view.ts feeds it the case row and its visible thread.
import type { CaseKind, CaseStatus } from "../state/case";

export type TimelineStepKey = "FILED" | "ACCEPTED" | "ANSWERED" | "FOLLOWED_UP" | "INVESTIGATING" | "CLOSED" | "DISMISSED";

export interface TimelineStep {
  step: TimelineStepKey;
  /** When it happened (null: a step taken whose time is not recorded, or one still ahead). */
  at: Date | null;
  state: "done" | "current" | "next";
}

export interface TimelineFields {
  kind: CaseKind;
  status: string;
  createdAt: Date;
  acceptedAt: Date | null;
  answeredAt: Date | null;
  closedAt: Date | null;
  followedUpAt: Date | null;
}

/** The steps still ahead of a case in `status` (the usual path; 不予受理 is never expected). */
const AHEAD: Record<CaseKind, Partial<Record<CaseStatus, TimelineStepKey[]>>> = {
  TALK: { PENDING: ["ACCEPTED", "ANSWERED", "CLOSED"], ACCEPTED: ["ANSWERED", "CLOSED"], ANSWERED: ["CLOSED"] },
  OBJECTION: { PENDING: ["ACCEPTED", "CLOSED"], ACCEPTED: ["CLOSED"] },
  REPORT: { PENDING: ["ACCEPTED", "INVESTIGATING", "CLOSED"], ACCEPTED: ["INVESTIGATING", "CLOSED"], INVESTIGATING: ["CLOSED"] },
};

/**
 * The timeline: filed, then each step taken in order, then the steps ahead. `replyTimes` are
 * the times of the department's replies in the thread: after a follow-up, answeredAt holds the
 * second answer, and the first one's time is the last reply before the follow-up.
 */
export function writerTimeline(c: TimelineFields, replyTimes: Date[]): TimelineStep[] {
  const taken: { step: TimelineStepKey; at: Date | null }[] = [{ step: "FILED", at: c.createdAt }];
  if (c.acceptedAt) taken.push({ step: "ACCEPTED", at: c.acceptedAt });
  if (c.kind === "TALK") {
    if (c.followedUpAt) {
      const followedUp = c.followedUpAt.getTime();
      const before = replyTimes.filter((t) => t.getTime() <= followedUp).sort((a, b) => a.getTime() - b.getTime());
      taken.push({ step: "ANSWERED", at: before.at(-1) ?? null }, { step: "FOLLOWED_UP", at: c.followedUpAt });
      if (c.answeredAt && c.answeredAt.getTime() > followedUp) taken.push({ step: "ANSWERED", at: c.answeredAt });
    } else if (c.answeredAt) {
      taken.push({ step: "ANSWERED", at: c.answeredAt });
    }
  }
  // A report is investigated between acceptance and its close; that step has no timestamp of its own.
  if (c.kind === "REPORT" && (c.status === "INVESTIGATING" || (c.status === "CLOSED" && c.acceptedAt))) {
    taken.push({ step: "INVESTIGATING", at: null });
  }
  if (c.status === "CLOSED") taken.push({ step: "CLOSED", at: c.closedAt });
  if (c.status === "DISMISSED") taken.push({ step: "DISMISSED", at: c.closedAt });

  const ahead = AHEAD[c.kind][c.status as CaseStatus] ?? [];
  const finished = ahead.length === 0;
  return [
    ...taken.map((s, i): TimelineStep => ({ ...s, state: !finished && i === taken.length - 1 ? "current" : "done" })),
    ...ahead.map((step): TimelineStep => ({ step, at: null, state: "next" })),
  ];
}

export type WriterOutcome =
  /** 公示反映 closed: the conclusion for the person (never the verdict or the findings), and the words sent with it. */
  | { kind: "conclusion"; conclusion: string | null; text: string | null }
  /** 监督举报 or 说心里话 closed: the outcome's words, if any. */
  | { kind: "closed"; text: string | null }
  /** 不予受理: the reason. */
  | { kind: "dismissed"; reason: string | null };

/** What a finished case tells its writer; null while it is open. */
export function writerOutcome(c: {
  kind: CaseKind;
  status: string;
  conclusion: string | null;
  outcomeText: string | null;
}): WriterOutcome | null {
  if (c.status === "DISMISSED") return { kind: "dismissed", reason: c.outcomeText };
  if (c.status !== "CLOSED") return null;
  if (c.kind === "OBJECTION") return { kind: "conclusion", conclusion: c.conclusion, text: c.outcomeText };
  return { kind: "closed", text: c.outcomeText };
}
