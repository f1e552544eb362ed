import "server-only";
// 公告公示: general announcements and 任职前公示 (pre-appointment notices). A 任职前公示 names
// persons with their details and proposed posts, runs for a period of at least
// MIN_NOTICE_WORKING_DAYS working days on the official calendar, and gives a contact for
// feedback. Staff type a first day and a number of working days; the last day is computed
// here (never typed), and publishing re-checks the period against the current calendar.
import { db, type Tx } from "../db/client";
import { transaction } from "../db/tx";
import { appendAudit } from "../audit/log";
import { requireStaff, type Actor } from "../auth/actor";
import { formatDay, parseDay, shanghaiToday } from "../calendar/dates";
import { MIN_NOTICE_WORKING_DAYS } from "../calendar/notice-period";
import { CalendarNotCoveredError, type WorkCalendar } from "../calendar/working-days";
import { publicationMachine, type PublicationStatus } from "../state/publication";
import { isVacancyPublic } from "../state/vacancy";
import type { NoticeInput } from "../validation/boards";
import { assertEditable, changedMeanwhile, changePublication, publicationFlags, wordsWhere } from "./board-kit";
import { DomainError, NotFoundError } from "./errors";
import { boardPageWindow, paged, type Paged } from "./paging";
import { indexBoardItem } from "./search-index";
import { isSearch, searchBoard } from "./search";
import { loadWorkCalendar } from "./holidays";
import { advanceLinkedVacancy } from "./vacancies";
import { now as clockNow } from "../calendar/clock";
import { sanitizeBody } from "../markdown/render";

const summary = { id: true, kind: true, title: true, startsOn: true, endsOn: true, publishedAt: true } as const;

export interface NoticeSummary {
  id: string;
  kind: string;
  title: string;
  startsOn: Date | null;
  endsOn: Date | null;
  publishedAt: Date | null;
}

export interface NoticeEntryView {
  id: string;
  position: number;
  name: string;
  gender: string;
  birthYearMonth: string;
  education: string;
  currentPost: string;
  proposedPost: string;
}

export interface NoticeDetail extends NoticeSummary {
  body: string;
  /** Working days of the period on the official calendar (null: no period, or a year not yet covered). */
  workingDays: number | null;
  contact: string | null;
  entries: NoticeEntryView[];
  vacancy: { id: string; post: string; unit: string } | null;
  appointments: { id: string; kind: string; personName: string; decidedOn: Date }[];
}

const entrySelect = {
  id: true,
  position: true,
  name: true,
  gender: true,
  birthYearMonth: true,
  education: true,
  currentPost: true,
  proposedPost: true,
} as const;

export const noticeText = (w: string) => [
  { title: { contains: w } },
  { body: { contains: w } },
  { entries: { some: { name: { contains: w } } } },
];
const textFilter = (q: string | undefined) => wordsWhere(q, noticeText);

export const NOTICE_STATES = ["UPCOMING", "ACTIVE", "ENDED"] as const;

/** Published pre-appointment notices by period state on Beijing's `today` ("YYYY-MM-DD"). */
function stateWhere(state: string | undefined, today: Date) {
  switch (state) {
    case "ACTIVE":
      return { kind: "PRE_APPOINTMENT", startsOn: { lte: today }, endsOn: { gte: today } };
    case "UPCOMING":
      return { kind: "PRE_APPOINTMENT", startsOn: { gt: today } };
    case "ENDED":
      return { kind: "PRE_APPOINTMENT", endsOn: { lt: today } };
    default:
      return {};
  }
}

const todayAsDate = (now: Date) => parseDay(shanghaiToday(now))!;

// ---------------------------------------------------------------------------------------------
// Public

export async function listPublishedNotices(filters: {
  kind?: string;
  state?: string;
  q?: string;
  page?: number;
  now?: Date;
}): Promise<Paged<NoticeSummary>> {
  const w = boardPageWindow(filters.page);
  const { skip, take } = w;
  const where = {
    status: "PUBLISHED",
    ...(filters.kind === "GENERAL" || filters.kind === "PRE_APPOINTMENT" ? { kind: filters.kind } : {}),
    ...stateWhere(filters.state, todayAsDate(filters.now ?? clockNow())),
  };
  if (isSearch(filters.q)) {
    return searchBoard("notices", filters.q, w, {
      filtered: Object.keys(where).length > 1, // a kind or state beyond "published"
      ids: () => db().notice.findMany({ where, select: { id: true } }),
      rows: (ids) => db().notice.findMany({ where: { ...where, id: { in: ids } }, select: summary }),
    });
  }
  const [rows, total] = await Promise.all([
    db().notice.findMany({ where, select: summary, orderBy: [{ publishedAt: "desc" }, { id: "desc" }], skip, take }),
    db().notice.count({ where }),
  ]);
  return paged(rows, total, w);
}

