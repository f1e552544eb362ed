import "server-only";
// The staff inbox of the three channels (说心里话, 公示反映, 监督举报): the filtered list, the
// open and overdue counts of the console menu and home, one case opened in full (audited), and
// the .xlsx of the filtered list. Staff only, checked here at every door; a case about the
// staff member reading (isAboutActor) is left out of every list and count and is "not found"
// when opened by its address. The writer's identity leaves this module only for the case's
// handler and administrators (canSeeWriter), and in an export only for administrators.
import zh from "../../../messages/zh-CN/cases.json";
import zhAdmin from "../../../messages/zh-CN/cases-admin.json";
import type { Prisma } from "../../generated/prisma/client";
import { db } from "../../db/client";
import { transaction } from "../../db/tx";
import { isAdmin, isStaff, requireStaff, type Actor } from "../../auth/actor";
import { now as clockNow } from "../../calendar/clock";
import { formatDay, parseDay, shanghaiDateTimeText, shanghaiToday } from "../../calendar/dates";
import { currentDueDay, isCaseOverdue, TALK_FOLLOW_UP_DAYS } from "../../cases/deadlines";
import { CASE_KINDS, isCaseOpen, type CaseKind, type CaseStatus } from "../../state/case";
import type { Table } from "../../nominations/spreadsheet";
import { appendAudit } from "../audit-log";
import { NotFoundError } from "../errors";
import { pageOf, pageWindow } from "../paging";
import { canStaffOpen, isAboutActor, type CaseAccessFields } from "./engine";
import { caseDecisions } from "./decisions";

export const CASE_PAGE_SIZE = 30;
export const CASE_EXPORT_LIMIT = 50_000;
/** "Most urgent first" orders in memory; an inbox larger than this is ordered within its newest this many. */
const URGENT_SCAN_LIMIT = 5_000;

/** Statuses in which a case waits on staff (isCaseOpen: 已答复 waits on the 说心里话 writer). */
export const OPEN_STATUSES: CaseStatus[] = ["PENDING", "ACCEPTED", "INVESTIGATING"];

export type HandlerFilter = "all" | "me" | "none" | { staffId: string };

export interface CaseListQuery {
  kind?: CaseKind;
  /** A status, or "OPEN": every status in which the case waits on staff. */
  status?: CaseStatus | "OPEN";
  handler?: HandlerFilter;
  overdue?: boolean;
  sort?: "new" | "urgent";
  page?: number;
}

// ——— Filters ———

/** Leaves out the cases about this staff member (the person reported, or the person in the notice). */
export function notAboutWhere(actor: { realName: string }): Prisma.CaseWhereInput {
  const name = actor.realName.trim();
  if (!name) return {};
  return {
    AND: [
      { OR: [{ subjectName: null }, { subjectName: { not: name } }] },
      { OR: [{ noticeEntryId: null }, { noticeEntry: { is: { name: { not: name } } } }] },
    ],
  };
}

/** Overdue on `now`'s Beijing day: the due day that applies (see currentDueDay) is before today. */
export function overdueWhere(now: Date): Prisma.CaseWhereInput {
  const today = parseDay(shanghaiToday(now))!;
  return {
    OR: [
      { status: "PENDING", acceptDueOn: { lt: today } },
      { status: { in: ["ACCEPTED", "INVESTIGATING"] }, answerDueOn: { lt: today } },
    ],
  };
}

function listWhere(actor: Actor, q: CaseListQuery, now: Date): Prisma.CaseWhereInput {
  const and: Prisma.CaseWhereInput[] = [notAboutWhere(actor)];
  if (q.kind) and.push({ kind: q.kind });
  if (q.status === "OPEN") and.push({ status: { in: OPEN_STATUSES } });
  else if (q.status) and.push({ status: q.status });
  const h = q.handler ?? "all";
  if (h === "me") and.push({ handlerId: actor.id });
  else if (h === "none") and.push({ handlerId: null });
  else if (h !== "all") and.push({ handlerId: h.staffId });
  if (q.overdue) and.push(overdueWhere(now));
  return { AND: and };
}

const accessSelect = {
  writerId: true,
  handlerId: true,
  subjectName: true,
  noticeEntry: { select: { name: true } },
} as const;

type AccessRow = { writerId: string | null; handlerId: string | null; subjectName: string | null; noticeEntry: { name: string } | null };
const accessOf = (r: AccessRow): CaseAccessFields => ({
  writerId: r.writerId,
  handlerId: r.handlerId,
  subjectName: r.subjectName,
  entryName: r.noticeEntry?.name ?? null,
});

