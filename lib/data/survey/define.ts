import "server-only";
// 满意度测评, staff side: define a survey (title, window, audience), its questions and their
// order — all only while it is a draft (when it may also be deleted) — then open and close it.
// Every step is audited.
import { db, type Tx } from "../../db/client";
import { transaction } from "../../db/tx";
import { appendAudit } from "../../audit/log";
import { requireStaff, type Actor } from "../../auth/actor";
import { now as clockNow } from "../../calendar/clock";
import { isSurveyEditable, surveyMachine, type SurveyStatus } from "../../state/survey";
import type { QuestionInput, SurveyInput } from "../../validation/survey";
import { MAX_QUESTIONS } from "../../validation/survey";
import { DomainError, NotFoundError } from "../errors";
import { redealAll } from "./anonymous-store";
import { loadSurvey, type SurveyRow } from "./shared";

const ERR = "survey.errors";

function fields(input: SurveyInput) {
  return {
    title: input.title,
    description: input.description,
    year: input.year,
    opensAt: input.opensAt,
    closesAt: input.closesAt,
    forAccounts: input.forAccounts,
    forCodes: input.forCodes,
    eligibleUnits: JSON.stringify(input.eligibleUnits),
    eligibleLevels: JSON.stringify(input.eligibleLevels),
  };
}

export async function createSurvey(actor: Actor | null, input: SurveyInput): Promise<string> {
  const a = requireStaff(actor);
  return transaction(async (tx) => {
    const s = await tx.survey.create({ data: { ...fields(input), createdById: a.id }, select: { id: true } });
    await appendAudit(tx, {
      actor: a,
      action: "survey.create",
      entityType: "Survey",
      entityId: s.id,
      after: { title: input.title, opensAt: input.opensAt, closesAt: input.closesAt },
    });
    return s.id;
  });
}

/** The survey, still a draft, inside the caller's transaction. */
async function draft(tx: Tx, id: string) {
  const s = await tx.survey.findUnique({ where: { id }, select: { status: true, title: true } });
  if (!s) throw new NotFoundError();
  if (!isSurveyEditable(s.status)) throw new DomainError(`${ERR}.notDraft`);
  return s;
}

export async function updateSurvey(actor: Actor | null, id: string, input: SurveyInput): Promise<void> {
  const a = requireStaff(actor);
  await transaction(async (tx) => {
    const before = await draft(tx, id);
    // Conditional on the status: an "open" that lands first wins, and this edit is refused.
    const { count } = await tx.survey.updateMany({ where: { id, status: "DRAFT" }, data: fields(input) });
    if (count !== 1) throw new DomainError(`${ERR}.notDraft`);
    await appendAudit(tx, {
      actor: a,
      action: "survey.update",
      entityType: "Survey",
      entityId: id,
      before: { title: before.title },
      after: { title: input.title, opensAt: input.opensAt, closesAt: input.closesAt },
    });
  });
}

/**
 * 删除测评草稿: a draft made by mistake goes with its questions and any codes printed for it.
 * Only a draft: nobody has answered it, so nothing of anyone's answer is lost (an open or closed
 * survey keeps its responses for good). Conditional on the status, so an "open" that lands first
 * wins and this delete is refused.
 */
export async function deleteSurvey(actor: Actor | null, id: string): Promise<void> {
  const a = requireStaff(actor);
  await transaction(async (tx) => {
    const s = await tx.survey.findUnique({ where: { id }, select: { status: true, title: true } });
    if (!s) throw new NotFoundError();
    if (!isSurveyEditable(s.status)) throw new DomainError(`${ERR}.deleteDraftOnly`);
    // SurveyCode has no relation to cascade along (codes are looked up by hash alone).
    await tx.surveyCode.deleteMany({ where: { surveyId: id } });
    const { count } = await tx.survey.deleteMany({ where: { id, status: "DRAFT" } });
    if (count !== 1) throw new DomainError(`${ERR}.deleteDraftOnly`);
    await appendAudit(tx, { actor: a, action: "survey.delete", entityType: "Survey", entityId: id, before: { title: s.title } });
  });
}