export async function getPublishedNotice(id: string): Promise<NoticeDetail | null> {
  const n = await db().notice.findFirst({
    where: { id, status: "PUBLISHED" },
    select: {
      ...summary,
      body: true,
      contact: true,
      entries: { select: entrySelect, orderBy: { position: "asc" } },
      // A link to a vacancy is shown only while the vacancy itself is public.
      vacancy: { select: { id: true, post: true, unit: true, status: true, publishedAt: true } },
      appointments: { where: { status: "PUBLISHED" }, select: { id: true, kind: true, personName: true, decidedOn: true } },
    },
  });
  if (!n) return null;
  const workingDays = n.startsOn && n.endsOn ? periodWorkingDays(await loadWorkCalendar(), n.startsOn, n.endsOn) : null;
  const vacancy = n.vacancy && isVacancyPublic(n.vacancy) ? { id: n.vacancy.id, post: n.vacancy.post, unit: n.vacancy.unit } : null;
  return { ...n, vacancy, workingDays };
}

export async function latestNotices(take = 5): Promise<NoticeSummary[]> {
  return db().notice.findMany({
    where: { status: "PUBLISHED" },
    select: summary,
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take,
  });
}

/** 任职前公示 in their period today. */
export async function countActiveNotices(now = clockNow()): Promise<number> {
  return db().notice.count({ where: { status: "PUBLISHED", ...stateWhere("ACTIVE", todayAsDate(now)) } });
}

// ---------------------------------------------------------------------------------------------
// Console

export async function listNotices(actor: Actor | null, filters: { status?: string; kind?: string; q?: string; page?: number }) {
  requireStaff(actor);
  const w = boardPageWindow(filters.page);
  const { skip, take } = w;
  const status = filters.status && publicationMachine.isState(filters.status) ? filters.status : undefined;
  const where = {
    ...(status ? { status } : {}),
    ...(filters.kind === "GENERAL" || filters.kind === "PRE_APPOINTMENT" ? { kind: filters.kind } : {}),
    ...textFilter(filters.q),
  };
  const [rows, total] = await Promise.all([
    db().notice.findMany({ where, select: { ...summary, status: true, updatedAt: true }, orderBy: [{ updatedAt: "desc" }], skip, take }),
    db().notice.count({ where }),
  ]);
  return paged(rows, total, w);
}

export async function getNotice(actor: Actor | null, id: string) {
  requireStaff(actor);
  const row = await db().notice.findUnique({
    where: { id },
    select: {
      ...summary,
      body: true,
      contact: true,
      status: true,
      vacancyId: true,
      createdAt: true,
      updatedAt: true,
      entries: { select: entrySelect, orderBy: { position: "asc" } },
      vacancy: { select: { id: true, post: true, unit: true, status: true } },
      appointments: { select: { id: true, kind: true, personName: true, decidedOn: true, status: true } },
    },
  });
  if (!row) throw new NotFoundError();
  return { ...row, ...publicationFlags(row.status) };
}

/** Published 任职前公示 an appointment may link to. */
export async function noticeChoices(actor: Actor | null, take = 200) {
  requireStaff(actor);
  return db().notice.findMany({
    where: { kind: "PRE_APPOINTMENT", status: "PUBLISHED" },
    select: { id: true, title: true },
    orderBy: { publishedAt: "desc" },
    take,
  });
}

/** The calendar's answer as a form error on the first day. */
function calendarError(e: unknown): never {
  if (e instanceof CalendarNotCoveredError) {
    throw new DomainError("boardErrors.calendarNotCovered", { startsOn: ["boardErrors.calendarNotCovered"] });
  }
  throw e;
}

/** First day + working days → last day of the period, on the official calendar. */
export function computeEndsOn(cal: WorkCalendar, startsOn: Date, workingDays: number): Date {
  try {
    return parseDay(cal.addWorkingDays(formatDay(startsOn), workingDays))!;
  } catch (e) {
    calendarError(e);
  }
}

/** Working days in a stored period, or null when the calendar cannot tell (an uncovered year). */
export function periodWorkingDays(cal: WorkCalendar, startsOn: Date, endsOn: Date): number | null {
  try {
    return cal.countWorkingDays(formatDay(startsOn), formatDay(endsOn));
  } catch (e) {
    if (e instanceof CalendarNotCoveredError) return null;
    throw e;
  }
}

async function fields(tx: Tx, input: NoticeInput) {
  if (input.vacancyId) {
    const v = await tx.vacancy.findUnique({ where: { id: input.vacancyId }, select: { id: true } });
    if (!v) throw new DomainError("errors.invalid", { vacancyId: ["errors.notFound"] });
  }
  const common = { kind: input.kind, title: input.title, body: sanitizeBody(input.body), vacancyId: input.vacancyId ?? null };
  if (input.kind === "GENERAL") return { data: { ...common, startsOn: null, endsOn: null, contact: null }, entries: [] };
  const cal = await loadWorkCalendar(tx);
  const endsOn = computeEndsOn(cal, input.startsOn, input.workingDays);
  return {
    data: { ...common, startsOn: input.startsOn, endsOn, contact: input.contact },
    entries: input.entries.map((e, position) => ({ ...e, position })),
  };
}

