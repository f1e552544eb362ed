import "server-only";
// The one case engine behind 说心里话, 公示反映 and 监督举报: filing (number, due days, caps,
// the same text twice in a day, the 查询码), moving a case through its kind's state machine
// (with a thread entry, the writer's notification and an audit entry), and the access rules
// every read and write of a case checks. Channel-specific rules (who may write, the notice's
// period…) are checked by the channel's own module before it calls fileCase.
import { createHash, randomUUID } from "node:crypto";
import type { Tx } from "../../db/client";
import { isAdmin, isStaff, type Actor } from "../../auth/actor";
import { caseCounterKey, formatCaseNumber } from "../../cases/case-number";
import { caseDueDays } from "../../cases/deadlines";
import { newQueryCode, normalizeQueryCode, queryCodeHash } from "../../cases/query-code";
import { caseMachine, type CaseKind, type CaseStatus } from "../../state/case";
import type { WorkCalendar } from "../../calendar/working-days";
import { windowStart } from "../rate-limits";
import { casesPerDay, rateKeys, takeSlot } from "../rate-limits";
import { appendAudit } from "../audit-log";
import { notify } from "../notify";
import { DomainError } from "../errors";
import { storeAttachments, type AttachmentFile } from "./attachments";

// ——— Access ———

/** What a case row must carry for the access rules. */
export interface CaseAccessFields {
  writerId: string | null;
  handlerId: string | null;
  subjectName: string | null;
  /** For an objection: the name of the person in the notice. */
  entryName?: string | null;
}

/**
 * A staff member never sees a case about themselves (a report or objection naming them): the
 * person a case is about never sees it, even from the console. Matched on the real name, which
 * is how the writer names them; a namesake on the staff is kept out too, which is the safe side.
 */
export function isAboutActor(c: CaseAccessFields, actor: Actor): boolean {
  const name = actor.realName.trim();
  return !!name && (c.subjectName?.trim() === name || c.entryName?.trim() === name);
}

/** Staff who may open the case in the console (not the person it is about). */
export function canStaffOpen(c: CaseAccessFields, actor: Actor | null): actor is Actor {
  return isStaff(actor) && !isAboutActor(c, actor);
}

/** Whether this staff member may act on the case: its handler, an administrator, or anyone on staff while it has no handler (they take it). */
export function canHandle(c: CaseAccessFields, actor: Actor | null): actor is Actor {
  if (!canStaffOpen(c, actor)) return false;
  const admin: boolean = isAdmin(actor);
  return admin || c.handlerId === null || c.handlerId === actor.id;
}

/** The writer's identity (name, account) is shown only to the assigned handler and administrators. */
export function canSeeWriter(c: CaseAccessFields, actor: Actor | null): boolean {
  if (!canStaffOpen(c, actor)) return false;
  const admin: boolean = isAdmin(actor);
  return admin || (c.handlerId !== null && c.handlerId === actor.id);
}

/** The writer of a real-name case reading it in /account. */
export function isWriter(c: CaseAccessFields, actor: Actor | null): boolean {
  return !!actor && c.writerId !== null && c.writerId === actor.id;
}

// ——— Filing ———

export interface FileCaseInput {
  kind: CaseKind;
  /** The signed-in writer filing under their name, or null for an anonymous case. */
  writer: Actor | null;
  /** The client's address (caps an anonymous writer). */
  address: string;
  category?: string | null;
  title: string;
  body: string;
  noticeId?: string | null;
  noticeEntryId?: string | null;
  subjectName?: string | null;
  subjectUnit?: string | null;
  subjectPost?: string | null;
  eventTime?: string | null;
  eventPlace?: string | null;
  attachments?: AttachmentFile[];
}

export interface FiledCase {
  id: string;
  number: string;
  /** Shown once to an anonymous writer; never stored in clear. */
  queryCode: string | null;
}

function contentHash(kind: CaseKind, source: string, body: string): string {
  const text = body.replace(/\s+/g, "");
  return createHash("sha256").update(`${kind}\u0000${source}\u0000${text}`).digest("hex");
}

/**
 * Files a case inside `tx`: takes the writer's daily slot (per account, or per address when
 * anonymous), refuses the same text from the same source twice in a Beijing day, numbers it,
 * sets its due days, writes the first thread message and its files, tells a signed-in writer
 * and audits the filing (the number and kind only: a case's words never go into the log).
 */
