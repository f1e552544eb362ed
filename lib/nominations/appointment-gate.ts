// The 任免 gate (条例: 任职前公示 → objections handled → 任免): whether a 任命 decision may be
// published, and if not, why — as a catalog key the console shows in words. One pure predicate
// of what the data layer read in the publishing transaction; the console's DTO carries its answer.
import type { PeriodState } from "../calendar/notice-period";

/** 公示结果 of one person: 无异议, or the conclusion of the objections about them. */
export const NOTICE_RESULTS = ["NO_OBJECTION", "NO_EFFECT", "DEFER", "REFUSE"] as const;
export type NoticeResult = (typeof NOTICE_RESULTS)[number];

/** Results that let the 任命 go ahead: 无异议 and 不影响任职. */
export const CLEARING_RESULTS: readonly NoticeResult[] = ["NO_OBJECTION", "NO_EFFECT"];

export function isNoticeResult(value: string | null | undefined): value is NoticeResult {
  return (NOTICE_RESULTS as readonly string[]).includes(value ?? "");
}

/** What the objections about the person say (lib/data/cases/objections.ts objectionBlocks). */
export interface ObjectionState {
  /** Objections still waiting on staff (待受理 / 已受理). */
  open: number;
  /** Closed ones block: a conclusion other than 不影响任职, or none recorded. */
  blocked: boolean;
}

export interface GateInput {
  kind: string;
  /** The 任命 is for a vacancy or names a 任职前公示: it must name the person of that 公示. */
  needsPerson: boolean;
  person: null | {
    /** The 公示 is published (not a draft, not withdrawn). */
    noticePublished: boolean;
    period: PeriodState | null;
    result: string | null;
    objections: ObjectionState;
    /** The 任命 fills a vacancy other than the one its person's 公示 was for (or a 公示 for none). */
    otherVacancy?: boolean;
  };
}

export type GateRefusal =
  | "noPerson"
  | "personOtherVacancy"
  | "noticeNotPublished"
  | "noticeUpcoming"
  | "noticeActive"
  | "objectionOpen"
  | "noResult"
  | "resultDefer"
  | "resultRefuse"
  | "objectionBlocks";

export interface GateAnswer {
  canPublish: boolean;
  /** Catalog key of the refusal ("loop.gate.<refusal>"), null when it may be published. */
  reason: string | null;
}

const refuse = (r: GateRefusal): GateAnswer => ({ canPublish: false, reason: `loop.gate.${r}` });
const OK: GateAnswer = { canPublish: true, reason: null };

/**
 * A 任命 of a person of a 任职前公示 may be published only when their 公示 has ended, no objection
 * about them is open, and the recorded result is 无异议 or 不影响任职 (and no closed objection
 * says otherwise). 免去 decisions, and 任命 that name no vacancy nor 公示, are not gated.
 */
export function appointmentGate(g: GateInput): GateAnswer {
  if (g.kind !== "APPOINT") return OK;
  const p = g.person;
  if (!p) return g.needsPerson ? refuse("noPerson") : OK;
  // Publishing fills the 任命's vacancy: its person must come from that vacancy's own 公示.
  if (p.otherVacancy) return refuse("personOtherVacancy");
  if (!p.noticePublished || p.period === null) return refuse("noticeNotPublished");
  if (p.period === "UPCOMING") return refuse("noticeUpcoming");
  if (p.period === "ACTIVE") return refuse("noticeActive");
  if (p.objections.open > 0) return refuse("objectionOpen");
  if (!isNoticeResult(p.result)) return refuse("noResult");
  if (p.result === "DEFER") return refuse("resultDefer");
  if (p.result === "REFUSE") return refuse("resultRefuse");
  if (p.objections.blocked) return refuse("objectionBlocks");
  return OK;
}

/**
 * The one result staff may record for a person whose 公示 ended: 无异议 when no objection about
 * them is open or closed (dismissed ones aside), else the weightiest conclusion of the closed
 * ones. Null with a reason when none can be recorded yet (an objection still open, or closed
 * without a conclusion).
 */
export function recordableResult(o: {
  open: number;
  conclusion: string | null;
  blocked: boolean;
}): { result: NoticeResult; reason: null } | { result: null; reason: string } {
  if (o.open > 0) return { result: null, reason: "loop.gate.objectionOpen" };
  if (o.conclusion === null)
    return o.blocked ? { result: null, reason: "loop.gate.objectionBlocks" } : { result: "NO_OBJECTION", reason: null };
  // 不影响任职 yet blocked: another closed objection carries no conclusion.
  if (!isNoticeResult(o.conclusion) || (o.conclusion === "NO_EFFECT" && o.blocked))
    return { result: null, reason: "loop.gate.objectionBlocks" };
  return { result: o.conclusion, reason: null };
}
