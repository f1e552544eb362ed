import "server-only";
import { notify, type NotifyEvent } from "./notify";
import type { NotificationParams } from "../notifications/kinds";
import { db, type Tx } from "../db/client";
import { isUniqueViolation, transaction } from "../db/tx";
import { appendAudit } from "../audit/log";
import { AuthzError, isApproved, requireApproved, requireUser, type Actor } from "../auth/actor";
import { nominationWindow, type NominationWindow } from "../state/vacancy";
import { KEY_HOLDING_STATUSES, nominationMachine, type NominationStatus } from "../state/nomination";
import { now as clockNow } from "../calendar/clock";
import { candidateMatchKey } from "../nominations/match-key";
import { precheck, parseFlags, type PrecheckFlag } from "../nominations/precheck";
import { receiptNumber } from "../nominations/receipt";
import { parseNominee, serializeNominee, type NomineeSnapshot } from "../nominations/snapshot";
import {
  effectiveStatus,
  expiryFor,
  freeSlot,
  mayWithdraw,
  slotKeyFor,
  uniqueKeyFor,
  withdrawRefusal,
  type NominationKind,
} from "../nominations/rules";
import type { NominationInput } from "../validation/nomination";
import { DomainError, NotFoundError } from "./errors";
import { CANDIDATE_WITH_PHONE, VACANCY_SUMMARY } from "./candidate-fields";
import { pageOf, pageWindow } from "./paging";
import { lockCountedLimit, nominationsPerDay, openNominationsPerDay, rateKeys, refuseOver, windowStart } from "./rate-limits";
import {
  findKnownPerson,
  holderOfKey,
  insertCandidate,
  insertNomination,
  readSubmissionState,
  type KeyHolder,
  type KnownPerson,
  type SubmitVacancy,
} from "./sql/nomination-submit";

// The nominator's side of 干部推荐: submitting (targeted, non-targeted, self), 我的推荐, and
// withdrawing. Every rule is checked here inside one transaction and backed by the database:
// uniqueKey refuses a repeated nomination, slotKey refuses more than the vacancy's cap,
// CandidateAlias.matchKey makes concurrent nominations of one new person share one record.

export const MY_PAGE_SIZE = 20;

const KEY_HOLDING = KEY_HOLDING_STATUSES as NominationStatus[];

/** What a targeted form and the rules need of a vacancy (nothing confidential). */
const vacancyFields = {
  id: true,
  post: true,
  unit: true,
  level: true,
  headcount: true,
  qualifications: true,
  maxAge: true,
  minEducation: true,
  requiredLevel: true,
  minYearsAtLevel: true,
  opensAt: true,
  closesAt: true,
  maxPerNominator: true,
  status: true,
} as const;

function findVacancy(client: Tx | ReturnType<typeof db>, id: string) {
  return client.vacancy.findUnique({ where: { id }, select: vacancyFields });
}

const sameName = (a: string, b: string) => a.normalize("NFKC").replace(/\s+/g, "") === b.normalize("NFKC").replace(/\s+/g, "");

const WINDOW_ERRORS: Record<Exclude<NominationWindow, "open">, string> = {
  notYetOpen: "nominations.errors.notYetOpen",
  closed: "nominations.errors.windowClosed",
  unavailable: "nominations.errors.vacancyUnavailable",
};

/**
 * Everything the nomination form shows: the vacancy (targeted), the nominator's verified
 * profile (for self-nomination), how many of their slots on the vacancy are in use, and what
 * submitNomination would refuse now: the window (`window`) and the cap (`capReached`).
 */
export async function getNominationForm(actor: Actor | null, vacancyId: string | null, opts: { now?: Date } = {}) {
  const a = requireApproved(actor);
  const at = opts.now ?? clockNow();
  const [profile, vacancy, held] = await Promise.all([
    db().user.findUnique({
      where: { id: a.id },
      select: { realName: true, gender: true, birthDate: true, workUnit: true, position: true },
    }),
    vacancyId ? findVacancy(db(), vacancyId) : Promise.resolve(null),
    vacancyId
      ? db().nomination.findMany({ where: { vacancyId, nominatorId: a.id, slotKey: { not: null } }, select: { slotKey: true } })
      : Promise.resolve([]),
  ]);
  if (!profile) throw new NotFoundError();
  if (vacancyId && (!vacancy || vacancy.status === "DRAFT")) throw new NotFoundError();
  const slots = held.map((h) => h.slotKey);
  return {
    profile,
    vacancy,
    used: slots.length,
    capReached: vacancy ? freeSlot(vacancy.id, a.id, vacancy.maxPerNominator, slots) === null : false,
    window: vacancy ? nominationWindow(vacancy, at) : ("open" as NominationWindow),
    now: at,
  };
}

