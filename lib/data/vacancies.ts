import "server-only";
// 空缺岗位公告: the public board (never a draft, never a vacancy that was not published) and the
// console's create / edit / publish / status / cancel. Every write runs in transaction(), so the
// nominations module can add its own checks and effects inside the same transaction (refuse an
// edit once nominations exist; void targeted nominations when a vacancy is cancelled).
import { db, type Tx } from "../db/client";
import { transaction } from "../db/tx";
import { appendAudit } from "../audit/log";
import { requireStaff, type Actor } from "../auth/actor";
import { now as clockNow } from "../calendar/clock";
import { sanitizeBody } from "../markdown/render";
import {
  isManualVacancyTarget,
  isVacancyEditable,
  isVacancyLive,
  isVacancyPublic,
  vacancyMachine,
  vacancyMoveName,
  vacancyMoves,
  vacancyStage,
  type ManualVacancyTarget,
  type VacancyDisplayStatus,
  type VacancyStatus,
} from "../state/vacancy";
import type { VacancyInput } from "../validation/boards";
import { badTransition, changedMeanwhile, wordsWhere } from "./board-kit";
import { DomainError, NotFoundError } from "./errors";
import { boardPageWindow, paged, type Paged } from "./paging";
import { indexBoardItem } from "./search-index";
import { isSearch, searchBoard } from "./search";
import { assertVacancyEditable, closeNominationsOfFilledVacancy, notifyNominatorsOfVacancy, voidTargetedNominations } from "./nominations";

const summary = {
  id: true,
  post: true,
  unit: true,
  level: true,
  headcount: true,
  opensAt: true,
  closesAt: true,
  status: true,
  publishedAt: true,
} as const;

const detail = {
  ...summary,
  duties: true,
  qualifications: true,
  maxAge: true,
  minEducation: true,
  requiredLevel: true,
  minYearsAtLevel: true,
  maxPerNominator: true,
  cancelReason: true,
  updatedAt: true,
} as const;

export interface VacancySummary {
  id: string;
  post: string;
  unit: string;
  level: string;
  headcount: number;
  opensAt: Date;
  closesAt: Date;
  status: string;
  publishedAt: Date | null;
}

export interface VacancyDetail extends VacancySummary {
  duties: string;
  qualifications: string;
  maxAge: number | null;
  minEducation: string | null;
  requiredLevel: string | null;
  minYearsAtLevel: number | null;
  maxPerNominator: number;
  cancelReason: string | null;
  updatedAt: Date;
  notices: { id: string; title: string; kind: string; publishedAt: Date | null }[];
  appointments: { id: string; kind: string; personName: string; decidedOn: Date }[];
}

/** What the public may see (isVacancyPublic, as a query): published at some point, so never a draft, nor a draft cancelled before publication. */
const PUBLIC = { status: { not: "DRAFT" }, publishedAt: { not: null } } as const;

export const PUBLIC_VACANCY_FILTERS = [
  "OPEN",
  "CLOSED",
  "NOTICE",
  "FILLED",
  "CANCELLED",
] as const satisfies readonly VacancyDisplayStatus[];

function displayWhere(status: string | undefined, now: Date) {
  switch (status) {
    case "OPEN":
      return { status: "PUBLISHED", closesAt: { gt: now } };
    case "CLOSED":
      return { status: "PUBLISHED", closesAt: { lte: now } };
    case "NOTICE":
    case "FILLED":
    case "CANCELLED":
      return { status };
    default:
      return {};
  }
}

export const vacancyText = (w: string) => [
  { post: { contains: w } },
  { unit: { contains: w } },
  { duties: { contains: w } },
  { qualifications: { contains: w } },
];
const textFilter = (q: string | undefined) => wordsWhere(q, vacancyText);

// ---------------------------------------------------------------------------------------------
// Public

export interface VacancyFilters {
  status?: string;
  unit?: string;
  level?: string;
  q?: string;
  page?: number;
  /** The clock that splits 征集中 from 已截止 (injectable for tests). */
  now?: Date;
}

export async function listVacancies(filters: VacancyFilters): Promise<Paged<VacancySummary>> {
  const now = filters.now ?? clockNow();
  const w = boardPageWindow(filters.page);
  const { skip, take } = w;
  const where = {
    ...PUBLIC,
    ...displayWhere(filters.status, now),
    ...(filters.unit ? { unit: filters.unit } : {}),
    ...(filters.level ? { level: filters.level } : {}),
  };
  if (isSearch(filters.q)) {
    return searchBoard("vacancies", filters.q, w, {
      filtered: Boolean(filters.status || filters.unit || filters.level),
      ids: () => db().vacancy.findMany({ where, select: { id: true } }),
      rows: (ids) => db().vacancy.findMany({ where: { ...where, id: { in: ids } }, select: summary }),
    });
  }
  const [rows, total] = await Promise.all([
    db().vacancy.findMany({ where, select: summary, orderBy: [{ publishedAt: "desc" }, { id: "desc" }], skip, take }),
    db().vacancy.count({ where }),
  ]);
  return paged(rows, total, w);
}