export async function createNotice(actor: Actor | null, input: NoticeInput): Promise<{ id: string }> {
  const a = requireStaff(actor);
  return transaction(async (tx) => {
    const { data, entries } = await fields(tx, input);
    const row = await tx.notice.create({
      data: { ...data, status: "DRAFT", createdById: a.id, entries: { create: entries } },
      select: { id: true },
    });
    await appendAudit(tx, {
      actor: a,
      action: "notice.create",
      entityType: "Notice",
      entityId: row.id,
      after: { ...data, entries, status: "DRAFT" },
    });
    return row;
  });
}

export async function updateNotice(actor: Actor | null, id: string, input: NoticeInput): Promise<void> {
  const a = requireStaff(actor);
  await transaction(async (tx) => {
    const before = await tx.notice.findUnique({
      where: { id },
      select: {
        kind: true,
        title: true,
        body: true,
        startsOn: true,
        endsOn: true,
        contact: true,
        vacancyId: true,
        status: true,
        entries: { select: entrySelect },
      },
    });
    if (!before) throw new NotFoundError();
    assertEditable(before.status);
    const { data, entries } = await fields(tx, input);
    const { count } = await tx.notice.updateMany({ where: { id, status: before.status }, data });
    if (count !== 1) throw changedMeanwhile();
    await saveEntries(tx, id, entries);
    await indexBoardItem(tx, "notices", id);
    await appendAudit(tx, { actor: a, action: "notice.update", entityType: "Notice", entityId: id, before, after: { ...data, entries } });
  });
}

type EntryData = Awaited<ReturnType<typeof fields>>["entries"][number];

/**
 * The edited persons replace the old ones, but a person kept (same name) keeps their row: its id
 * (objections and a 任免 point at it), its link to the candidate record (a 公示 drafted from the
 * shortlist) and its recorded result. Persons no longer listed are removed.
 */
async function saveEntries(tx: Tx, noticeId: string, entries: EntryData[]) {
  const old = await tx.noticeEntry.findMany({ where: { noticeId }, select: { id: true, name: true }, orderBy: { position: "asc" } });
  const unused = [...old];
  for (const e of entries) {
    const i = unused.findIndex((o) => o.name === e.name);
    if (i >= 0) {
      const [keep] = unused.splice(i, 1);
      await tx.noticeEntry.update({ where: { id: keep.id }, data: e });
    } else {
      await tx.noticeEntry.create({ data: { ...e, noticeId } });
    }
  }
  if (unused.length) await tx.noticeEntry.deleteMany({ where: { id: { in: unused.map((o) => o.id) } } });
}

/**
 * Publishing a 任职前公示 checks, on the calendar as it is now: it has persons and a contact, it
 * starts today or later, and its period holds at least MIN_NOTICE_WORKING_DAYS working days.
 * If it names a vacancy whose nominations have closed, that vacancy moves to 公示中.
 */
async function assertPublishable(tx: Tx, id: string, now: Date) {
  const n = await tx.notice.findUnique({
    where: { id },
    select: { kind: true, startsOn: true, endsOn: true, contact: true, vacancyId: true, _count: { select: { entries: true } } },
  });
  if (!n) throw new NotFoundError();
  if (n.kind !== "PRE_APPOINTMENT") return n;
  if (!n.startsOn || !n.endsOn || !n.contact || n._count.entries === 0) throw new DomainError("boardErrors.noticeIncomplete");
  if (formatDay(n.startsOn) < shanghaiToday(now))
    throw new DomainError("boardErrors.noticeStartsInPast", { startsOn: ["boardErrors.noticeStartsInPast"] });
  const cal = await loadWorkCalendar(tx);
  let days: number;
  try {
    days = cal.countWorkingDays(formatDay(n.startsOn), formatDay(n.endsOn));
  } catch (e) {
    calendarError(e);
  }
  if (days < MIN_NOTICE_WORKING_DAYS) throw new DomainError("boardErrors.noticeTooShort", { startsOn: ["boardErrors.noticeTooShort"] });
  if (n.vacancyId) {
    const v = await tx.vacancy.findUnique({ where: { id: n.vacancyId }, select: { status: true, closesAt: true } });
    if (v?.status === "PUBLISHED" && v.closesAt.getTime() > now.getTime()) throw new DomainError("boardErrors.windowStillOpen");
  }
  return n;
}

export async function setNoticeStatus(
  actor: Actor | null,
  id: string,
  to: PublicationStatus,
  now = clockNow(),
): Promise<{ vacancyAdvanced: boolean }> {
  const a = requireStaff(actor);
  return transaction(async (tx) => {
    const n = to === "PUBLISHED" ? await assertPublishable(tx, id, now) : null;
    await changePublication(tx, tx.notice, { actor: a, entityType: "Notice", id, to, now });
    let vacancyAdvanced = false;
    if (n?.kind === "PRE_APPOINTMENT" && n.vacancyId) vacancyAdvanced = await advanceLinkedVacancy(tx, a, n.vacancyId, "NOTICE", now);
    return { vacancyAdvanced };
  });
}

export const publishNotice = (actor: Actor | null, id: string, now?: Date) => setNoticeStatus(actor, id, "PUBLISHED", now);
export const unpublishNotice = (actor: Actor | null, id: string) => setNoticeStatus(actor, id, "UNPUBLISHED");