type Person = NomineeSnapshot;

/**
 * The one candidate record for this person: `known` (what their match key already stands for,
 * read with the rest of the submission's state), else a new record with its alias.
 */
async function resolveCandidate(
  tx: Tx,
  person: Person,
  matchKey: string,
  known: KnownPerson | null,
  userId: string | null,
): Promise<string> {
  const details = {
    currentPost: person.currentPost,
    currentLevel: person.currentLevel,
    yearsAtLevel: person.yearsAtLevel,
    education: person.education,
    ...(person.phone ? { phone: person.phone } : {}),
    ...(userId ? { userId } : {}),
  };
  if (known) {
    // The latest description of the person's post and rank is the most current one; each
    // nomination keeps its own pre-check flags and the audit entry keeps what was stated. A
    // popular person is named by many nominators alike: a row that already says so is not
    // written again.
    const current: Record<string, unknown> = known.candidate;
    if (Object.entries(details).some(([k, v]) => current[k] !== v)) {
      await tx.candidate.update({ where: { id: known.candidateId }, data: details, select: { id: true } });
    }
    return known.candidateId;
  }
  return insertCandidate(tx, { ...person, userId }, matchKey);
}

/** Where a message about one of the nominator's own nominations links to. */
export const myNominationLink = (id: string) => `/account/nominations/${id}`;

/** The nominator's message about one nomination, named by its receipt number (never the nominee). */
export function nominationNotice(
  n: { id: string; nominatorId: string; receiptNo: string },
  kind: "nomination.received" | "nomination.accepted" | "nomination.rejected" | "nomination.expiring" | "nomination.expired",
  extra: NotificationParams = {},
): NotifyEvent {
  return { userId: n.nominatorId, kind, params: { receipt: n.receiptNo, ...extra }, link: myNominationLink(n.id) };
}

/**
 * Releases keys of a nomination that is due to expire, so its slot and key can be reused; the
 * nominator is told it expired, as the sweep would have (whichever writes EXPIRED tells).
 */
async function expireInPlace(tx: Tx, n: { id: string; status: string; receiptNo: string }, nominatorId: string) {
  nominationMachine.assertTransition(n.status, "EXPIRED");
  const { count } = await tx.nomination.updateMany({
    where: { id: n.id, status: n.status },
    data: { status: "EXPIRED", uniqueKey: null, slotKey: null },
  });
  // None moved: the sweep (or a withdrawal) released it meanwhile, and told what there was to tell.
  if (count === 1) await notify(tx, [nominationNotice({ ...n, nominatorId }, "nomination.expired")]);
}

export interface SubmitResult {
  id: string;
  receiptNo: string;
  flags: PrecheckFlag[];
}

/**
 * Submits a nomination. Refused unless the account is approved (read fresh inside the
 * transaction), the signature equals the account's real name, and — for a targeted one — the
 * vacancy's window is open at `now` (opensAt inclusive, closesAt exclusive), the nominator
 * has not named this person for this vacancy already and has a free slot.
 */
export async function submitNomination(actor: Actor | null, input: NominationInput, opts: { now?: Date } = {}): Promise<SubmitResult> {
  const a = requireApproved(actor);
  const at = opts.now ?? clockNow();
  if (input.kind === "TARGETED" && !input.vacancyId) throw new NotFoundError();
  // Races are settled by the unique keys: the loser of a slot, a new candidate's alias or a
  // receipt number retries on the new state; a repeated nomination is refused outright.
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction((tx) => submitInTx(tx, a, input, at));
    } catch (e) {
      if (isUniqueViolation(e, "uniqueKey")) throw new DomainError("nominations.errors.duplicate");
      if (isUniqueViolation(e) && attempt < 12) continue;
      throw e;
    }
  }
}