export async function getPublishedVacancy(id: string): Promise<VacancyDetail | null> {
  const row = await db().vacancy.findFirst({
    where: { id, ...PUBLIC },
    select: {
      ...detail,
      notices: {
        where: { status: "PUBLISHED" },
        select: { id: true, title: true, kind: true, publishedAt: true },
        orderBy: { publishedAt: "desc" },
      },
      appointments: {
        where: { status: "PUBLISHED" },
        select: { id: true, kind: true, personName: true, decidedOn: true },
        orderBy: { decidedOn: "desc" },
      },
    },
  });
  return row;
}

/** Vacancies whose nomination window is open now (the ones a nominator can act on). */
export async function listOpenVacancies(now = clockNow(), take = 50): Promise<VacancySummary[]> {
  return db().vacancy.findMany({
    where: { status: "PUBLISHED", opensAt: { lte: now }, closesAt: { gt: now } },
    select: summary,
    orderBy: [{ closesAt: "asc" }, { id: "asc" }],
    take,
  });
}

export async function countOpenVacancies(now = clockNow()): Promise<number> {
  return db().vacancy.count({ where: { status: "PUBLISHED", opensAt: { lte: now }, closesAt: { gt: now } } });
}

export async function latestVacancies(take = 5): Promise<VacancySummary[]> {
  return db().vacancy.findMany({ where: PUBLIC, select: summary, orderBy: [{ publishedAt: "desc" }, { id: "desc" }], take });
}

/** Units and levels that appear on the public board, for its filters. */
export async function vacancyFacets(): Promise<{ units: string[]; levels: string[] }> {
  const [units, levels] = await Promise.all([
    db().vacancy.findMany({ where: PUBLIC, distinct: ["unit"], select: { unit: true }, orderBy: { unit: "asc" } }),
    db().vacancy.findMany({ where: PUBLIC, distinct: ["level"], select: { level: true } }),
  ]);
  return { units: units.map((u) => u.unit), levels: levels.map((l) => l.level) };
}

// ---------------------------------------------------------------------------------------------
// Console

export async function listVacanciesAdmin(actor: Actor | null, filters: { status?: string; q?: string; page?: number }) {
  requireStaff(actor);
  const w = boardPageWindow(filters.page);
  const { skip, take } = w;
  const status = filters.status && vacancyMachine.isState(filters.status) ? filters.status : undefined;
  const where = { ...(status ? { status } : {}), ...textFilter(filters.q) };
  const [rows, total] = await Promise.all([
    db().vacancy.findMany({ where, select: { ...summary, updatedAt: true }, orderBy: [{ updatedAt: "desc" }], skip, take }),
    db().vacancy.count({ where }),
  ]);
  return paged(rows, total, w);
}

/**
 * One vacancy for the console, with what staff may do with it now: edit it, the status moves its
 * machine allows (named: publish / reopen / notice / fill / cancel), and whether readers see it.
 */
export async function getVacancy(actor: Actor | null, id: string, now = clockNow()) {
  requireStaff(actor);
  const row = await db().vacancy.findUnique({
    where: { id },
    select: {
      ...detail,
      createdAt: true,
      notices: { select: { id: true, title: true, kind: true, status: true, publishedAt: true }, orderBy: { createdAt: "desc" } },
      appointments: { select: { id: true, kind: true, personName: true, decidedOn: true, status: true }, orderBy: { decidedOn: "desc" } },
    },
  });
  if (!row) throw new NotFoundError();
  return {
    ...row,
    stage: vacancyStage(row, now),
    /** Published: edits reach readers at once and the window must still close in the future. */
    live: isVacancyLive(row.status),
    isPublic: isVacancyPublic(row),
    canEdit: isVacancyEditable(row.status),
    // Both hand moves hang on the vacancy's 任职前公示 (setVacancyStatus refuses them too): no
    // 退回已发布 while it stands, no 转入公示中 without it.
    moves: vacancyMoves(row.status).filter((m) => {
      const standing = row.notices.some((n) => n.kind === "PRE_APPOINTMENT" && n.status === "PUBLISHED");
      return m.move === "reopen" ? !standing : m.move === "notice" ? standing : true;
    }),
  };
}

