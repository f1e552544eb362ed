import "server-only";
// 公示反映: an objection to one person of a published 任职前公示, filed while the notice is in
// its period and only then (from its first day 00:00:00 to its last day 23:59:59, Beijing
// time), checked here against the clock at the moment of filing, so a form left open past the
// last day is refused however it is posted.
import { db } from "../../db/client";
import { transaction } from "../../db/tx";
import type { Actor } from "../../auth/actor";
import { now as clockNow } from "../../calendar/clock";
import { periodState, type PeriodState } from "../../calendar/notice-period";
import { CASE_LIMITS } from "../../cases/kinds";
import type { ObjectionInput } from "../../validation/cases-channels";
import { DomainError, NotFoundError } from "../errors";
import { loadWorkCalendar } from "../holidays";
import { fileCase, type FiledCase } from "./engine";
import { channelAttachments, channelWriter, type ChannelFilingOptions } from "./channel-writer";

export interface ObjectionTarget {
  id: string;
  title: string;
  startsOn: Date;
  endsOn: Date;
  state: PeriodState;
  entries: { id: string; name: string; currentPost: string; proposedPost: string }[];
}

const entrySelect = { id: true, name: true, currentPost: true, proposedPost: true } as const;

/** A published 任职前公示 and its persons, for the objection form (public data only), or null. */
export async function objectionTarget(noticeId: string, now: Date = clockNow()): Promise<ObjectionTarget | null> {
  const n = await db().notice.findFirst({
    where: { id: noticeId, status: "PUBLISHED", kind: "PRE_APPOINTMENT" },
    select: { id: true, title: true, startsOn: true, endsOn: true, entries: { select: entrySelect, orderBy: { position: "asc" } } },
  });
  if (!n?.startsOn || !n.endsOn) return null;
  const period = { startsOn: n.startsOn, endsOn: n.endsOn };
  return { ...n, ...period, state: periodState(period, now) };
}

/**
 * Files an objection about one person of a published 任职前公示 in its period. Refusals: the
 * notice is not published (errors.notFound), not a 任职前公示 (objection.errors.notPreAppointment),
 * outside its period (cases.errors.notInPeriod), or the person is not in it.
 */
export async function fileObjection(actor: Actor | null, input: ObjectionInput, opts: ChannelFilingOptions): Promise<FiledCase> {
  const writer = channelWriter("OBJECTION", actor, opts);
  const attachments = channelAttachments("OBJECTION", opts);
  return transaction(async (tx) => {
    // The clock is read inside the transaction: a retried attempt sees the time it runs at.
    const now = opts.now ?? clockNow();
    const n = await tx.notice.findFirst({
      where: { id: input.noticeId, status: "PUBLISHED" },
      select: { id: true, kind: true, startsOn: true, endsOn: true, entries: { where: { id: input.noticeEntryId }, select: entrySelect } },
    });
    if (!n) throw new NotFoundError();
    if (n.kind !== "PRE_APPOINTMENT" || !n.startsOn || !n.endsOn) throw new DomainError("objection.errors.notPreAppointment");
    if (periodState({ startsOn: n.startsOn, endsOn: n.endsOn }, now) !== "ACTIVE") throw new DomainError("cases.errors.notInPeriod");
    const entry = n.entries[0];
    if (!entry) throw new DomainError("errors.invalid", { noticeEntryId: ["objection.errors.noSuchPerson"] });
    const cal = await loadWorkCalendar(tx);
    return fileCase(
      tx,
      {
        kind: "OBJECTION",
        writer,
        address: opts.address,
        // For staff lists: who it is about and the post proposed (the words stay in the thread).
        title: `${entry.name}｜${entry.proposedPost}`.slice(0, CASE_LIMITS.title),
        body: input.body,
        noticeId: n.id,
        noticeEntryId: entry.id,
        subjectName: entry.name,
        subjectPost: entry.currentPost.slice(0, CASE_LIMITS.subjectPost),
        attachments,
      },
      cal,
      now,
    );
  });
}
