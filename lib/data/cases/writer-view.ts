import "server-only";
// The writer's side of a case, for all three channels: the list in /account (我的来信与反映)
// and one case as its writer reads it, in /account or by 查询码. The writer reads the thread
// without the staff-only notes, and the department's replies without the staff member's name
// (they are signed 组织部门); of the outcome they read the conclusion, never the verdict or the
// findings. Someone else's case id reads as not found.
import type { Prisma } from "../../generated/prisma/client";
import { db } from "../../db/client";
import { transaction } from "../../db/tx";
import { requireUser, type Actor } from "../../auth/actor";
import { now as clockNow } from "../../calendar/clock";
import { canFollowUp, currentDueDay, TALK_FOLLOW_UP_DAYS } from "../../cases/deadlines";
import { writerOutcome, writerTimeline, type TimelineStep, type WriterOutcome } from "../../cases/writer-timeline";
import type { CaseKind, CaseStatus } from "../../state/case";
import { caseLookupsPerAddress, rateKeys, takeSlot } from "../rate-limits";
import { pageOf, pageWindow } from "../paging";
import { DomainError, NotFoundError } from "../errors";
import { caseIdByQueryCode, isWriter } from "./engine";

export const MY_CASES_PAGE_SIZE = 20;

/** The thread entries a writer reads: their own messages and the department's replies (never NOTE or EVENT). */
const WRITER_VISIBLE = ["WRITER", "REPLY"];

/** Where a file of a case is downloaded (the attachments' door checks who asks). */
export const attachmentHref = (id: string) => `/cases/files/${id}`;

const VIEW_SELECT = {
  id: true,
  kind: true,
  number: true,
  status: true,
  category: true,
  title: true,
  anonymous: true,
  writerId: true,
  subjectName: true,
  subjectUnit: true,
  subjectPost: true,
  eventTime: true,
  eventPlace: true,
  notice: { select: { title: true } },
  noticeEntry: { select: { name: true, proposedPost: true } },
  acceptDueOn: true,
  answerDueOn: true,
  acceptedAt: true,
  answeredAt: true,
  closedAt: true,
  followedUpAt: true,
  conclusion: true,
  outcomeText: true,
  createdAt: true,
  messages: {
    where: { type: { in: [...WRITER_VISIBLE] } },
    orderBy: [{ createdAt: "asc" as const }, { id: "asc" as const }],
    select: {
      id: true,
      type: true,
      body: true,
      createdAt: true,
      attachments: { orderBy: [{ createdAt: "asc" as const }, { id: "asc" as const }], select: { id: true, fileName: true, size: true } },
    },
  },
} satisfies Prisma.CaseSelect;

type ViewRow = NonNullable<Awaited<ReturnType<typeof readCase>>>;

const readCase = (id: string) => db().case.findUnique({ where: { id }, select: VIEW_SELECT });

export interface WriterAttachment {
  id: string;
  fileName: string;
  size: number;
  /** The download link; null where the reader cannot be told apart from anyone (a 查询码 lookup). */
  href: string | null;
}

export interface WriterMessage {
  id: string;
  /** The writer, or the organization department (no staff member is ever named). */
  from: "writer" | "department";
  body: string;
  at: Date;
  attachments: WriterAttachment[];
}

/** One case as its writer reads it. No staff name, no note, no verdict, no identity. */
export interface WriterCaseView {
  id: string;
  number: string;
  kind: CaseKind;
  status: CaseStatus;
  category: string | null;
  title: string;
  anonymous: boolean;
  filedAt: Date;
  /** Whom an objection or report is about, as the writer named them. */
  about: { name: string | null; unit: string | null; post: string | null; notice: string | null } | null;
  /** A report's when and where. */
  event: { time: string | null; place: string | null } | null;
  /** The day the department is to act by while it waits on them: acceptance, then the answer. */
  due: { on: Date; step: "accept" | "answer" } | null;
  thread: WriterMessage[];
  timeline: TimelineStep[];
  outcome: WriterOutcome | null;
  /** 说心里话: may follow up once (within TALK_FOLLOW_UP_DAYS of the answer), until followUpUntil. */
  canFollowUp: boolean;
  followUpUntil: Date | null;
  /** 说心里话: may confirm that the answered letter is settled. */
  canConfirm: boolean;
}