const rowSelect = {
  id: true,
  kind: true,
  number: true,
  status: true,
  category: true,
  title: true,
  anonymous: true,
  createdAt: true,
  acceptDueOn: true,
  answerDueOn: true,
  handler: { select: { realName: true } },
  ...accessSelect,
} as const;

type ListRow = Prisma.CaseGetPayload<{ select: typeof rowSelect }>;

export interface CaseListRow {
  id: string;
  number: string;
  kind: CaseKind;
  category: string | null;
  title: string;
  status: CaseStatus;
  handlerName: string | null;
  /** The due day that applies now ("2026-12-09"), or null when the case waits on no one in the department. */
  dueDay: string | null;
  overdue: boolean;
  anonymous: boolean;
  filedAt: Date;
}

function listRow(r: ListRow, now: Date): CaseListRow {
  const kind = r.kind as CaseKind;
  const due = currentDueDay({ ...r, kind });
  return {
    id: r.id,
    number: r.number,
    kind,
    category: r.category,
    title: r.title,
    status: r.status as CaseStatus,
    handlerName: r.handler?.realName ?? null,
    dueDay: due ? formatDay(due) : null,
    overdue: isCaseOverdue({ ...r, kind }, now),
    anonymous: r.anonymous,
    filedAt: r.createdAt,
  };
}

/**
 * Most urgent first: cases waiting on staff before the others, by the due day that applies,
 * real-name before anonymous on the same day (real-name reports are handled first), then the
 * oldest; finished cases after them, newest first.
 */
export function urgencyOrder(
  a: { kind: CaseKind; status: string; acceptDueOn: Date; answerDueOn: Date | null; anonymous: boolean; createdAt: Date },
  b: typeof a,
): number {
  const dueA = currentDueDay(a);
  const dueB = currentDueDay(b);
  if (dueA && !dueB) return -1;
  if (!dueA && dueB) return 1;
  if (dueA && dueB) {
    return dueA.getTime() - dueB.getTime() || Number(a.anonymous) - Number(b.anonymous) || a.createdAt.getTime() - b.createdAt.getTime();
  }
  return b.createdAt.getTime() - a.createdAt.getTime();
}

/** A page of the inbox: the filters, newest or most urgent first. */
export async function listCases(actor: Actor | null, q: CaseListQuery = {}, opts: { now?: Date } = {}) {
  const a = requireStaff(actor);
  const now = opts.now ?? clockNow();
  const where = listWhere(a, q, now);
  const w = pageWindow(q.page, CASE_PAGE_SIZE);
  const total = await db().case.count({ where });
  let rows: ListRow[];
  if (q.sort === "urgent") {
    const light = await db().case.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: URGENT_SCAN_LIMIT,
      select: { id: true, kind: true, status: true, acceptDueOn: true, answerDueOn: true, anonymous: true, createdAt: true },
    });
    const ids = light
      .map((r) => ({ ...r, kind: r.kind as CaseKind }))
      .sort(urgencyOrder)
      .slice(w.skip, w.skip + w.take)
      .map((r) => r.id);
    const found = await db().case.findMany({ where: { id: { in: ids } }, select: rowSelect });
    const byId = new Map(found.map((r) => [r.id, r]));
    rows = ids.map((id) => byId.get(id)!).filter(Boolean);
  } else {
    rows = await db().case.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: w.skip,
      take: w.take,
      select: rowSelect,
    });
  }
  // The where clause leaves out the cases about the reader; the same rule once more, in code.
  return { ...pageOf(total, w), rows: rows.filter((r) => !isAboutActor(accessOf(r), a)).map((r) => listRow(r, now)) };
}

export type CaseCounts = Record<CaseKind, { open: number; overdue: number }> & { open: number; overdue: number };

/** Open (waiting on staff) and overdue cases per kind, leaving out those about the reader: the menu's and the home page's numbers. */
export async function caseCounts(actor: Actor | null, opts: { now?: Date } = {}): Promise<CaseCounts> {
  const a = requireStaff(actor);
  const now = opts.now ?? clockNow();
  const base = notAboutWhere(a);
  const [open, overdue] = await Promise.all([
    db().case.groupBy({ by: ["kind"], where: { AND: [base, { status: { in: OPEN_STATUSES } }] }, _count: { _all: true } }),
    db().case.groupBy({ by: ["kind"], where: { AND: [base, overdueWhere(now)] }, _count: { _all: true } }),
  ]);
  const of = (rows: typeof open, kind: CaseKind) => rows.find((r) => r.kind === kind)?._count._all ?? 0;
  const out = { open: 0, overdue: 0 } as CaseCounts;
  for (const kind of CASE_KINDS) {
    out[kind] = { open: of(open, kind), overdue: of(overdue, kind) };
    out.open += out[kind].open;
    out.overdue += out[kind].overdue;
  }
  return out;
}