export async function fileCase(tx: Tx, input: FileCaseInput, cal: WorkCalendar, now: Date): Promise<FiledCase> {
  const { kind, writer } = input;
  const source = writer ? `user:${writer.id}` : `ip:${input.address}`;
  await takeSlot(tx, writer ? rateKeys.casesByUser(writer.id) : rateKeys.casesByAddress(input.address), casesPerDay(), now);
  const hash = contentHash(kind, source, input.body);
  const same = await tx.case.count({ where: { contentHash: hash, createdAt: { gte: windowStart("beijingDay", now) } } });
  if (same > 0) throw new DomainError("cases.errors.duplicate", { body: ["cases.errors.duplicate"] });

  const queryCode = writer ? null : newQueryCode();
  const due = caseDueDays(cal, now);
  const created = await tx.case.create({
    data: {
      kind,
      // Numbered below, once the files are in (see there).
      number: `pending:${randomUUID()}`,
      status: "PENDING",
      category: input.category ?? null,
      title: input.title,
      writerId: writer?.id ?? null,
      anonymous: !writer,
      queryCodeHash: queryCode ? queryCodeHash(normalizeQueryCode(queryCode)!) : null,
      noticeId: input.noticeId ?? null,
      noticeEntryId: input.noticeEntryId ?? null,
      subjectName: input.subjectName ?? null,
      subjectUnit: input.subjectUnit ?? null,
      subjectPost: input.subjectPost ?? null,
      eventTime: input.eventTime ?? null,
      eventPlace: input.eventPlace ?? null,
      acceptDueOn: due.acceptDueOn,
      answerDueOn: due.answerDueOn,
      contentHash: hash,
      createdAt: now,
      messages: { create: { type: "WRITER", authorId: writer?.id ?? null, body: input.body, createdAt: now } },
    },
    select: { id: true, messages: { select: { id: true } } },
  });
  if (input.attachments?.length) await storeAttachments(tx, created.id, created.messages[0]!.id, input.attachments, now);
  // The day's number last: the counter row stays locked from its increment to the commit, and
  // every other filing of the kind that day waits on it, so nothing slow (the files' bytes, an
  // object store's upload) may come after it.
  const key = caseCounterKey(kind, now);
  const counter = await tx.caseCounter.upsert({ where: { key }, create: { key, value: 1 }, update: { value: { increment: 1 } } });
  const number = formatCaseNumber(key, counter.value);
  await tx.case.update({ where: { id: created.id }, data: { number }, select: { id: true } });
  await appendAudit(tx, {
    actor: writer,
    action: "case.file",
    entityType: "Case",
    entityId: created.id,
    after: { number, kind, anonymous: !writer },
  });
  if (writer) await notify(tx, [caseNotice({ id: created.id, kind, number, writerId: writer.id }, "case.received")], now);
  return { id: created.id, number, queryCode };
}

// ——— Moving a case ———

export type CaseNoticeKind = "case.received" | "case.accepted" | "case.dismissed" | "case.answered" | "case.investigating" | "case.closed";

/** The writer's message about a step: the case's number and channel only, never its words. */
export function caseNotice(c: { id: string; kind: string; number: string; writerId: string }, kind: CaseNoticeKind) {
  return { userId: c.writerId, kind, params: { number: c.number, channel: c.kind }, link: `/account/cases/${c.id}` } as const;
}

const NOTICE_OF: Partial<Record<CaseStatus, CaseNoticeKind>> = {
  ACCEPTED: "case.accepted",
  DISMISSED: "case.dismissed",
  ANSWERED: "case.answered",
  INVESTIGATING: "case.investigating",
  CLOSED: "case.closed",
};

export interface MoveCaseInput {
  /** Staff member, or the writer (a follow-up or confirmation). */
  actor: Actor | null;
  to: CaseStatus;
  /** A thread entry recorded with the move: what the writer reads (REPLY, WRITER) or staff only (NOTE). */
  message?: { type: "REPLY" | "NOTE" | "WRITER"; body: string };
  /** Other columns the move sets (verdict, conclusion, outcomeText, handlerId, answerDueOn…). */
  patch?: {
    handlerId?: string | null;
    verdict?: string | null;
    conclusion?: string | null;
    outcomeText?: string | null;
    answerDueOn?: Date | null;
    followedUpAt?: Date | null;
  };
  /** Audit action name, e.g. "case.accept". */
  action: string;
  /** Whether the writer is told (default: whenever the new status has a message). */
  notifyWriter?: boolean;
}

type MovableCase = { id: string; kind: string; number: string; status: string; writerId: string | null };

/**
 * Moves `c` to `input.to` inside `tx`: the kind's machine must allow it, and the row must still
 * be in the status read (a concurrent move makes this one fail with "cases.errors.stale"). Sets
 * the step's timestamp, records the thread entry, tells a real-name writer (no words of the
 * case in it) and audits the move.
 */
export async function moveCase(tx: Tx, c: MovableCase, input: MoveCaseInput, now: Date): Promise<void> {
  const kind = c.kind as CaseKind;
  caseMachine(kind).assertTransition(c.status, input.to);
  const stamps =
    input.to === "ACCEPTED" && c.status === "PENDING"
      ? { acceptedAt: now }
      : input.to === "ANSWERED"
        ? { answeredAt: now }
        : input.to === "CLOSED" || input.to === "DISMISSED"
          ? { closedAt: now }
          : {};
  const { count } = await tx.case.updateMany({
    where: { id: c.id, status: c.status },
    data: { status: input.to, ...stamps, ...(input.patch ?? {}), updatedAt: now },
  });
  if (count !== 1) throw new DomainError("cases.errors.stale");
  if (input.message) {
    await tx.caseMessage.create({
      data: { caseId: c.id, type: input.message.type, authorId: input.actor?.id ?? null, body: input.message.body, createdAt: now },
    });
  }
  await appendAudit(tx, {
    actor: input.actor,
    action: input.action,
    entityType: "Case",
    entityId: c.id,
    before: { status: c.status },
    after: { status: input.to, ...(input.patch?.conclusion ? { conclusion: input.patch.conclusion } : {}) },
  });
  const notice = NOTICE_OF[input.to];
  if (c.writerId && notice && input.notifyWriter !== false) {
    await notify(tx, [caseNotice({ ...c, writerId: c.writerId }, notice)], now);
  }
}

/** Finds the case of a 查询码 (as typed), or null; the caller takes the lookup slot first. */
export async function caseIdByQueryCode(tx: Tx, typed: string): Promise<string | null> {
  const canonical = normalizeQueryCode(typed);
  if (!canonical) return null;
  const row = await tx.case.findUnique({ where: { queryCodeHash: queryCodeHash(canonical) }, select: { id: true } });
  return row?.id ?? null;
}
