import "server-only";
import { Prisma } from "../generated/prisma/client";
import { db, type Tx } from "../db/client";
import { transaction } from "../db/tx";
import { appendAudit } from "../audit/log";
import { requireStaff, type Actor } from "../auth/actor";
import { KEY_HOLDING_STATUSES, TALLY_STATUSES, nominationMachine, type NominationStatus } from "../state/nomination";
import { now as clockNow } from "../calendar/clock";
import { parseFlags } from "../nominations/precheck";
import { canDecide, effectiveStatus, isDecidable, validUntil, type Decision } from "../nominations/rules";
import { vacancyStage } from "../state/vacancy";
import { DomainError, NotFoundError } from "./errors";
import { nominationNotice } from "./nominations";
import { notify, type NotifyEvent } from "./notify";
import { pageOf, pageWindow } from "./paging";
import { reviewPage, tallyCandidates } from "./sql/vacancy-review";
import type { CandidateSummary } from "./candidate-fields";

// The reviewer's side: per-vacancy nominations and tallies, decisions one by one or in bulk,
// and the shortlist (考察对象). Staff only; who nominated whom never leaves these functions
// except to staff, and every read of nominator identities is written to the audit log.

export const REVIEW_PAGE_SIZE = 50;
const VACANCY_REVIEW_PAGE_SIZE = 20;
const KEY_HOLDING = KEY_HOLDING_STATUSES as NominationStatus[];
// Live nominations and those ended by the vacancy's 任命; never expired (nor past validity), withdrawn or void.
const TALLY = TALLY_STATUSES as NominationStatus[];

/** Vacancies with nominations to review, newest window first, with counts per status. */
export async function listVacanciesForReview(actor: Actor | null, query: { q?: string; page?: number; now?: Date } = {}) {
  requireStaff(actor);
  const at = query.now ?? clockNow();
  const w = pageWindow(query.page, VACANCY_REVIEW_PAGE_SIZE);
  const q = query.q?.trim();
  const where = {
    status: { not: "DRAFT" },
    ...(q ? { OR: [{ post: { contains: q } }, { unit: { contains: q } }] } : {}),
  };
  const [total, vacancies] = await Promise.all([
    db().vacancy.count({ where }),
    db().vacancy.findMany({
      where,
      orderBy: [{ closesAt: "desc" }, { id: "asc" }],
      skip: w.skip,
      take: w.take,
      select: { id: true, post: true, unit: true, status: true, opensAt: true, closesAt: true, maxPerNominator: true },
    }),
  ]);
  const counts = vacancies.length
    ? await db().nomination.groupBy({
        by: ["vacancyId", "status"],
        where: { vacancyId: { in: vacancies.map((v) => v.id) } },
        _count: { _all: true },
      })
    : [];
  const byVacancy = new Map<string, Record<string, number>>();
  for (const c of counts) {
    const m = byVacancy.get(c.vacancyId!) ?? {};
    m[c.status] = c._count._all;
    byVacancy.set(c.vacancyId!, m);
  }
  return {
    ...pageOf(total, w),
    rows: vacancies.map((v) => {
      const m = byVacancy.get(v.id) ?? {};
      return {
        ...v,
        display: vacancyStage(v, at),
        submitted: m.SUBMITTED ?? 0,
        accepted: m.ACCEPTED ?? 0,
        rejected: m.REJECTED ?? 0,
        total: (m.SUBMITTED ?? 0) + (m.ACCEPTED ?? 0) + (m.REJECTED ?? 0),
      };
    }),
  };
}

export interface TallyRow extends CandidateSummary {
  candidateId: string;
  /** Distinct nominators of nominations that still count (submitted, accepted, not adopted). */
  nominators: number;
  /** Distinct nominators whose nomination was accepted into consideration. */
  accepted: number;
  selfNominated: boolean;
  flagged: number;
  shortlisted: boolean;
}

interface RawTally {
  candidateId: string;
  nominators: number | bigint;
  accepted: number | bigint;
  selfCount: number | bigint;
  flagged: number | bigint;
}

/**
 * The tally for one vacancy: per candidate, how many DISTINCT people named them (a person
 * nominated twice after a merge counts once). Two indexed queries whatever the data size.
 */
export async function vacancyTally(actor: Actor | null, vacancyId: string, at: Date = clockNow()): Promise<TallyRow[]> {
  requireStaff(actor);
  return (await tallyFor(vacancyId, at)).rows;
}

const YEAR_MS = 366 * 86_400_000;

/**
 * Nominations of the vacancy past their one-year validity at `at` whose status has not caught up
 * yet (the sweep writes EXPIRED every few minutes): the tally leaves them out. Few or none, so
 * they are named to the tally's query rather than compared as dates in SQL on two databases.
 */