async function questionOf(tx: Tx, id: string) {
  const q = await tx.surveyQuestion.findUnique({ where: { id }, select: { id: true, surveyId: true, position: true, text: true } });
  if (!q) throw new NotFoundError();
  return q;
}

async function auditQuestion(tx: Tx, actor: Actor, surveyId: string, after: Record<string, unknown>) {
  await appendAudit(tx, { actor, action: "survey.questions", entityType: "Survey", entityId: surveyId, after });
}

export async function addQuestion(actor: Actor | null, surveyId: string, input: QuestionInput): Promise<string> {
  const a = requireStaff(actor);
  return transaction(async (tx) => {
    await draft(tx, surveyId);
    const count = await tx.surveyQuestion.count({ where: { surveyId } });
    if (count >= MAX_QUESTIONS) throw new DomainError(`${ERR}.tooManyQuestions`, undefined, { max: MAX_QUESTIONS });
    const last = await tx.surveyQuestion.findFirst({ where: { surveyId }, orderBy: { position: "desc" }, select: { position: true } });
    const q = await tx.surveyQuestion.create({
      data: { surveyId, kind: input.kind, text: input.text, topic: input.topic ?? null, position: (last?.position ?? 0) + 1 },
      select: { id: true },
    });
    await auditQuestion(tx, a, surveyId, { title: input.text });
    return q.id;
  });
}

export async function editQuestion(actor: Actor | null, id: string, input: { text: string; topic?: string }): Promise<string> {
  const a = requireStaff(actor);
  return transaction(async (tx) => {
    const q = await questionOf(tx, id);
    await draft(tx, q.surveyId);
    await tx.surveyQuestion.update({ where: { id }, data: { text: input.text, topic: input.topic ?? null } });
    await auditQuestion(tx, a, q.surveyId, { title: input.text });
    return q.surveyId;
  });
}

export async function removeQuestion(actor: Actor | null, id: string): Promise<string> {
  const a = requireStaff(actor);
  return transaction(async (tx) => {
    const q = await questionOf(tx, id);
    await draft(tx, q.surveyId);
    await tx.surveyQuestion.delete({ where: { id } });
    await auditQuestion(tx, a, q.surveyId, { title: q.text });
    return q.surveyId;
  });
}

