import "server-only";
// The registration queue of the console: it opens on 待审核, oldest first, each with how many
// working days it has waited and whether it is past the review target (the setting); "下一条"
// after a decision; and the queue as a spreadsheet (ID numbers masked, the export audited).
// Other statuses list newest first, as before. Staff only, checked at every door here.
import zh from "../../messages/zh-CN/console-home.json";
import zhAccount from "../../messages/zh-CN/account.json";
import type { Prisma } from "../generated/prisma/client";
import { db } from "../db/client";
import { transaction } from "../db/tx";
import { appendAudit } from "../audit/log";
import { requireStaff, type Actor } from "../auth/actor";
import { now as clockNow } from "../calendar/clock";
import { shanghaiDateTimeText, shanghaiToday } from "../calendar/dates";
import { isReviewOverdue, workingDaysWaited } from "../calendar/review-target";
import { reviewTargetDays } from "../env/settings";
import { accountMachine, accountMoveRefusal, type AccountStatus } from "../state/account";
import type { Table } from "../nominations/spreadsheet";
import { loadWorkCalendar } from "./holidays";
import { pageOf, pageWindow } from "./paging";
import { oldestFirst, pendingRegistrationWaits, type PendingWait } from "./registration-waits";

export const QUEUE_PAGE_SIZE = 20;
export const REGISTRATION_EXPORT_LIMIT = 50_000;

/** What the status filter holds: a status, or every status ("ALL"). Nothing chosen is 待审核. */
export type QueueStatus = AccountStatus | "ALL";

export function queueStatus(raw: string | undefined): QueueStatus {
  if (raw === "ALL") return "ALL";
  return raw && accountMachine.isState(raw) ? raw : "PENDING";
}

export interface QueueQuery {
  status?: string;
  q?: string;
  page?: number;
  now?: Date;
}

export interface QueueWait {
  since: Date;
  /** Working days waited (the day of submission not counted, today counted). */
  waitedDays: number;
  overdue: boolean;
}

export interface QueueRow {
  id: string;
  realName: string;
  idMasked: string;
  gender: string;
  phone: string;
  workUnit: string;
  position: string;
  politicalStatus: string;
  status: AccountStatus;
  createdAt: Date;
  reviewNote: string | null;
  /** Only for a pending registration. */
  wait: QueueWait | null;
  canApprove: boolean;
  canReject: boolean;
}

const rowSelect = {
  id: true,
  realName: true,
  idMasked: true,
  gender: true,
  phone: true,
  workUnit: true,
  position: true,
  politicalStatus: true,
  role: true,
  status: true,
  createdAt: true,
  reviewNote: true,
} as const;

function filterWhere(q?: string): Prisma.UserWhereInput {
  const text = q?.trim();
  return { role: "NOMINATOR", ...(text ? { OR: [{ realName: { contains: text } }, { workUnit: { contains: text } }] } : {}) };
}

async function waitRule(now: Date) {
  const cal = await loadWorkCalendar();
  const today = shanghaiToday(now);
  const days = reviewTargetDays();
  return (since: Date): QueueWait => {
    const day = shanghaiToday(since);
    return { since, waitedDays: workingDaysWaited(cal, day, today), overdue: isReviewOverdue(cal, day, days, today) };
  };
}

type Row = Prisma.UserGetPayload<{ select: typeof rowSelect }>;

function queueRow(a: Actor, u: Row, wait: QueueWait | null): QueueRow {
  const { role: _role, ...rest } = u;
  return {
    ...rest,
    status: u.status as AccountStatus,
    wait: u.status === "PENDING" ? wait : null,
    canApprove: accountMoveRefusal(a, u, "approve") === null,
    canReject: accountMoveRefusal(a, u, "reject") === null,
  };
}