async function pastValidity(vacancyId: string, at: Date): Promise<string[]> {
  // Two queries rather than one OR: each is a range on the (vacancyId, status, expiresAt,
  // submittedAt) index, where the OR made SQLite read every nomination of the vacancy (0.8 ms on
  // 6,000 of them, on every view of the review page).
  const select = { id: true, expiresAt: true, submittedAt: true } as const;
  const where = { vacancyId, status: { in: TALLY } };
  const lists = await Promise.all([
    db().nomination.findMany({ where: { ...where, expiresAt: { lte: at } }, select }),
    db().nomination.findMany({
      where: { ...where, expiresAt: null, submittedAt: { lte: new Date(at.getTime() - YEAR_MS + 2 * 86_400_000) } },
      select,
    }),
  ]);
  return lists
    .flat()
    .filter((r) => effectiveStatus({ status: "SUBMITTED", ...r }, at) === "EXPIRED")
    .map((r) => r.id);
}

/** The tally's order: most distinct nominators, then most accepted, then the name (zh-CN collation). */
const names = new Intl.Collator("zh-CN");
const byTally = (x: TallyRow, y: TallyRow) => y.nominators - x.nominators || y.accepted - x.accepted || names.compare(x.name, y.name);

/**
 * The tally in its order. With `limit`, only its first `limit` rows are made whole: the counts
 * of every candidate come from one grouped query (an index holds all it reads), and the names
 * and details are read only for the candidates that can be among the first `limit` — those
 * counted above the cut, and those tied with it, whose names decide the order.
 */
async function tallyFor(vacancyId: string, at: Date, limit?: number): Promise<{ rows: TallyRow[]; total: number }> {
  const stale = await pastValidity(vacancyId, at);
  const raw = await db().$queryRaw<RawTally[]>(Prisma.sql`
    SELECT n."candidateId" AS "candidateId",
           COUNT(DISTINCT n."nominatorId") AS "nominators",
           COUNT(DISTINCT CASE WHEN n."status" = 'ACCEPTED' THEN n."nominatorId" END) AS "accepted",
           SUM(CASE WHEN n."isSelf" THEN 1 ELSE 0 END) AS "selfCount",
           SUM(CASE WHEN n."flags" <> '[]' THEN 1 ELSE 0 END) AS "flagged"
      FROM "Nomination" n
     WHERE n."vacancyId" = ${vacancyId}
       AND n."status" IN (${Prisma.join(TALLY)})
       ${stale.length ? Prisma.sql`AND n."id" NOT IN (${Prisma.join(stale)})` : Prisma.empty}
     GROUP BY n."candidateId"`);
  if (raw.length === 0) return { rows: [], total: 0 };
  const counted = raw.map((r) => ({
    candidateId: r.candidateId,
    nominators: Number(r.nominators),
    accepted: Number(r.accepted),
    selfNominated: Number(r.selfCount) > 0,
    flagged: Number(r.flagged),
  }));
  const cap = limit !== undefined && limit >= 1 && limit < counted.length ? limit : undefined;
  let wanted = counted;
  if (cap !== undefined) {
    counted.sort((x, y) => y.nominators - x.nominators || y.accepted - x.accepted);
    const cut = counted[cap - 1];
    let end = cap;
    while (end < counted.length && counted[end].nominators === cut.nominators && counted[end].accepted === cut.accepted) end++;
    wanted = counted.slice(0, end);
  }
  const candidates = await tallyCandidates(
    vacancyId,
    wanted.map((r) => r.candidateId),
  );
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const rows = wanted
    .map((r) => {
      const c = byId.get(r.candidateId)!;
      return {
        ...r,
        name: c.name,
        gender: c.gender,
        birthDate: c.birthDate,
        workUnit: c.workUnit,
        currentPost: c.currentPost,
        currentLevel: c.currentLevel,
        education: c.education,
        shortlisted: c.shortlisted,
      };
    })
    .sort(byTally);
  return { rows: cap === undefined ? rows : rows.slice(0, cap), total: raw.length };
}

export interface ReviewQuery {
  status?: string;
  candidateId?: string;
  flagged?: boolean;
  page?: number;
  now?: Date;
  /** Only the first rows of the tally (the page shows the top of the ranking); tallyTotal counts all. */
  tallyLimit?: number;
}

/**
 * One vacancy's review screen: the vacancy, the tally, and a page of its nominations with
 * their nominators. Opening it is recorded in the audit log (it reveals who nominated whom).
 */
export async function getVacancyReview(actor: Actor | null, vacancyId: string, query: ReviewQuery = {}) {
  const a = requireStaff(actor);
  const at = query.now ?? clockNow();
  const vacancy = await db().vacancy.findUnique({
    where: { id: vacancyId },
    select: {
      id: true,
      post: true,
      unit: true,
      level: true,
      headcount: true,
      status: true,
      opensAt: true,
      closesAt: true,
      maxPerNominator: true,
      maxAge: true,
      minEducation: true,
      requiredLevel: true,
      minYearsAtLevel: true,
    },
  });
  if (!vacancy) throw new NotFoundError();
  const w = pageWindow(query.page, REVIEW_PAGE_SIZE);
  const status = query.status && nominationMachine.isState(query.status) ? query.status : undefined;
  const [tally, page] = await Promise.all([
    tallyFor(vacancyId, at, query.tallyLimit),
    reviewPage({ vacancyId, status, candidateId: query.candidateId, flagged: query.flagged }, w.skip, w.take),
  ]);
  const { total, rows } = page;
  await transaction((tx) =>
    appendAudit(tx, {
      actor: a,
      action: "nomination.viewNominators",
      entityType: "Vacancy",
      entityId: vacancyId,
      after: { page: w.page, status: status ?? null },
    }),
  );
  return {
    vacancy: { ...vacancy, display: vacancyStage(vacancy, at) },
    tally: tally.rows,
    /** Candidates in the whole tally (tally holds the first tallyLimit of them when one was given). */
    tallyTotal: tally.total,
    ...pageOf(total, w),
    rows: rows.map((r) => ({
      ...r,
      flags: parseFlags(r.flags),
      status: effectiveStatus(r, at),
      canDecide: isDecidable(r, at),
      validUntil: validUntil(r),
    })),
  };
}