async function submitInTx(tx: Tx, a: Actor, input: NominationInput, at: Date): Promise<SubmitResult> {
  const { nominee } = input;
  // A named nominee's match key is known from the form: the person is looked up with the rest.
  const namedKey = nominee.self ? null : candidateMatchKey(nominee);
  const perDay = nominationsPerDay();
  // The daily limits are counted in the read below: on PostgreSQL, once this nominator's other
  // submissions are held off.
  await lockCountedLimit(tx, rateKeys.nominations(a.id));
  // One read: the account (fresh, in this transaction), and for a targeted nomination the vacancy
  // with every nomination of this nominator on it that holds a key — the slots in use, and (once
  // the candidate is known) a live duplicate among them.
  const state = await readSubmissionState(tx, {
    userId: a.id,
    vacancyId: input.kind === "TARGETED" ? input.vacancyId! : null,
    matchKey: namedKey,
    since: windowStart(perDay.window, at),
  });
  const { user } = state;
  if (!user || user.status !== "APPROVED") throw new AuthzError("notApproved");
  if (!sameName(input.signature, user.realName)) {
    throw new DomainError("errors.invalid", { signature: ["nominations.errors.signature"] });
  }
  // Daily limits per account (Beijing calendar day of `at`): the nominations filed that day, so a
  // nomination refused or rolled back never counts.
  refuseOver(state.filed.all, perDay);
  if (input.kind === "OPEN") refuseOver(state.filed.open, openNominationsPerDay());

  let vacancy: SubmitVacancy | null = null;
  let mine: KeyHolder[] = [];
  if (input.kind === "TARGETED") {
    const v = state.vacancy;
    if (!v || v.status === "DRAFT") throw new NotFoundError();
    vacancy = v;
    mine = state.mine;
    const w = nominationWindow(v, at);
    if (w !== "open") throw new DomainError(WINDOW_ERRORS[w]);
  }

  const person: Person = {
    // Self-nomination: who the nominee is comes from the verified account, never the form.
    name: nominee.self ? user.realName : nominee.name,
    gender: nominee.self ? user.gender : nominee.gender,
    birthDate: nominee.self ? user.birthDate : nominee.birthDate,
    workUnit: nominee.workUnit,
    currentPost: nominee.currentPost,
    currentLevel: nominee.currentLevel,
    yearsAtLevel: nominee.yearsAtLevel,
    education: nominee.education,
    phone: nominee.phone ?? null,
  };
  const matchKey = namedKey ?? candidateMatchKey(person);
  const known = namedKey ? state.known : await findKnownPerson(tx, matchKey);
  const candidateId = await resolveCandidate(tx, person, matchKey, known, nominee.self ? a.id : null);
  const kind: NominationKind = input.kind;
  const vacancyId = vacancy?.id ?? null;
  const uniqueKey = uniqueKeyFor({ kind, vacancyId, nominatorId: a.id, candidateId });

  // Non-targeted: the one nomination that may hold the same key. (Either way the unique keys
  // decide under concurrency; these reads give the clear refusal and the free slot.)
  if (!vacancy) mine = await holderOfKey(tx, uniqueKey);
  const existing = mine.find((n) => n.uniqueKey === uniqueKey);
  if (existing) {
    if (effectiveStatus(existing, at) !== "EXPIRED") throw new DomainError("nominations.errors.duplicate");
    await expireInPlace(tx, existing, a.id);
  }

  let slotKey: string | null = null;
  if (vacancy) {
    // A year-old nomination of the same person just expired above gave its slot back.
    const slot = freeSlot(
      vacancy.id,
      a.id,
      vacancy.maxPerNominator,
      mine.filter((h) => h !== existing).map((h) => h.slotKey),
    );
    if (slot === null) throw new DomainError("nominations.errors.capReached");
    slotKey = slotKeyFor(vacancy.id, a.id, slot);
  }

  const flags = vacancy ? precheck(vacancy, person, at) : [];
  const receiptNo = receiptNumber(kind, at);
  const statement = serializeNominee(person);
  const id = await insertNomination(tx, {
    receiptNo,
    kind,
    vacancyId,
    nominatorId: a.id,
    candidateId,
    isSelf: nominee.self,
    relationship: nominee.self ? "SELF" : nominee.relationship,
    ...input.reasons,
    suitableField: kind === "OPEN" ? input.suitableField : null,
    nominee: statement,
    signedName: user.realName,
    flags: JSON.stringify(flags),
    status: "SUBMITTED",
    submittedAt: at,
    expiresAt: expiryFor(kind, at),
    uniqueKey,
    slotKey,
  });
  await appendAudit(
    tx,
    {
      actor: a,
      action: "nomination.submit",
      entityType: "Nomination",
      entityId: id,
      after: {
        receiptNo,
        kind,
        vacancyId,
        candidateId,
        isSelf: nominee.self,
        nominee: JSON.parse(statement),
        flags: flags.map((f) => f.code),
      },
    },
    // SQLite: the head came with the first read (one statement fewer on the busiest write path).
    { head: state.auditHead },
  );
  await notify(tx, [nominationNotice({ id, nominatorId: a.id, receiptNo }, "nomination.received")]);
  return { id, receiptNo, flags };
}

