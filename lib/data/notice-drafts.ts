import "server-only";
// From the shortlist to the 公示: "发布任职前公示" on a vacancy's review page makes a 任职前公示 draft
// prefilled from the vacancy's 考察对象 — one person per shortlisted candidate, with name, gender,
// birth year-month, education, current post and proposed post from the candidate records and the
// vacancy — and a period on the official calendar: from the next working day, MIN_NOTICE_WORKING_DAYS
// working days. Staff then edit and publish it on the notice pages as any 公示 (publishing moves the
// vacancy to 公示中 and tells its nominators, lib/data/notices.ts).
import { db, type Tx } from "../db/client";
import { transaction } from "../db/tx";
import { appendAudit } from "../audit/log";
import { requireStaff, type Actor } from "../auth/actor";
import { now as clockNow } from "../calendar/clock";
import { formatDay, parseDay, shanghaiToday } from "../calendar/dates";
import { draftNoticePeriod, MIN_NOTICE_WORKING_DAYS } from "../calendar/notice-period";
import { CalendarNotCoveredError, type WorkCalendar } from "../calendar/working-days";
import { translate } from "../notifications/render";
import { DomainError, NotFoundError } from "./errors";
import { loadWorkCalendar } from "./holidays";

type Client = Tx | ReturnType<typeof db>;

/** Why no draft can be made now (catalog keys of the "loop" namespace). */
export type DraftRefusal = "vacancyNotOpen" | "windowOpen" | "shortlistEmpty" | "noticeExists";

export interface NoticeDraftState {
  canDraft: boolean;
  reason: string | null;
  shortlisted: number;
  /** The vacancy's current 任职前公示 (a draft being prepared or the published one), if any. */
  current: { id: string; title: string; isDraft: boolean } | null;
}

async function readState(client: Client, vacancyId: string, now: Date) {
  const v = await client.vacancy.findUnique({
    where: { id: vacancyId },
    select: { id: true, post: true, unit: true, status: true, closesAt: true, _count: { select: { shortlist: true } } },
  });
  if (!v) throw new NotFoundError();
  const current = await client.notice.findFirst({
    where: { vacancyId, kind: "PRE_APPOINTMENT", status: { in: ["DRAFT", "PUBLISHED"] } },
    select: { id: true, title: true, status: true },
    orderBy: { createdAt: "desc" },
  });
  let refusal: DraftRefusal | null = null;
  if (current) refusal = "noticeExists";
  // (公示中 with no 公示 left: the one published was withdrawn, and a new one is prepared.)
  else if (v.status !== "PUBLISHED" && v.status !== "NOTICE") refusal = "vacancyNotOpen";
  else if (v.closesAt.getTime() > now.getTime()) refusal = "windowOpen";
  else if (v._count.shortlist === 0) refusal = "shortlistEmpty";
  return { v, current, refusal };
}

/** Whether the review page offers "发布任职前公示", or what it shows instead. */
export async function noticeDraftState(actor: Actor | null, vacancyId: string, now: Date = clockNow()): Promise<NoticeDraftState> {
  requireStaff(actor);
  const { v, current, refusal } = await readState(db(), vacancyId, now);
  return {
    canDraft: refusal === null,
    reason: refusal && `loop.draft.${refusal}`,
    shortlisted: v._count.shortlist,
    current: current && { id: current.id, title: current.title, isDraft: current.status === "DRAFT" },
  };
}

/**
 * The period of a 公示 drafted today: its first day is the next working day after today (Beijing),
 * its last the day it reaches MIN_NOTICE_WORKING_DAYS working days. A year the calendar does not
 * cover is refused in words (staff enter that year's arrangement first), never guessed.
 */
export function draftPeriod(cal: WorkCalendar, now: Date): { startsOn: Date; endsOn: Date } {
  try {
    const p = draftNoticePeriod(cal, shanghaiToday(now));
    return { startsOn: parseDay(p.startsOn)!, endsOn: parseDay(p.endsOn)! };
  } catch (e) {
    if (e instanceof CalendarNotCoveredError) throw new DomainError("loop.draft.calendarNotCovered", undefined, { year: e.year });
    throw e;
  }
}

const birthYearMonth = (d: Date) => formatDay(d).slice(0, 7);
const clip = (s: string, max: number) => (s.length > max ? s.slice(0, max) : s);

/** Creates the 公示 draft from the vacancy's shortlist; returns its id. */
export async function draftNoticeFromShortlist(actor: Actor | null, vacancyId: string, now: Date = clockNow()): Promise<{ id: string }> {
  const a = requireStaff(actor);
  return transaction(async (tx) => {
    const { v, refusal } = await readState(tx, vacancyId, now);
    if (refusal) throw new DomainError(`loop.draft.${refusal}`);
    const period = draftPeriod(await loadWorkCalendar(tx), now);
    const shortlist = await tx.shortlist.findMany({
      where: { vacancyId },
      orderBy: { createdAt: "asc" },
      select: {
        candidate: { select: { id: true, name: true, gender: true, birthDate: true, education: true, workUnit: true, currentPost: true } },
      },
    });
    // The 公示 is an official Chinese document: its words are the zh-CN catalog's whatever the reader's language.
    const zh = (key: string, params: Record<string, string | number> = {}) => translate("zh-CN", key, params);
    const proposedPost = clip(`${v.unit}${v.post}`, 200);
    const entries = shortlist.map(({ candidate: c }, position) => ({
      position,
      candidateId: c.id,
      name: clip(c.name, 40),
      gender: c.gender,
      birthYearMonth: birthYearMonth(c.birthDate),
      education: clip(zh(`nominations.education.${c.education}`), 60),
      currentPost: clip(`${c.workUnit}${c.currentPost}`, 200),
      proposedPost,
    }));
    const data = {
      kind: "PRE_APPOINTMENT",
      title: clip(zh("loop.draft.noticeTitle", { post: v.post, unit: v.unit }), 200),
      body: zh("loop.draft.noticeBody", { days: MIN_NOTICE_WORKING_DAYS }),
      contact: zh("boardAdmin.notice.contactDefault"),
      vacancyId,
      ...period,
    };
    const row = await tx.notice.create({
      data: { ...data, status: "DRAFT", createdById: a.id, entries: { create: entries } },
      select: { id: true },
    });
    await appendAudit(tx, {
      actor: a,
      action: "notice.draftFromShortlist",
      entityType: "Notice",
      entityId: row.id,
      after: { ...data, startsOn: formatDay(period.startsOn), endsOn: formatDay(period.endsOn), entries, status: "DRAFT" },
    });
    return row;
  });
}
