// What a staff member may do with a case now, decided in one place from the case's kind and
// status, its handler and the caller: the console page shows exactly these buttons, and the
// moves (./handling.ts) check the same decision again at their door. Pages never
// compare status strings themselves.
import { isAdmin, type Actor } from "../../auth/actor";
import { canFollowUp } from "../../cases/deadlines";
import { canHandle, canStaffOpen, canSeeWriter, type CaseAccessFields } from "./engine";
import { isCaseFinished, type CaseKind } from "../../state/case";

export interface DecisionFields extends CaseAccessFields {
  kind: CaseKind;
  status: string;
  answeredAt: Date | null;
  followedUpAt: Date | null;
}

/** How a case is closed: the form differs by kind. */
export type CloseForm = "report" | "objection" | "talk";

export interface CaseDecisions {
  /** Opened by its handler (or an administrator): the writer's identity is shown. */
  canSeeWriter: boolean;
  isHandler: boolean;
  /** Take an unassigned case (become its handler). */
  canTake: boolean;
  /** Assign or transfer to another staff member: administrators, and the handler. */
  canAssign: boolean;
  canAccept: boolean;
  /** 不予受理 with a reason (公示反映 and 监督举报 only). */
  canDismiss: boolean;
  /** A reply the writer reads. */
  canReply: boolean;
  /** The reply of a 说心里话 letter is its answer (已受理 → 已答复). */
  canAnswer: boolean;
  /** A staff-only note. */
  canNote: boolean;
  /** Download the case's files: the writer and the handlers only (the same rule as the download route). */
  canDownload: boolean;
  /** 监督举报: 已受理 → 核查中. */
  canInvestigate: boolean;
  canClose: boolean;
  closeForm: CloseForm | null;
  /** 说心里话 answered and the writer may still follow up: staff wait (the page says until when). */
  awaitingFollowUp: boolean;
}

const NONE: CaseDecisions = {
  canSeeWriter: false,
  isHandler: false,
  canTake: false,
  canAssign: false,
  canAccept: false,
  canDismiss: false,
  canReply: false,
  canAnswer: false,
  canNote: false,
  canDownload: false,
  canInvestigate: false,
  canClose: false,
  closeForm: null,
  awaitingFollowUp: false,
};

function closeFormOf(c: DecisionFields, now: Date): CloseForm | null {
  if (c.kind === "REPORT" && c.status === "INVESTIGATING") return "report";
  if (c.kind === "OBJECTION" && c.status === "ACCEPTED") return "objection";
  // 说心里话: staff close an answered letter only once the writer can no longer follow up
  // (the window passed, or the one follow-up was used and answered).
  if (c.kind === "TALK" && c.status === "ANSWERED" && c.answeredAt && !canFollowUp(c, now)) return "talk";
  return null;
}

export function caseDecisions(c: DecisionFields, actor: Actor | null, now: Date): CaseDecisions {
  if (!canStaffOpen(c, actor)) return NONE;
  const handle = canHandle(c, actor);
  const finished = isCaseFinished(c.status);
  const isHandler = c.handlerId === actor.id;
  const closeForm = handle ? closeFormOf(c, now) : null;
  const work = handle && !finished;
  return {
    canSeeWriter: canSeeWriter(c, actor),
    isHandler,
    canTake: !finished && c.handlerId === null,
    canAssign: !finished && (isAdmin(actor) || isHandler),
    canAccept: work && c.status === "PENDING",
    canDismiss: work && c.status === "PENDING" && c.kind !== "TALK",
    canReply: work && c.status !== "PENDING",
    canAnswer: work && c.kind === "TALK" && c.status === "ACCEPTED",
    canNote: handle,
    canDownload: handle,
    canInvestigate: work && c.kind === "REPORT" && c.status === "ACCEPTED",
    canClose: closeForm !== null,
    closeForm,
    awaitingFollowUp: c.kind === "TALK" && c.status === "ANSWERED" && canFollowUp(c, now),
  };
}