function toView(c: ViewRow, now: Date, opts: { links: boolean }): WriterCaseView {
  const kind = c.kind as CaseKind;
  const due = currentDueDay({ kind, status: c.status, acceptDueOn: c.acceptDueOn, answerDueOn: c.answerDueOn });
  const followUp = canFollowUp({ kind, status: c.status, answeredAt: c.answeredAt, followedUpAt: c.followedUpAt }, now);
  const hasSubject = c.subjectName || c.noticeEntry;
  return {
    id: c.id,
    number: c.number,
    kind,
    status: c.status as CaseStatus,
    category: c.category,
    title: c.title,
    anonymous: c.anonymous,
    filedAt: c.createdAt,
    about: hasSubject
      ? {
          name: c.noticeEntry?.name ?? c.subjectName,
          unit: c.subjectUnit,
          post: c.noticeEntry?.proposedPost ?? c.subjectPost,
          notice: c.notice?.title ?? null,
        }
      : null,
    event: c.eventTime || c.eventPlace ? { time: c.eventTime, place: c.eventPlace } : null,
    due: due ? { on: due, step: c.status === "PENDING" ? "accept" : "answer" } : null,
    thread: c.messages.map((m) => ({
      id: m.id,
      from: m.type === "WRITER" ? "writer" : "department",
      body: m.body,
      at: m.createdAt,
      attachments: m.attachments.map((a) => ({ ...a, href: opts.links ? attachmentHref(a.id) : null })),
    })),
    timeline: writerTimeline(
      {
        kind,
        status: c.status,
        createdAt: c.createdAt,
        acceptedAt: c.acceptedAt,
        answeredAt: c.answeredAt,
        closedAt: c.closedAt,
        followedUpAt: c.followedUpAt,
      },
      c.messages.filter((m) => m.type === "REPLY").map((m) => m.createdAt),
    ),
    outcome: writerOutcome({ kind, status: c.status, conclusion: c.conclusion, outcomeText: c.outcomeText }),
    canFollowUp: followUp,
    followUpUntil: followUp && c.answeredAt ? new Date(c.answeredAt.getTime() + TALK_FOLLOW_UP_DAYS * 86_400_000) : null,
    canConfirm: kind === "TALK" && c.status === "ANSWERED",
  };
}

/** One of the caller's own cases (any channel); another's, or none, is NotFoundError. */
export async function getMyCase(actor: Actor | null, id: string, opts: { now?: Date } = {}): Promise<WriterCaseView> {
  const a = requireUser(actor);
  const c = await readCase(id);
  if (!c || !isWriter({ writerId: c.writerId, handlerId: null, subjectName: null }, a)) throw new NotFoundError();
  return toView(c, opts.now ?? clockNow(), { links: true });
}

/** The caller's cases of every channel, newest first, with what they may do on each. */
export async function listMyCases(actor: Actor | null, opts: { page?: number; now?: Date } = {}) {
  const a = requireUser(actor);
  const now = opts.now ?? clockNow();
  const w = pageWindow(opts.page, MY_CASES_PAGE_SIZE);
  const where = { writerId: a.id };
  const [total, rows] = await Promise.all([
    db().case.count({ where }),
    db().case.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: w.skip,
      take: w.take,
      select: {
        id: true,
        number: true,
        kind: true,
        title: true,
        status: true,
        createdAt: true,
        acceptDueOn: true,
        answerDueOn: true,
        answeredAt: true,
        followedUpAt: true,
      },
    }),
  ]);
  return {
    ...pageOf(total, w),
    rows: rows.map((c) => {
      const kind = c.kind as CaseKind;
      return {
        id: c.id,
        number: c.number,
        kind,
        title: c.title,
        status: c.status as CaseStatus,
        filedAt: c.createdAt,
        dueOn: currentDueDay({ kind, status: c.status, acceptDueOn: c.acceptDueOn, answerDueOn: c.answerDueOn }),
        canFollowUp: canFollowUp({ kind, status: c.status, answeredAt: c.answeredAt, followedUpAt: c.followedUpAt }, now),
        canConfirm: kind === "TALK" && c.status === "ANSWERED",
      };
    }),
  };
}

/**
 * The case of a 查询码, for anyone who holds the code (an anonymous writer). Every attempt, right
 * or wrong, takes one of the address's lookup slots in a transaction of its own, so a refused
 * lookup still counts; a wrong code says only that it is wrong. No download links: the reader
 * is not known.
 */
export async function lookupCase(code: string, opts: { address: string; now?: Date }): Promise<WriterCaseView> {
  const now = opts.now ?? clockNow();
  await transaction((tx) => takeSlot(tx, rateKeys.caseLookups(opts.address), caseLookupsPerAddress(), now));
  const id = await transaction((tx) => caseIdByQueryCode(tx, code));
  const c = id ? await readCase(id) : null;
  if (!c) throw new DomainError("cases.errors.queryCode", { code: ["cases.errors.queryCode"] });
  return toView(c, now, { links: false });
}