/** 我的推荐: the nominator's own nominations, newest first, with what they may still do. */
export async function listMyNominations(actor: Actor | null, opts: { page?: number; now?: Date } = {}) {
  const a = requireUser(actor);
  const at = opts.now ?? clockNow();
  const w = pageWindow(opts.page, MY_PAGE_SIZE);
  const where = { nominatorId: a.id };
  const [total, rows] = await Promise.all([
    db().nomination.count({ where }),
    db().nomination.findMany({
      where,
      orderBy: { submittedAt: "desc" },
      skip: w.skip,
      take: w.take,
      select: {
        id: true,
        receiptNo: true,
        kind: true,
        isSelf: true,
        status: true,
        submittedAt: true,
        expiresAt: true,
        nominatorId: true,
        suitableField: true,
        nominee: true,
        candidate: { select: CANDIDATE_WITH_PHONE },
        vacancy: { select: VACANCY_SUMMARY },
      },
    }),
  ]);
  return {
    ...pageOf(total, w),
    /** May file new nominations (submitNomination's door): the page's 新推荐 links. */
    canNominate: isApproved(a),
    rows: rows.map(({ nominatorId, nominee, candidate, ...n }) => ({
      ...n,
      nominee: parseNominee(nominee, candidate),
      status: effectiveStatus(n, at),
      canWithdraw: mayWithdraw({ ...n, nominatorId }, n.vacancy, a, at),
    })),
  };
}

/** One of the nominator's own nominations. Someone else's id reads as not found. */
export async function getMyNomination(actor: Actor | null, id: string, opts: { now?: Date } = {}) {
  const a = requireUser(actor);
  const at = opts.now ?? clockNow();
  const n = await db().nomination.findUnique({
    where: { id },
    select: {
      id: true,
      receiptNo: true,
      kind: true,
      isSelf: true,
      relationship: true,
      reasonDe: true,
      reasonNeng: true,
      reasonQin: true,
      reasonJi: true,
      reasonLian: true,
      suitableField: true,
      nominee: true,
      signedName: true,
      flags: true,
      status: true,
      submittedAt: true,
      expiresAt: true,
      nominatorId: true,
      candidate: { select: CANDIDATE_WITH_PHONE },
      vacancy: { select: VACANCY_SUMMARY },
    },
  });
  if (!n || n.nominatorId !== a.id) throw new NotFoundError();
  const { nominatorId, flags, candidate, nominee, ...rest } = n;
  return {
    ...rest,
    // What this nominator wrote, never a later nominator's description of the same person.
    nominee: parseNominee(nominee, candidate),
    flags: parseFlags(flags),
    status: effectiveStatus(n, at),
    canWithdraw: mayWithdraw({ ...n, nominatorId }, n.vacancy, a, at),
  };
}

const WITHDRAW_ERRORS = {
  status: "nominations.errors.notWithdrawable",
  windowClosed: "nominations.errors.withdrawClosed",
  expired: "nominations.errors.notWithdrawable",
} as const;

/**
 * Withdraws one's own nomination while allowed; frees its slot and key. Only an approved
 * account may (a suspended one sees its status and nothing more), read fresh in the transaction.
 */
