import "server-only";
// 公示结果: after a 任职前公示's period ends, staff record each person's result on the notice's
// console page — 无异议, or the conclusion of the objections about them (不影响任职 / 暂缓任职 /
// 不予任职). The result that may be recorded follows from the objections (recordableResult), so
// staff confirm it rather than choose it; an objection still open lets none be recorded yet.
import { db } from "../db/client";
import { transaction } from "../db/tx";
import { appendAudit } from "../audit/log";
import { requireStaff, type Actor } from "../auth/actor";
import { now as clockNow } from "../calendar/clock";
import { periodState, type PeriodState } from "../calendar/notice-period";
import { CLEARING_RESULTS, isNoticeResult, recordableResult, type NoticeResult } from "../nominations/appointment-gate";
import { objectionBlocks } from "./cases/objections";
import { DomainError, NotFoundError } from "./errors";

export interface NoticeResultRow {
  id: string;
  name: string;
  proposedPost: string;
  result: NoticeResult | null;
  resultAt: Date | null;
  /** Objections about the person still waiting on staff. */
  openObjections: number;
  /** The result the button records, when one can be recorded now. */
  recordable: NoticeResult | null;
  canRecord: boolean;
  /** Why nothing can be recorded (catalog key), when the period has ended. */
  reason: string | null;
  /** The person's 任命 (draft or published), if one was made. */
  appointment: { id: string; status: string } | null;
  /** Cleared (无异议 / 不影响任职) with no 任命 yet: the page offers 起草任免. */
  canDraftAppointment: boolean;
}

export interface NoticeResults {
  /** A published 任职前公示: the section is shown. */
  applies: boolean;
  period: PeriodState | null;
  rows: NoticeResultRow[];
}

/** A 任命 already published for the person settles their result. */
const settledBy = (appointments: { status: string; kind: string }[]) =>
  appointments.some((a) => a.kind === "APPOINT" && a.status === "PUBLISHED");

export async function getNoticeResults(actor: Actor | null, noticeId: string, now: Date = clockNow()): Promise<NoticeResults> {
  requireStaff(actor);
  const n = await db().notice.findUnique({
    where: { id: noticeId },
    select: {
      kind: true,
      status: true,
      startsOn: true,
      endsOn: true,
      entries: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          name: true,
          proposedPost: true,
          result: true,
          resultAt: true,
          appointments: { select: { id: true, status: true, kind: true }, orderBy: { createdAt: "desc" } },
        },
      },
    },
  });
  if (!n) throw new NotFoundError();
  if (n.kind !== "PRE_APPOINTMENT" || n.status !== "PUBLISHED" || !n.startsOn || !n.endsOn)
    return { applies: false, period: null, rows: [] };
  const period = periodState({ startsOn: n.startsOn, endsOn: n.endsOn }, now);
  const rows: NoticeResultRow[] = [];
  for (const e of n.entries) {
    const o = await objectionBlocks(db(), e.id);
    const r = recordableResult(o);
    const settled = settledBy(e.appointments);
    const canRecord = period === "ENDED" && !settled && r.result !== null && r.result !== e.result;
    const appointment = e.appointments.find((a) => a.kind === "APPOINT") ?? null;
    rows.push({
      id: e.id,
      name: e.name,
      proposedPost: e.proposedPost,
      result: isNoticeResult(e.result) ? e.result : null,
      resultAt: e.resultAt,
      openObjections: o.open,
      recordable: r.result,
      canRecord,
      reason: period !== "ENDED" ? null : settled ? "loop.results.settled" : r.reason,
      appointment,
      canDraftAppointment: !appointment && isNoticeResult(e.result) && CLEARING_RESULTS.includes(e.result),
    });
  }
  return { applies: true, period, rows };
}

/**
 * Records a person's 公示结果. Refused before the period ends, while an objection about them is
 * open, once a 任命 of them is published, and for any result other than the one the objections
 * give (无异议 when there are none).
 */
export async function recordNoticeResult(
  actor: Actor | null,
  entryId: string,
  result: NoticeResult,
  now: Date = clockNow(),
): Promise<{ noticeId: string }> {
  const a = requireStaff(actor);
  return transaction(async (tx) => {
    const e = await tx.noticeEntry.findUnique({
      where: { id: entryId },
      select: {
        noticeId: true,
        result: true,
        notice: { select: { kind: true, status: true, startsOn: true, endsOn: true } },
        appointments: { select: { status: true, kind: true } },
      },
    });
    if (!e) throw new NotFoundError();
    const n = e.notice;
    if (n.kind !== "PRE_APPOINTMENT" || n.status !== "PUBLISHED" || !n.startsOn || !n.endsOn)
      throw new DomainError("loop.errors.noticeNotPublished");
    if (periodState({ startsOn: n.startsOn, endsOn: n.endsOn }, now) !== "ENDED") throw new DomainError("loop.errors.periodNotEnded");
    if (settledBy(e.appointments)) throw new DomainError("loop.results.settled");
    const r = recordableResult(await objectionBlocks(tx, entryId));
    if (r.result === null) throw new DomainError(r.reason);
    if (r.result !== result) throw new DomainError("loop.errors.resultMismatch", { result: ["loop.errors.resultMismatch"] });
    if (e.result === result) return { noticeId: e.noticeId };
    const { count } = await tx.noticeEntry.updateMany({
      where: { id: entryId, result: e.result },
      data: { result, resultAt: now, resultById: a.id },
    });
    if (count !== 1) throw new DomainError("boardErrors.changedMeanwhile");
    await appendAudit(tx, {
      actor: a,
      action: "notice.result",
      entityType: "Notice",
      entityId: e.noticeId,
      before: { entryId, result: e.result },
      after: { entryId, result },
    });
    return { noticeId: e.noticeId };
  });
}