/** Reads the rows of `ids` in that order. */
async function rowsInOrder(ids: string[]): Promise<Row[]> {
  if (ids.length === 0) return [];
  const rows = await db().user.findMany({ where: { id: { in: ids } }, select: rowSelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is Row => r !== undefined);
}

/** The queue's rows in order: pending ones oldest first with their wait; others newest first. */
async function orderedIds(status: QueueStatus, q: string | undefined, limit: { skip: number; take: number }) {
  const where = filterWhere(q);
  if (status === "PENDING") {
    const waits = (await pendingRegistrationWaits(where)).sort(oldestFirst);
    return { total: waits.length, waits: waits.slice(limit.skip, limit.skip + limit.take) };
  }
  const w = status === "ALL" ? where : { AND: [where, { status }] };
  const [total, rows] = await Promise.all([
    db().user.count({ where: w }),
    db().user.findMany({
      where: w,
      select: { id: true },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: limit.skip,
      take: limit.take,
    }),
  ]);
  return { total, waits: rows.map((r) => ({ id: r.id, since: null as Date | null })) };
}

/** Waits of the pending rows among `rows` that `orderedIds` did not compute (the "ALL" list). */
async function waitsOf(rows: Row[], known: Map<string, Date | null>): Promise<Map<string, Date>> {
  const out = new Map<string, Date>();
  const missing = rows.filter((r) => r.status === "PENDING" && !known.get(r.id)).map((r) => r.id);
  for (const [id, since] of known) if (since) out.set(id, since);
  if (missing.length) for (const w of await pendingRegistrationWaits({ id: { in: missing } })) out.set(w.id, w.since);
  return out;
}

/** One page of the queue. */
export async function registrationQueue(actor: Actor | null, query: QueueQuery = {}) {
  const a = requireStaff(actor);
  const now = query.now ?? clockNow();
  const status = queueStatus(query.status);
  const w = pageWindow(query.page, QUEUE_PAGE_SIZE);
  const { total, waits } = await orderedIds(status, query.q, w);
  const [rows, rule] = await Promise.all([rowsInOrder(waits.map((x) => x.id)), waitRule(now)]);
  const since = await waitsOf(rows, new Map(waits.map((x) => [x.id, x.since])));
  return {
    status,
    reviewDays: reviewTargetDays(),
    ...pageOf(total, w),
    rows: rows.map((u) => queueRow(a, u, since.has(u.id) ? rule(since.get(u.id)!) : null)),
  };
}

/** Where a registration stands (or stood, once decided) in the queue's order. */
async function anchorOf(id: string): Promise<PendingWait | null> {
  const [user, received] = await Promise.all([
    db().user.findUnique({ where: { id }, select: { id: true, createdAt: true } }),
    db().notification.findFirst({
      where: { userId: id, kind: "account.received" },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true },
    }),
  ]);
  return user ? { id, since: received?.createdAt ?? user.createdAt } : null;
}

/**
 * The pending registration after `afterId` in queue order (oldest first), wrapping round to the
 * oldest; null when none is left but `afterId` itself. Read when "下一条" is followed, so a
 * registration decided meanwhile by a colleague is passed over, and one skipped stays behind.
 */
export async function nextPendingRegistration(actor: Actor | null, afterId?: string): Promise<string | null> {
  requireStaff(actor);
  const queue = (await pendingRegistrationWaits()).sort(oldestFirst);
  const others = queue.filter((w) => w.id !== afterId);
  if (others.length === 0) return null;
  const anchor = afterId ? (queue.find((w) => w.id === afterId) ?? (await anchorOf(afterId))) : null;
  const after = anchor ? others.find((w) => oldestFirst(w, anchor) > 0) : undefined;
  return (after ?? others[0]).id;
}

const X = zh.consoleQueue.export;

/** The queue as filtered on the page (every page of it), for the department's records. */
export async function exportRegistrations(actor: Actor | null, query: QueueQuery = {}): Promise<Table> {
  const a = requireStaff(actor);
  const now = query.now ?? clockNow();
  const status = queueStatus(query.status);
  const { total, waits } = await orderedIds(status, query.q, { skip: 0, take: REGISTRATION_EXPORT_LIMIT });
  const [rows, rule] = await Promise.all([rowsInOrder(waits.map((x) => x.id)), waitRule(now)]);
  const since = await waitsOf(rows, new Map(waits.map((x) => [x.id, x.since])));
  await transaction((tx) =>
    appendAudit(tx, {
      actor: a,
      action: "export.registrations",
      entityType: "User",
      entityId: null,
      after: { rows: rows.length, total, status, q: query.q?.trim() || null },
    }),
  );
  const statusLabel = zhAccount.accountStatus as Record<string, string>;
  const genderLabel = zhAccount.gender as Record<string, string>;
  const politicalLabel = zhAccount.political as Record<string, string>;
  return {
    title: status === "ALL" ? X.titleAll : `${X.title}（${statusLabel[status] ?? status}）`,
    headers: [
      X.realName,
      X.idMasked,
      X.gender,
      X.phone,
      X.workUnit,
      X.position,
      X.political,
      X.submittedAt,
      X.status,
      X.waited,
      X.overdue,
      X.note,
    ],
    rows: rows.map((u) => {
      const wait = since.has(u.id) && u.status === "PENDING" ? rule(since.get(u.id)!) : null;
      return [
        u.realName,
        u.idMasked,
        genderLabel[u.gender] ?? u.gender,
        u.phone,
        u.workUnit,
        u.position,
        politicalLabel[u.politicalStatus] ?? u.politicalStatus,
        shanghaiDateTimeText(wait?.since ?? u.createdAt),
        statusLabel[u.status] ?? u.status,
        wait ? wait.waitedDays : null,
        wait ? (wait.overdue ? X.yes : X.no) : "",
        u.reviewNote ?? "",
      ];
    }),
  };
}