export async function withdrawNomination(actor: Actor | null, id: string, opts: { now?: Date } = {}): Promise<void> {
  const a = requireApproved(actor);
  const at = opts.now ?? clockNow();
  await transaction(async (tx) => {
    const account = await tx.user.findUnique({ where: { id: a.id }, select: { status: true } });
    if (account?.status !== "APPROVED") throw new AuthzError("notApproved");
    const n = await tx.nomination.findUnique({
      where: { id },
      select: {
        id: true,
        nominatorId: true,
        kind: true,
        status: true,
        expiresAt: true,
        receiptNo: true,
        vacancy: { select: { status: true, opensAt: true, closesAt: true } },
      },
    });
    if (!n || n.nominatorId !== a.id) throw new NotFoundError();
    const refusal = withdrawRefusal(n, n.vacancy, a.id, at);
    if (refusal === "notOwner") throw new NotFoundError();
    if (refusal) throw new DomainError(WITHDRAW_ERRORS[refusal]);
    // Conditional on the status read above: a reviewer's decision in between wins or loses cleanly.
    const { count } = await tx.nomination.updateMany({
      where: { id, status: n.status },
      data: { status: "WITHDRAWN", uniqueKey: null, slotKey: null },
    });
    if (count !== 1) throw new DomainError("errors.account.changedMeanwhile");
    await appendAudit(tx, {
      actor: a,
      action: "nomination.withdraw",
      entityType: "Nomination",
      entityId: id,
      before: { status: n.status },
      after: { status: "WITHDRAWN", receiptNo: n.receiptNo },
    });
  });
}

// ——— Hooks for the vacancy board (lib/data/vacancies.ts) ———

/** Whether a vacancy has any nomination that still counts (its post and conditions are then frozen). */
export async function vacancyHasNominations(tx: Tx, vacancyId: string): Promise<boolean> {
  const n = await tx.nomination.findFirst({ where: { vacancyId, status: { in: KEY_HOLDING } }, select: { id: true } });
  return n !== null;
}

/**
 * What a nomination was made against: the post and its conditions (and the per-nominator cap).
 * Once a vacancy has nominations these cannot change under them; the window and the duties
 * text still can (extending a window is ordinary).
 */
export const FROZEN_VACANCY_FIELDS = [
  "post",
  "unit",
  "level",
  "qualifications",
  "maxAge",
  "minEducation",
  "requiredLevel",
  "minYearsAtLevel",
  "maxPerNominator",
] as const;

/**
 * For the vacancy board's update, inside its transaction: refuses an edit of the post or the
 * conditions of a vacancy that already has nominations, with an explanation (cancel and
 * republish instead) and a field error on each frozen field that was changed.
 */