/** The menu's number: open cases, or null for someone who is not staff (the menu shows none). */
export async function openCaseCount(actor: Actor | null): Promise<number | null> {
  if (!isStaff(actor)) return null;
  // One count, on every console page (the layout's menu): caseCounts also groups the overdue
  // ones by kind, which the menu does not show. Same filter as caseCounts(actor).open.
  return db().case.count({ where: { AND: [notAboutWhere(actor), { status: { in: OPEN_STATUSES } }] } });
}

/** Staff members by name: the inbox's handler filter. */
export async function caseHandlers(actor: Actor | null): Promise<{ id: string; name: string }[]> {
  requireStaff(actor);
  const rows = await db().user.findMany({
    where: { role: { in: ["REVIEWER", "ADMIN"] }, status: "APPROVED" },
    orderBy: [{ realName: "asc" }, { id: "asc" }],
    select: { id: true, realName: true },
  });
  return rows.map((r) => ({ id: r.id, name: r.realName }));
}

// ——— One case ———

const caseSelect = {
  id: true,
  kind: true,
  number: true,
  status: true,
  category: true,
  title: true,
  anonymous: true,
  subjectName: true,
  subjectUnit: true,
  subjectPost: true,
  eventTime: true,
  eventPlace: true,
  handlerId: true,
  writerId: true,
  acceptDueOn: true,
  answerDueOn: true,
  acceptedAt: true,
  answeredAt: true,
  closedAt: true,
  followedUpAt: true,
  verdict: true,
  conclusion: true,
  outcomeText: true,
  createdAt: true,
  handler: { select: { realName: true } },
  writer: { select: { realName: true, workUnit: true, position: true, phone: true, email: true } },
  notice: { select: { title: true, startsOn: true, endsOn: true } },
  noticeEntry: { select: { name: true, currentPost: true, proposedPost: true } },
  messages: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, type: true, authorId: true, body: true, createdAt: true },
  },
  attachments: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, messageId: true, fileName: true, mimeType: true, size: true },
  },
} satisfies Prisma.CaseSelect;

export interface CaseAttachmentView {
  id: string;
  fileName: string;
  size: number;
}

export interface CaseMessageView {
  id: string;
  type: "WRITER" | "REPLY" | "NOTE" | "EVENT";
  /** The staff member who wrote a reply or note; null for the writer's own messages (their name is in the writer block, for those who may see it). */
  staffName: string | null;
  body: string;
  at: Date;
  attachments: CaseAttachmentView[];
}

/**
 * One case for the console, with its whole thread (staff-only notes included), its files, its
 * due days and what the reader may do with it. Every opening is written to the audit log.
 * Unknown, or about the reader: NotFoundError (the same answer, so an address reveals nothing).
 */
export async function openCase(actor: Actor | null, id: string, opts: { now?: Date } = {}) {
  const a = requireStaff(actor);
  const now = opts.now ?? clockNow();
  const c = await db().case.findUnique({ where: { id }, select: caseSelect });
  if (!c) throw new NotFoundError();
  const access = accessOf(c);
  if (!canStaffOpen(access, a)) throw new NotFoundError();
  const kind = c.kind as CaseKind;
  const decisions = caseDecisions({ ...access, kind, status: c.status, answeredAt: c.answeredAt, followedUpAt: c.followedUpAt }, a, now);
  await transaction((tx) =>
    appendAudit(tx, {
      actor: a,
      action: "case.open",
      entityType: "Case",
      entityId: c.id,
      after: { number: c.number, writerShown: decisions.canSeeWriter },
    }),
  );

  const staffIds = [...new Set(c.messages.filter((m) => m.type !== "WRITER" && m.authorId).map((m) => m.authorId!))];
  const [staff, assignees] = await Promise.all([
    staffIds.length ? db().user.findMany({ where: { id: { in: staffIds } }, select: { id: true, realName: true } }) : [],
    decisions.canAssign ? assigneesFor(access) : [],
  ]);
  const staffName = new Map(staff.map((s) => [s.id, s.realName]));
  const filesOf = (messageId: string | null) =>
    c.attachments.filter((f) => f.messageId === messageId).map((f) => ({ id: f.id, fileName: f.fileName, size: f.size }));
  const due = currentDueDay({ ...c, kind });
  return {
    id: c.id,
    number: c.number,
    kind,
    status: c.status as CaseStatus,
    category: c.category,
    title: c.title,
    anonymous: c.anonymous,
    filedAt: c.createdAt,
    acceptDueDay: formatDay(c.acceptDueOn),
    answerDueDay: c.answerDueOn ? formatDay(c.answerDueOn) : null,
    dueDay: due ? formatDay(due) : null,
    overdue: isCaseOverdue({ ...c, kind }, now),
    open: isCaseOpen(kind, c.status),
    acceptedAt: c.acceptedAt,
    answeredAt: c.answeredAt,
    closedAt: c.closedAt,
    followedUpAt: c.followedUpAt,
    /** While a 说心里话 writer may still follow up: the last moment they may. */
    followUpUntil: decisions.awaitingFollowUp && c.answeredAt ? new Date(c.answeredAt.getTime() + TALK_FOLLOW_UP_DAYS * 86_400_000) : null,
    subject: c.subjectName ? { name: c.subjectName, unit: c.subjectUnit, post: c.subjectPost } : null,
    eventTime: c.eventTime,
    eventPlace: c.eventPlace,
    notice: c.notice ? { title: c.notice.title, entry: c.noticeEntry } : null,
    handlerName: c.handler?.realName ?? null,
    /** Only for the handler and administrators; null for anyone else, and for an anonymous case. */
    writer: decisions.canSeeWriter && c.writer ? c.writer : null,
    verdict: c.verdict,
    conclusion: c.conclusion,
    outcomeText: c.outcomeText,
    messages: c.messages.map((m): CaseMessageView => ({
      id: m.id,
      type: m.type as CaseMessageView["type"],
      staffName: m.type === "WRITER" || !m.authorId ? null : (staffName.get(m.authorId) ?? null),
      body: m.body,
      at: m.createdAt,
      attachments: filesOf(m.id),
    })),
    /** Files not tied to a message. */
    otherFiles: filesOf(null),
    decisions,
    assignees,
  };
}