/** Swaps a question with its neighbour above or below (positions renumbered 1…n). */
export async function moveQuestion(actor: Actor | null, id: string, direction: "up" | "down"): Promise<string> {
  const a = requireStaff(actor);
  return transaction(async (tx) => {
    const q = await questionOf(tx, id);
    await draft(tx, q.surveyId);
    const all = await tx.surveyQuestion.findMany({
      where: { surveyId: q.surveyId },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    const i = all.findIndex((x) => x.id === id);
    const j = direction === "up" ? i - 1 : i + 1;
    if (j < 0 || j >= all.length) return q.surveyId;
    [all[i], all[j]] = [all[j], all[i]];
    for (const [k, row] of all.entries()) await tx.surveyQuestion.update({ where: { id: row.id }, data: { position: k + 1 } });
    await auditQuestion(tx, a, q.surveyId, { title: q.text });
    return q.surveyId;
  });
}

async function move(tx: Tx, actor: Actor | null, id: string, to: SurveyStatus) {
  const s = await tx.survey.findUnique({ where: { id }, select: { status: true, title: true } });
  if (!s) throw new NotFoundError();
  if (!surveyMachine.can(s.status, to)) throw new DomainError(`${ERR}.cannot.${to}`);
  const { count } = await tx.survey.updateMany({ where: { id, status: s.status }, data: { status: to } });
  if (count !== 1) throw new DomainError(`${ERR}.cannot.${to}`);
  await appendAudit(tx, {
    actor,
    action: to === "OPEN" ? "survey.open" : "survey.close",
    entityType: "Survey",
    entityId: id,
    before: { status: s.status },
    after: { status: to },
  });
}

/** 发布测评: a draft with at least one question, a window not yet over, and someone to answer. */
export async function openSurvey(actor: Actor | null, id: string, now: Date = clockNow()): Promise<void> {
  const a = requireStaff(actor);
  await transaction(async (tx) => {
    const s = await tx.survey.findUnique({
      where: { id },
      select: { closesAt: true, forAccounts: true, forCodes: true, _count: { select: { questions: true } } },
    });
    if (!s) throw new NotFoundError();
    if (s._count.questions === 0) throw new DomainError(`${ERR}.noQuestions`);
    if (s.closesAt.getTime() <= now.getTime()) throw new DomainError(`${ERR}.windowOver`);
    if (!s.forAccounts && !s.forCodes) throw new DomainError(`${ERR}.noAudience`);
    await move(tx, a, id, "OPEN");
  });
}

/**
 * 结束测评: no more answers; every response is written again in random order (see
 * anonymous-store.ts), so nothing in the tables follows the order people answered in.
 */
export async function closeSurvey(actor: Actor | null, id: string): Promise<void> {
  const a = requireStaff(actor);
  await transaction(async (tx) => {
    await move(tx, a, id, "CLOSED");
    await redealAll(tx, id);
  });
}

/**
 * The job "surveys.closeDue": surveys still open after their window are closed (and their
 * responses dealt again, see closeSurvey), so the PostgreSQL mitigation does not wait for staff.
 * Safe on many instances: the status change is conditional, and a survey closed meanwhile is skipped.
 */
export async function closeDueSurveys(now: Date = clockNow()): Promise<number> {
  const due = await db().survey.findMany({ where: { status: "OPEN", closesAt: { lte: now } }, select: { id: true }, take: 50 });
  let closed = 0;
  for (const { id } of due) {
    try {
      await transaction(async (tx) => {
        await move(tx, null, id, "CLOSED");
        await redealAll(tx, id);
      });
      closed++;
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
    }
  }
  return closed;
}

export interface SurveyListRow {
  id: string;
  title: string;
  year: number;
  status: string;
  opensAt: Date;
  closesAt: Date;
  forAccounts: boolean;
  forCodes: boolean;
  responses: number;
  published: boolean;
}

export async function listSurveys(actor: Actor | null): Promise<SurveyListRow[]> {
  requireStaff(actor);
  const rows = await db().survey.findMany({
    orderBy: [{ year: "desc" }, { opensAt: "desc" }],
    take: 200,
    select: {
      id: true,
      title: true,
      year: true,
      status: true,
      opensAt: true,
      closesAt: true,
      forAccounts: true,
      forCodes: true,
      resultsPublishedAt: true,
    },
  });
  const counts = await db().surveyResponse.groupBy({
    by: ["surveyId"],
    _count: { _all: true },
    where: { surveyId: { in: rows.map((r) => r.id) } },
  });
  const by = new Map(counts.map((c) => [c.surveyId, c._count._all]));
  return rows.map(({ resultsPublishedAt, ...r }) => ({ ...r, responses: by.get(r.id) ?? 0, published: !!resultsPublishedAt }));
}

export interface SurveyDetail extends SurveyRow {
  responses: number;
  codesIssued: number;
  codesUsed: number;
  /** Code batches printed, by the meeting's label. */
  codeGroups: { unit: string | null; level: string | null; issued: number; used: number }[];
}

export async function surveyDetail(actor: Actor | null, id: string): Promise<SurveyDetail> {
  requireStaff(actor);
  const s = await loadSurvey(id);
  const [responses, groups] = await Promise.all([
    db().surveyResponse.count({ where: { surveyId: id } }),
    db().surveyCode.groupBy({ by: ["unit", "level", "used"], where: { surveyId: id }, _count: { _all: true } }),
  ]);
  const byLabel = new Map<string, { unit: string | null; level: string | null; issued: number; used: number }>();
  for (const g of groups) {
    const key = JSON.stringify([g.unit, g.level]);
    const row = byLabel.get(key) ?? { unit: g.unit, level: g.level, issued: 0, used: 0 };
    row.issued += g._count._all;
    if (g.used) row.used += g._count._all;
    byLabel.set(key, row);
  }
  const codeGroups = [...byLabel.values()].sort((x, y) => (x.unit ?? "").localeCompare(y.unit ?? "", "zh-CN"));
  return {
    ...s,
    responses,
    codesIssued: codeGroups.reduce((n, g) => n + g.issued, 0),
    codesUsed: codeGroups.reduce((n, g) => n + g.used, 0),
    codeGroups,
  };
}
