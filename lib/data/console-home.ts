import "server-only";
// The console home: what needs doing today, in one read, for staff only. Registrations waiting
// (and how long the oldest has, against the review target), nominations to decide per vacancy,
// vacancies closing soon, 任职前公示 in their period with their open objections and those whose
// period ended awaiting 公示结果, open and overdue cases (the case inbox's own counts), probations
// falling due, and the two charts' numbers. Names and counts only: who nominated whom stays on the review pages.
import { db } from "../db/client";
import { requireStaff, type Actor } from "../auth/actor";
import { now as clockNow } from "../calendar/clock";
import { addDays, formatDay, parseDay, shanghaiDayStart, shanghaiToday, weekday } from "../calendar/dates";
import { isReviewOverdue, workingDaysWaited } from "../calendar/review-target";
import { reviewTargetDays } from "../env/settings";
import { KEY_HOLDING_STATUSES, type NominationStatus } from "../state/nomination";
import { caseCounts, notAboutWhere, type CaseCounts } from "./cases/console";
import { loadWorkCalendar } from "./holidays";
import { vacancyName } from "./nominations";
import { oldestFirst, pendingRegistrationWaits } from "./registration-waits";
import { nominationsPerBeijingDay, registrationsPerBeijingDay } from "./sql/console-charts";
import { countDueProbations, listDueProbations, PROBATION_DUE_DAYS } from "./probations";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const KEY_HOLDING = KEY_HOLDING_STATUSES as NominationStatus[];
/** Lines listed by name in one card; the rest are counted ("另有 n 个"). */
export const HOME_LINES = 8;
/** "Vacancies closing within 3 days". */
export const CLOSING_WITHIN_DAYS = 3;
/** "Probations due within 60 days" (the probation list's window). */
export const PROBATION_WITHIN_DAYS = PROBATION_DUE_DAYS;
export const CHART_DAYS = 30;
export const CHART_WEEKS = 12;
/** Objections waiting on staff (待受理, 已受理): the ones that hold a 任免 (cases/objections.ts). */
const OPEN_OBJECTION_STATUSES = ["PENDING", "ACCEPTED"];

export interface HomeRegistrations {
  pending: number;
  /** Past the review target. */
  overdue: number;
  /** The oldest pending one: working days waited, and whether it is past the target. */
  oldest: { id: string; waitedDays: number; overdue: boolean } | null;
}

export interface HomeVacancyLine {
  id: string;
  name: string;
  closesAt: Date;
  /** Nominations waiting for a decision. */
  pending: number;
  /** The window has closed. */
  closed: boolean;
  /** Closed longer ago than the review target with decisions still open (the digest's 已超时). */
  overdue: boolean;
}

export interface HomeClosingLine {
  id: string;
  name: string;
  closesAt: Date;
  /** Nominations that still count. */
  nominations: number;
}

export interface HomeNoticeLine {
  id: string;
  title: string;
  /** "2026-12-01" (calendar days). */
  startsOn: string;
  endsOn: string;
  persons: number;
  openObjections: number;
}

/** A 任职前公示 whose period has ended with persons still waiting for their 公示结果. */
export interface HomeResultLine {
  id: string;
  title: string;
  /** "2026-12-01" (calendar day). */
  endsOn: string;
  /** Persons with no result recorded and no 任命 of them published. */
  waiting: number;
  /** Objections about its persons still waiting on staff (no result can be recorded for those yet). */
  openObjections: number;
}

export interface HomeProbationLine {
  id: string;
  personName: string;
  post: string;
  unit: string;
  endsOn: string;
  /** The probation has ended and is still not assessed. */
  overdue: boolean;
}

export interface ChartPoint {
  /** The day ("2026-12-01"), or a week's Monday. */
  day: string;
  count: number;
}

export interface ConsoleHome {
  at: Date;
  reviewDays: number;
  registrations: HomeRegistrations;
  nominations: { total: number; vacancies: HomeVacancyLine[]; moreVacancies: number; pool: number };
  closing: { total: number; lines: HomeClosingLine[] };
  notices: { lines: HomeNoticeLine[]; openObjections: number; awaitingResults: { total: number; lines: HomeResultLine[] } };
  cases: CaseCounts;
  probations: { total: number; overdue: number; lines: HomeProbationLine[] };
  charts: { nominationsPerDay: ChartPoint[]; registrationsPerWeek: ChartPoint[] };
}