export type ConsoleCase = Awaited<ReturnType<typeof openCase>>;

/** Staff a case may be given to: approved reviewers and administrators, not its handler, never someone it is about. */
async function assigneesFor(c: CaseAccessFields): Promise<{ id: string; name: string }[]> {
  const rows = await db().user.findMany({
    where: { role: { in: ["REVIEWER", "ADMIN"] }, status: "APPROVED", ...(c.handlerId ? { id: { not: c.handlerId } } : {}) },
    orderBy: [{ realName: "asc" }, { id: "asc" }],
    select: { id: true, realName: true, role: true, status: true },
  });
  return rows.filter((r) => !isAboutActor(c, r as Actor)).map((r) => ({ id: r.id, name: r.realName }));
}

// ——— Export ———

const L = zh.cases;
const XL = zhAdmin.caseAdmin.export;
const label = (table: Record<string, string>, key: string | null) => (key ? (table[key] ?? key) : "");

function categoryLabel(kind: CaseKind, category: string | null): string {
  if (kind === "TALK") return label(L.talkCategory, category);
  if (kind === "REPORT") return label(L.reportCategory, category);
  return "";
}

/**
 * The filtered inbox as a table (the file's words are Chinese whatever the interface language:
 * it goes into the department's records). The writer's name and unit only for administrators.
 * Audited with the filters and the row count.
 */
export async function exportCases(actor: Actor | null, q: CaseListQuery = {}, opts: { now?: Date } = {}): Promise<Table> {
  const a = requireStaff(actor);
  const now = opts.now ?? clockNow();
  const admin = isAdmin(a);
  const rows = await db().case.findMany({
    where: listWhere(a, q, now),
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: CASE_EXPORT_LIMIT,
    select: { ...rowSelect, writer: { select: { realName: true, workUnit: true } } },
  });
  const visible = rows.filter((r) => !isAboutActor(accessOf(r), a));
  await transaction((tx) =>
    appendAudit(tx, {
      actor: a,
      action: "export.cases",
      entityType: "Case",
      entityId: null,
      after: {
        rows: visible.length,
        writersShown: admin,
        filters: { ...q, handler: typeof q.handler === "object" ? q.handler.staffId : (q.handler ?? "all") },
      },
    }),
  );
  const headers = [XL.number, XL.kind, XL.category, XL.caseTitle, XL.status, XL.filedAt, XL.dueDay, XL.handler, XL.overdue];
  if (admin) headers.push(XL.writer, XL.writerUnit);
  return {
    title: XL.sheet,
    headers,
    rows: visible.map((r) => {
      const v = listRow(r, now);
      const cells = [
        v.number,
        label(L.kind, v.kind),
        categoryLabel(v.kind, v.category),
        v.title,
        label(L.status, v.status),
        shanghaiDateTimeText(v.filedAt),
        v.dueDay ?? "",
        v.handlerName ?? XL.unassigned,
        v.overdue ? XL.yes : XL.no,
      ];
      if (admin) cells.push(r.writer ? r.writer.realName : L.anonymous, r.writer?.workUnit ?? "");
      return cells;
    }),
  };
}