export async function assertVacancyEditable(
  tx: Tx,
  vacancyId: string,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Promise<void> {
  const same = (a: unknown, b: unknown) =>
    (a ?? null) === (b ?? null) || (a instanceof Date && b instanceof Date && a.getTime() === b.getTime());
  const changed = FROZEN_VACANCY_FIELDS.filter((f) => f in after && !same(before[f], after[f]));
  if (changed.length === 0 || !(await vacancyHasNominations(tx, vacancyId))) return;
  throw new DomainError(
    "nominations.errors.vacancyFrozen",
    Object.fromEntries(changed.map((f) => [f, ["nominations.errors.frozenField"]])),
  );
}

/**
 * Cancelling a vacancy voids its targeted nominations (a targeted nomination counts only for
 * its post) and tells each nominator once. Call inside the cancelling transaction.
 */
export async function voidTargetedNominations(tx: Tx, vacancyId: string, actor: Actor): Promise<number> {
  const rows = await tx.nomination.findMany({
    where: { vacancyId, kind: "TARGETED", status: { in: KEY_HOLDING } },
    select: { id: true, status: true, nominatorId: true },
  });
  if (rows.length === 0) return 0;
  for (const r of rows) nominationMachine.assertTransition(r.status, "VOID");
  const vacancy = await tx.vacancy.findUnique({ where: { id: vacancyId }, select: { post: true, unit: true } });
  await tx.nomination.updateMany({
    where: { id: { in: rows.map((r) => r.id) } },
    data: { status: "VOID", uniqueKey: null, slotKey: null, reviewedAt: new Date(), reviewedById: actor.id },
  });
  const nominators = [...new Set(rows.map((r) => r.nominatorId))];
  const what = vacancy ? vacancyName(vacancy) : "";
  await notify(
    tx,
    nominators.map((userId) => ({ userId, kind: "nomination.void" as const, params: { post: what }, link: "/account/nominations" })),
  );
  await appendAudit(tx, {
    actor,
    action: "nomination.voidForVacancy",
    entityType: "Vacancy",
    entityId: vacancyId,
    after: { voided: rows.length, nominators: nominators.length },
  });
  return rows.length;
}

/** How a vacancy is named in its nominators' messages: post and unit, both public. */
export const vacancyName = (v: { post: string; unit: string }) => `${v.post}（${v.unit}）`;

/**
 * Tells each distinct nominator of a vacancy (a targeted nomination that still counts) once:
 * its window closed, it is 公示中, or 已任命. Call inside the transaction of the change; returns
 * how many were told. Withdrawn, voided nominations' nominators are not told.
 */
export async function notifyNominatorsOfVacancy(
  tx: Tx,
  vacancyId: string,
  kind: "vacancy.closed" | "vacancy.notice" | "vacancy.filled",
): Promise<number> {
  const [vacancy, rows] = await Promise.all([
    tx.vacancy.findUnique({ where: { id: vacancyId }, select: { post: true, unit: true } }),
    tx.nomination.findMany({
      where: { vacancyId, kind: "TARGETED", status: { in: KEY_HOLDING } },
      distinct: ["nominatorId"],
      select: { nominatorId: true },
    }),
  ]);
  if (!vacancy || rows.length === 0) return 0;
  await notify(
    tx,
    rows.map((r) => ({ userId: r.nominatorId, kind, params: { post: vacancyName(vacancy) }, link: `/vacancies/${vacancyId}` })),
  );
  return rows.length;
}

/**
 * Writes EXPIRED on nominations a year old (pages already show them as 已过期);
 * this releases their keys, and tells each nominator once. Idempotent; one audit entry per sweep
 * that changed anything. Once-only without a mark: the rows this UPDATE returns are the ones it
 * moved, and a concurrent sweep's UPDATE (waiting on the same rows, then re-reading the status)
 * returns none of them, so each nomination's message is written by exactly one transaction.
 */
export async function expireDueNominations(at: Date = clockNow()): Promise<number> {
  return transaction(async (tx) => {
    // Targeted ones too: every nomination is valid for one year (条例).
    const due = { status: { in: KEY_HOLDING }, expiresAt: { lte: at } };
    const moved = await tx.nomination.updateManyAndReturn({
      where: due,
      data: { status: "EXPIRED", uniqueKey: null, slotKey: null },
      select: { id: true, nominatorId: true, receiptNo: true },
    });
    if (moved.length > 0) {
      await notify(
        tx,
        moved.map((n) => nominationNotice(n, "nomination.expired")),
      );
      await appendAudit(tx, {
        actor: null,
        action: "nomination.expire",
        entityType: "Nomination",
        after: { count: moved.length, at: at.toISOString() },
      });
    }
    return moved.length;
  });
}

/**
 * Rows written before targeted nominations carried an expiry get one: one year from submission
 * (the rule expiryFor states). Up to `batch` rows per call; returns how many it dated. The
 * expiry job calls it until none is left, so a year-old targeted row then expires like any other.
 */
export async function backfillNominationExpiry(batch = 500): Promise<number> {
  const rows = await db().nomination.findMany({
    where: { expiresAt: null },
    select: { id: true, kind: true, submittedAt: true },
    take: batch,
  });
  if (rows.length === 0) return 0;
  await transaction(async (tx) => {
    for (const r of rows) {
      await tx.nomination.updateMany({
        where: { id: r.id, expiresAt: null },
        data: { expiresAt: expiryFor(r.kind as NominationKind, r.submittedAt) },
      });
    }
    await appendAudit(tx, {
      actor: null,
      action: "nomination.backfillExpiry",
      entityType: "Nomination",
      after: { count: rows.length },
    });
  });
  return rows.length;
}

/**
 * The vacancy was filled (已任命): the selection its targeted nominations were made for is over.
 * Each one still live moves to 已结束 (CLOSED) through the machine and gives its keys back.
 * Call inside the transaction that fills the vacancy, after its nominators were told
 * (vacancy.filled, one message per nominator), so no second message goes out. Returns how many ended.
 */
export async function closeNominationsOfFilledVacancy(tx: Tx, vacancyId: string, actor: Actor): Promise<number> {
  const rows = await tx.nomination.findMany({
    where: { vacancyId, kind: "TARGETED", status: { in: KEY_HOLDING } },
    select: { id: true, status: true },
  });
  if (rows.length === 0) return 0;
  for (const r of rows) nominationMachine.assertTransition(r.status, "CLOSED");
  const { count } = await tx.nomination.updateMany({
    where: { id: { in: rows.map((r) => r.id) }, status: { in: KEY_HOLDING } },
    data: { status: "CLOSED", uniqueKey: null, slotKey: null },
  });
  await appendAudit(tx, {
    actor,
    action: "nomination.closeForFilledVacancy",
    entityType: "Vacancy",
    entityId: vacancyId,
    after: { closed: count },
  });
  return count;
}