/** The whole home page, for staff. `now` for tests; the clock otherwise. */
export async function consoleHome(actor: Actor | null, opts: { now?: Date } = {}): Promise<ConsoleHome> {
  const a = requireStaff(actor);
  const at = opts.now ?? clockNow();
  const reviewDays = reviewTargetDays();
  const today = shanghaiToday(at);
  const cal = await loadWorkCalendar();
  const overdueSince = (day: string) => isReviewOverdue(cal, day, reviewDays, today);

  const [registrations, nominations, closing, notices, cases, probations, nominationsPerDay, registrationsPerWeek] = await Promise.all([
    homeRegistrations(today, overdueSince, (day) => workingDaysWaited(cal, day, today)),
    homeNominations(at, overdueSince),
    homeClosing(at),
    homeNotices(a, today),
    caseCounts(a, { now: at }),
    homeProbations(a, at),
    nominationsPerDayChart(at, today),
    registrationsPerWeekChart(today),
  ]);
  return {
    at,
    reviewDays,
    registrations,
    nominations,
    closing,
    notices,
    cases,
    probations,
    charts: { nominationsPerDay, registrationsPerWeek },
  };
}

async function homeRegistrations(
  today: string,
  overdueSince: (day: string) => boolean,
  waited: (day: string) => number,
): Promise<HomeRegistrations> {
  const waits = (await pendingRegistrationWaits()).sort(oldestFirst);
  const days = waits.map((w) => shanghaiToday(w.since));
  const first = waits[0];
  return {
    pending: waits.length,
    overdue: days.filter(overdueSince).length,
    oldest: first ? { id: first.id, waitedDays: waited(days[0]), overdue: overdueSince(days[0]) } : null,
  };
}

/**
 * Undecided = 已提交 and still valid (an expired one cannot be decided): before its expiry, or —
 * a row from before every nomination carried one — submitted less than a year ago (validUntil).
 */
export const undecidedWhere = (at: Date) => {
  const yearAgo = new Date(at);
  yearAgo.setUTCFullYear(yearAgo.getUTCFullYear() - 1);
  return {
    status: "SUBMITTED",
    OR: [{ expiresAt: { gt: at } }, { expiresAt: null, submittedAt: { gt: yearAgo } }],
  };
};

async function homeNominations(at: Date, overdueSince: (day: string) => boolean) {
  const groups = await db().nomination.groupBy({
    by: ["vacancyId"],
    where: undecidedWhere(at),
    _count: { _all: true },
  });
  const pool = groups.find((g) => g.vacancyId === null)?._count._all ?? 0;
  const targeted = groups.filter((g) => g.vacancyId !== null);
  const vacancies = targeted.length
    ? await db().vacancy.findMany({
        where: { id: { in: targeted.map((g) => g.vacancyId!) } },
        select: { id: true, post: true, unit: true, closesAt: true },
      })
    : [];
  const byId = new Map(vacancies.map((v) => [v.id, v]));
  const lines: HomeVacancyLine[] = targeted
    .filter((g) => byId.has(g.vacancyId!))
    .map((g) => {
      const v = byId.get(g.vacancyId!)!;
      const closed = v.closesAt.getTime() <= at.getTime();
      return {
        id: v.id,
        name: vacancyName(v),
        closesAt: v.closesAt,
        pending: g._count._all,
        closed,
        overdue: closed && overdueSince(shanghaiToday(v.closesAt)),
      };
    })
    // Overdue first, then closed (decisions due now), then by closing time.
    .sort(
      (x, y) => Number(y.overdue) - Number(x.overdue) || Number(y.closed) - Number(x.closed) || x.closesAt.getTime() - y.closesAt.getTime(),
    );
  return {
    total: lines.reduce((n, l) => n + l.pending, 0) + pool,
    vacancies: lines.slice(0, HOME_LINES),
    moreVacancies: Math.max(0, lines.length - HOME_LINES),
    pool,
  };
}

async function homeClosing(at: Date) {
  const where = { status: "PUBLISHED", closesAt: { gt: at, lte: new Date(at.getTime() + CLOSING_WITHIN_DAYS * DAY_MS) } };
  const [total, rows] = await Promise.all([
    db().vacancy.count({ where }),
    db().vacancy.findMany({
      where,
      orderBy: [{ closesAt: "asc" }, { id: "asc" }],
      take: HOME_LINES,
      select: { id: true, post: true, unit: true, closesAt: true },
    }),
  ]);
  const counts = rows.length
    ? await db().nomination.groupBy({
        by: ["vacancyId"],
        where: { vacancyId: { in: rows.map((v) => v.id) }, status: { in: KEY_HOLDING } },
        _count: { _all: true },
      })
    : [];
  const count = new Map(counts.map((c) => [c.vacancyId, c._count._all]));
  return {
    total,
    lines: rows.map((v) => ({ id: v.id, name: vacancyName(v), closesAt: v.closesAt, nominations: count.get(v.id) ?? 0 })),
  };
}