/** Vacancies a notice or appointment may link to (most recent first). */
export async function vacancyChoices(actor: Actor | null, take = 200) {
  requireStaff(actor);
  return db().vacancy.findMany({
    where: { status: { in: ["PUBLISHED", "NOTICE", "FILLED"] } },
    select: { id: true, post: true, unit: true, status: true },
    orderBy: { publishedAt: "desc" },
    take,
  });
}

const fields = (input: VacancyInput) => ({
  post: input.post,
  unit: input.unit,
  level: input.level,
  headcount: input.headcount,
  duties: sanitizeBody(input.duties),
  qualifications: sanitizeBody(input.qualifications),
  maxAge: input.maxAge ?? null,
  minEducation: input.minEducation ?? null,
  requiredLevel: input.requiredLevel ?? null,
  minYearsAtLevel: input.minYearsAtLevel ?? null,
  opensAt: input.opensAt,
  closesAt: input.closesAt,
  maxPerNominator: input.maxPerNominator,
});

/** A window readers will act on must still close in the future. */
function assertWindowForPublic(w: { opensAt: Date; closesAt: Date }, now: Date) {
  if (w.closesAt.getTime() <= w.opensAt.getTime()) throw new DomainError("errors.invalid", { closesAt: ["boardErrors.windowOrder"] });
  if (w.closesAt.getTime() <= now.getTime()) throw new DomainError("boardErrors.closesInPast", { closesAt: ["boardErrors.closesInPast"] });
}

export async function createVacancy(actor: Actor | null, input: VacancyInput): Promise<{ id: string }> {
  const a = requireStaff(actor);
  return transaction(async (tx) => {
    const row = await tx.vacancy.create({ data: { ...fields(input), status: "DRAFT", createdById: a.id }, select: { id: true } });
    await appendAudit(tx, {
      actor: a,
      action: "vacancy.create",
      entityType: "Vacancy",
      entityId: row.id,
      after: { ...fields(input), status: "DRAFT" },
    });
    return row;
  });
}

export async function updateVacancy(actor: Actor | null, id: string, input: VacancyInput, now = clockNow()): Promise<void> {
  const a = requireStaff(actor);
  await transaction(async (tx) => {
    const before = await tx.vacancy.findUnique({ where: { id }, select: detail });
    if (!before) throw new NotFoundError();
    if (!isVacancyEditable(before.status)) throw new DomainError("boardErrors.vacancyNotEditable");
    if (isVacancyLive(before.status)) assertWindowForPublic(input, now);
    // Nominations were made against the post and its conditions: those are frozen once any exist.
    await assertVacancyEditable(tx, id, before, fields(input));
    const { count } = await tx.vacancy.updateMany({ where: { id, status: before.status }, data: fields(input) });
    if (count !== 1) throw changedMeanwhile();
    // A live vacancy may be edited: its index entry changes in this transaction.
    await indexBoardItem(tx, "vacancies", id);
    await appendAudit(tx, { actor: a, action: "vacancy.update", entityType: "Vacancy", entityId: id, before, after: fields(input) });
  });
}

async function transition(
  tx: Tx,
  a: Actor,
  id: string,
  to: VacancyStatus,
  now: Date,
  extra: { cancelReason?: string } = {},
): Promise<{ from: string }> {
  const row = await tx.vacancy.findUnique({ where: { id }, select: { status: true, opensAt: true, closesAt: true, publishedAt: true } });
  if (!row) throw new NotFoundError();
  if (!vacancyMachine.can(row.status, to)) throw badTransition();
  if (to === "PUBLISHED" && row.status === "DRAFT") assertWindowForPublic(row, now);
  // 公示中 follows the close of nominations: a notice cannot name a choice while people still nominate.
  if (to === "NOTICE" && row.closesAt.getTime() > now.getTime()) throw new DomainError("boardErrors.windowStillOpen");
  const data = {
    status: to,
    ...(to === "PUBLISHED" && !row.publishedAt ? { publishedAt: now } : {}),
    ...(to === "CANCELLED" ? { cancelReason: extra.cancelReason ?? null } : {}),
  };
  const { count } = await tx.vacancy.updateMany({ where: { id, status: row.status }, data });
  if (count !== 1) throw changedMeanwhile();
  // Every stage after publication stays public (and searchable); a draft never is.
  await indexBoardItem(tx, "vacancies", id);
  const verb = vacancyMoveName(row.status, to);
  await appendAudit(tx, {
    actor: a,
    action: `vacancy.${verb}`,
    entityType: "Vacancy",
    entityId: id,
    before: { status: row.status },
    after: { status: to, ...extra },
  });
  // 公示中 and 已任命: every nominator of the post hears of it in this transaction (both ways
  // here: the console's own move, and a published 任职前公示 or appointment).
  if (to === "NOTICE" || to === "FILLED") await notifyNominatorsOfVacancy(tx, id, to === "NOTICE" ? "vacancy.notice" : "vacancy.filled");
  // 已任命 ends the selection: its remaining live nominations end too (their nominators were just told).
  if (to === "FILLED") await closeNominationsOfFilledVacancy(tx, id, a);
  return { from: row.status };
}