/** One nomination in full (the five reasons), for staff; audited like any nominator read. */
export async function getNominationForReview(actor: Actor | null, id: string) {
  const a = requireStaff(actor);
  const n = await db().nomination.findUnique({
    where: { id },
    include: {
      candidate: true,
      nominator: { select: { id: true, realName: true, workUnit: true, position: true, phone: true } },
      vacancy: {
        select: { id: true, post: true, unit: true, maxAge: true, minEducation: true, requiredLevel: true, minYearsAtLevel: true },
      },
    },
  });
  if (!n) throw new NotFoundError();
  await transaction((tx) => appendAudit(tx, { actor: a, action: "nomination.view", entityType: "Nomination", entityId: id }));
  const { uniqueKey: _u, slotKey: _s, ...rest } = n;
  const at = clockNow();
  return { ...rest, flags: parseFlags(n.flags), status: effectiveStatus(n, at), canDecide: isDecidable(n, at) };
}

/** Decides one nomination; returns the nominator's message when it changed, else null. */
async function decideInTx(tx: Tx, a: Actor, id: string, to: Decision, note: string | null): Promise<NotifyEvent | null> {
  const n = await tx.nomination.findUnique({
    where: { id },
    select: { id: true, status: true, expiresAt: true, receiptNo: true, nominatorId: true },
  });
  if (!n) throw new NotFoundError();
  if (!canDecide(n, to, clockNow())) return null;
  const { count } = await tx.nomination.updateMany({
    where: { id, status: n.status },
    data: { status: to, reviewNote: note, reviewedAt: new Date(), reviewedById: a.id },
  });
  if (count !== 1) return null;
  await appendAudit(tx, {
    actor: a,
    action: to === "ACCEPTED" ? "nomination.accept" : "nomination.reject",
    entityType: "Nomination",
    entityId: id,
    before: { status: n.status },
    after: { status: to, note },
  });
  // 已受理, or 未采纳 with the reviewer's reason (in the message's body, never its subject).
  return to === "ACCEPTED"
    ? nominationNotice(n, "nomination.accepted")
    : nominationNotice(n, "nomination.rejected", { reason: note ?? "" });
}

/**
 * Accepts into consideration or rejects (with a reason) the listed nominations. Those whose
 * status does not allow the move (withdrawn, voided, already decided that way) are skipped
 * and counted, so a bulk decision over a stale page changes only what it may.
 */
export async function decideNominations(
  actor: Actor | null,
  ids: string[],
  to: Decision,
  reason?: string,
): Promise<{ changed: number; skipped: number }> {
  const a = requireStaff(actor);
  const note = reason?.trim() || null;
  if (to === "REJECTED" && !note) throw new DomainError("errors.invalid", { reason: ["errors.required"] });
  const unique = [...new Set(ids)].slice(0, 500);
  if (unique.length === 0) throw new DomainError("nominations.errors.noneSelected");
  return transaction(async (tx) => {
    const events: NotifyEvent[] = [];
    for (const id of unique) {
      const event = await decideInTx(tx, a, id, to, note);
      if (event) events.push(event);
    }
    // One write for the batch, in the decisions' transaction: all of them or none.
    await notify(tx, events);
    return { changed: events.length, skipped: unique.length - events.length };
  });
}

/** Marks or unmarks a candidate as 考察对象 for a vacancy; only someone actually nominated for it. */
export async function setShortlisted(actor: Actor | null, vacancyId: string, candidateId: string, on: boolean): Promise<void> {
  const a = requireStaff(actor);
  await transaction(async (tx) => {
    const named = await tx.nomination.findFirst({
      where: { vacancyId, candidateId, status: { in: KEY_HOLDING } },
      select: { id: true },
    });
    const existing = await tx.shortlist.findUnique({ where: { vacancyId_candidateId: { vacancyId, candidateId } }, select: { id: true } });
    if (on) {
      if (!named) throw new DomainError("nominations.errors.notNominated");
      if (existing) return;
      await tx.shortlist.create({ data: { vacancyId, candidateId, createdById: a.id } });
    } else {
      if (!existing) return;
      await tx.shortlist.delete({ where: { id: existing.id } });
    }
    await appendAudit(tx, {
      actor: a,
      action: on ? "shortlist.add" : "shortlist.remove",
      entityType: "Vacancy",
      entityId: vacancyId,
      after: { candidateId },
    });
  });
}