/** Published 任职前公示 whose period includes today, each with its objections still waiting on staff. */
async function homeNotices(a: Actor, today: string) {
  const day = parseDay(today)!;
  const rows = await db().notice.findMany({
    where: { kind: "PRE_APPOINTMENT", status: "PUBLISHED", startsOn: { lte: day }, endsOn: { gte: day } },
    orderBy: [{ endsOn: "asc" }, { id: "asc" }],
    select: { id: true, title: true, startsOn: true, endsOn: true, _count: { select: { entries: true } } },
  });
  // Counted like the case inbox counts: leaving out objections about the reader.
  const objections = rows.length
    ? await db().case.groupBy({
        by: ["noticeId"],
        where: {
          AND: [notAboutWhere(a), { kind: "OBJECTION", status: { in: OPEN_OBJECTION_STATUSES }, noticeId: { in: rows.map((n) => n.id) } }],
        },
        _count: { _all: true },
      })
    : [];
  const open = new Map(objections.map((o) => [o.noticeId, o._count._all]));
  const lines: HomeNoticeLine[] = rows.map((n) => ({
    id: n.id,
    title: n.title,
    startsOn: formatDay(n.startsOn!),
    endsOn: formatDay(n.endsOn!),
    persons: n._count.entries,
    openObjections: open.get(n.id) ?? 0,
  }));
  return {
    lines,
    openObjections: lines.reduce((s, l) => s + l.openObjections, 0),
    awaitingResults: await homeAwaitingResults(a, day),
  };
}

/**
 * A person waits for a 公示结果 while none is recorded and no 任命 of them is published (a
 * published one settles it: notice-results.ts settledBy).
 */
const waitingEntry = { result: null, appointments: { none: { kind: "APPOINT", status: "PUBLISHED" } } };

/**
 * Published 任职前公示 whose period has ended (before today) with persons still waiting for their
 * 公示结果 — the step between the 公示 and the 任免 — the longest waiting first, each with its
 * objections still open (those hold the result back).
 */
async function homeAwaitingResults(a: Actor, day: Date) {
  const where = { kind: "PRE_APPOINTMENT", status: "PUBLISHED", endsOn: { lt: day }, entries: { some: waitingEntry } };
  const [total, rows] = await Promise.all([
    db().notice.count({ where }),
    db().notice.findMany({
      where,
      orderBy: [{ endsOn: "asc" }, { id: "asc" }],
      take: HOME_LINES,
      select: { id: true, title: true, endsOn: true, _count: { select: { entries: { where: waitingEntry } } } },
    }),
  ]);
  const objections = rows.length
    ? await db().case.groupBy({
        by: ["noticeId"],
        where: {
          AND: [notAboutWhere(a), { kind: "OBJECTION", status: { in: OPEN_OBJECTION_STATUSES }, noticeId: { in: rows.map((n) => n.id) } }],
        },
        _count: { _all: true },
      })
    : [];
  const open = new Map(objections.map((o) => [o.noticeId, o._count._all]));
  const lines: HomeResultLine[] = rows.map((n) => ({
    id: n.id,
    title: n.title,
    endsOn: formatDay(n.endsOn!),
    waiting: n._count.entries,
    openObjections: open.get(n.id) ?? 0,
  }));
  return { total, lines };
}

/** Unassessed probations ending within 60 days or already ended: the probation list's own rule (probations.ts). */
async function homeProbations(a: Actor, at: Date) {
  const [rows, total] = await Promise.all([listDueProbations(a, at), countDueProbations(at)]);
  return {
    total,
    overdue: rows.filter((r) => r.overdue).length,
    lines: rows.slice(0, HOME_LINES).map((r) => ({
      id: r.id,
      personName: r.personName,
      post: r.post,
      unit: r.unit,
      endsOn: formatDay(r.endsOn),
      overdue: r.overdue,
    })),
  };
}

/** `counts` (per Beijing day) over `days` (ascending), zero days included. */
function onDays(counts: Map<string, number>, days: string[]): ChartPoint[] {
  return days.map((day) => ({ day, count: counts.get(day) ?? 0 }));
}

/** The Monday of `day`'s week. */
export const mondayOf = (day: string) => addDays(day, -((weekday(day) + 6) % 7));

/**
 * Nominations received per day over the last 30 days (today included) for the vacancies open
 * now (window open), withdrawn ones left out.
 */
async function nominationsPerDayChart(at: Date, today: string): Promise<ChartPoint[]> {
  const days = Array.from({ length: CHART_DAYS }, (_, i) => addDays(today, i - CHART_DAYS + 1));
  return onDays(await nominationsPerBeijingDay(shanghaiDayStart(days[0])!, at), days);
}

/** Registrations (nominator accounts created) per week, Monday to Sunday, over the last 12 weeks. */
async function registrationsPerWeekChart(today: string): Promise<ChartPoint[]> {
  const thisMonday = mondayOf(today);
  const weeks = Array.from({ length: CHART_WEEKS }, (_, i) => addDays(thisMonday, (i - CHART_WEEKS + 1) * 7));
  const perDay = await registrationsPerBeijingDay(shanghaiDayStart(weeks[0])!);
  const counts = new Map(weeks.map((w) => [w, 0]));
  for (const [day, n] of perDay) {
    const w = mondayOf(day);
    if (counts.has(w)) counts.set(w, counts.get(w)! + n);
  }
  return weeks.map((day) => ({ day, count: counts.get(day)! }));
}