export async function publishVacancy(actor: Actor | null, id: string, now = clockNow()): Promise<void> {
  const a = requireStaff(actor);
  await transaction((tx) => transition(tx, a, id, "PUBLISHED", now));
}

/**
 * 已撤销 with a public reason. Allowed from any stage before 已任命; a cancelled vacancy stays
 * on the board (if it was ever published) so readers see what happened to it.
 */
export async function cancelVacancy(actor: Actor | null, id: string, reason: string, now = clockNow()): Promise<void> {
  const a = requireStaff(actor);
  await transaction(async (tx) => {
    await transition(tx, a, id, "CANCELLED", now, { cancelReason: reason });
    // A targeted nomination counts only for its post: void them and tell their nominators.
    await voidTargetedNominations(tx, id, a);
  });
}

/**
 * The other hand moves: 公示中 (NOTICE) and back to 已发布 (PUBLISHED). Never 已任命: that comes
 * only from publishing a 任免 that passes the gate (advanceLinkedVacancy below), so it is refused
 * in words here whatever the caller sends. 公示中 is what publishing the vacancy's 任职前公示 does
 * (drafted from the shortlist on the review page); by hand it is only the repair of a vacancy
 * left 已发布 while such a 公示 stands, and refused in words without one.
 */
export async function setVacancyStatus(
  actor: Actor | null,
  id: string,
  to: ManualVacancyTarget,
  now = clockNow(),
): Promise<{ from: string }> {
  const a = requireStaff(actor);
  if (!isManualVacancyTarget(to)) throw new DomainError("boardErrors.fillByAppointment");
  return transaction(async (tx) => {
    // Back to 已发布 while its 任职前公示 stands would let a 任免 for a person of that 公示 pass the
    // gate and be published without filling the vacancy: the 公示 is withdrawn first.
    if (to === "PUBLISHED" && (await hasPublishedPreNotice(tx, id))) throw new DomainError("boardErrors.reopenWhileNotice");
    // 公示中 names a choice the public can read and object to: without a published 任职前公示 of
    // this vacancy there is none, and nominators would be told of a 公示 that does not exist.
    if (to === "NOTICE" && !(await hasPublishedPreNotice(tx, id))) await refuseNoticeWithoutPreNotice(tx, id, now);
    return transition(tx, a, id, to, now);
  });
}

const hasPublishedPreNotice = async (tx: Tx, vacancyId: string) =>
  (await tx.notice.count({ where: { vacancyId, kind: "PRE_APPOINTMENT", status: "PUBLISHED" } })) > 0;

/** Why 公示中 is refused: a stage it cannot leave for it, then nominations still running (no 公示 yet), then no 公示. */
async function refuseNoticeWithoutPreNotice(tx: Tx, id: string, now: Date): Promise<never> {
  const row = await tx.vacancy.findUnique({ where: { id }, select: { status: true, closesAt: true } });
  if (!row) throw new NotFoundError();
  if (!vacancyMachine.can(row.status, "NOTICE")) throw badTransition();
  if (row.closesAt.getTime() > now.getTime()) throw new DomainError("boardErrors.windowStillOpen");
  throw new DomainError("boardErrors.noticeNeedsPreNotice");
}

/**
 * Inside another board's transaction: move a linked vacancy forward when a 任职前公示 or an
 * appointment for it is published, if its machine allows that move; otherwise leave it.
 */
export async function advanceLinkedVacancy(tx: Tx, a: Actor, id: string, to: "NOTICE" | "FILLED", now: Date): Promise<boolean> {
  const row = await tx.vacancy.findUnique({ where: { id }, select: { status: true, closesAt: true } });
  if (!row || !vacancyMachine.can(row.status, to)) return false;
  if (to === "NOTICE" && row.closesAt.getTime() > now.getTime()) return false;
  await transition(tx, a, id, to, now);
  return true;
}
