import "server-only";
// 我向组织说心里话: approved real-name users write to the organization department, and after an
// answer follow up once (within TALK_FOLLOW_UP_DAYS) or confirm the matter is settled. The case
// engine (./engine.ts) numbers, caps, dates, records, notifies and audits; this module says who
// may do what.
import { transaction } from "../../db/tx";
import type { Tx } from "../../db/client";
import { requireApproved, type Actor } from "../../auth/actor";
import { now as clockNow } from "../../calendar/clock";
import { answerDueAfter, canFollowUp } from "../../cases/deadlines";
import type { CaseKind } from "../../state/case";
import type { TalkInput } from "../../validation/cases-talk";
import { loadWorkCalendar } from "../holidays";
import { DomainError, NotFoundError } from "../errors";
import { notify } from "../notify";
import { fileCase, isWriter, moveCase, type FiledCase } from "./engine";

/** Files a letter under the writer's name: the daily cap and the same-text check are the engine's. */
export async function fileTalk(actor: Actor | null, input: TalkInput, opts: { address: string; now?: Date }): Promise<FiledCase> {
  const writer = requireApproved(actor);
  const now = opts.now ?? clockNow();
  return transaction(async (tx) => {
    const cal = await loadWorkCalendar(tx);
    return fileCase(
      tx,
      { kind: "TALK", writer, address: opts.address, category: input.category, title: input.title, body: input.body },
      cal,
      now,
    );
  });
}

/** The caller's own letter, read in `tx` for a move; anyone else's (or another kind) is not found. */
async function ownTalk(tx: Tx, writer: Actor, id: string) {
  const c = await tx.case.findUnique({
    where: { id },
    select: { id: true, kind: true, number: true, status: true, writerId: true, handlerId: true, answeredAt: true, followedUpAt: true },
  });
  if (!c || c.kind !== "TALK" || !isWriter({ writerId: c.writerId, handlerId: null, subjectName: null }, writer)) throw new NotFoundError();
  return { ...c, kind: c.kind as CaseKind };
}

/**
 * The writer's one follow-up: 已答复 → 已受理 with their message, the answer due day counted
 * again from today. Only once, and only within the window after the answer.
 */
export async function followUpTalk(
  actor: Actor | null,
  id: string,
  body: string,
  opts: { now?: Date } = {},
): Promise<{ id: string; number: string }> {
  const writer = requireApproved(actor);
  const now = opts.now ?? clockNow();
  return transaction(async (tx) => {
    const c = await ownTalk(tx, writer, id);
    if (!canFollowUp(c, now)) throw new DomainError(c.followedUpAt ? "myCases.errors.followedUp" : "myCases.errors.followUpClosed");
    const cal = await loadWorkCalendar(tx);
    await moveCase(
      tx,
      c,
      {
        actor: writer,
        to: "ACCEPTED",
        message: { type: "WRITER", body },
        patch: { followedUpAt: now, answerDueOn: answerDueAfter(cal, now) },
        action: "case.followUp",
        // The writer did it: no "已受理" message to themselves.
        notifyWriter: false,
      },
      now,
    );
    // The handler is told the letter is back with them (the number only, like every case message).
    if (c.handlerId) {
      await notify(
        tx,
        [{ userId: c.handlerId, kind: "case.followedUp", params: { number: c.number, channel: c.kind }, link: `/admin/cases/${c.id}` }],
        now,
      );
    }
    return { id: c.id, number: c.number };
  });
}

/** The writer confirms an answered letter is settled: 已答复 → 已办结. */
export async function confirmTalk(actor: Actor | null, id: string, opts: { now?: Date } = {}): Promise<{ id: string; number: string }> {
  const writer = requireApproved(actor);
  const now = opts.now ?? clockNow();
  return transaction(async (tx) => {
    const c = await ownTalk(tx, writer, id);
    if (c.status !== "ANSWERED") throw new DomainError("myCases.errors.notAnswered");
    await moveCase(tx, c, { actor: writer, to: "CLOSED", action: "case.confirm", notifyWriter: false }, now);
    return { id: c.id, number: c.number };
  });
}
