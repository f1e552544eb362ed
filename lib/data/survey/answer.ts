import "server-only";
// Answering a 满意度测评: an approved account online, or a meeting participant with a one-time
// code on the public page. One response per participant: the participation mark (a unique row
// per account, or the code's used flag flipped by a conditional update) and the response are
// written in ONE transaction, so two submissions at once leave one response.
//
// Nothing of a response goes anywhere else: no audit entry (not even "X answered": its time
// and its place in the audit chain would give an arrival order to set against the tables), no
// notification, no log line. A failure is rethrown as an error that carries no answer (Prisma's
// own errors may quote the values they were given).
import { db, isPostgres, type Tx } from "../../db/client";
import { transaction, isUniqueViolation } from "../../db/tx";
import { requireApproved, type Actor } from "../../auth/actor";
import { now as clockNow } from "../../calendar/clock";
import { shanghaiDateTimeText } from "../../calendar/dates";
import { isTakingAnswers } from "../../state/survey";
import { isScaleChoice, TEXT_ANSWER_MAX } from "../../survey/scale";
import { normalizeSurveyCode, surveyCodeHash } from "../../survey/code";
import type { FieldErrors } from "../../validation/common";
import { DomainError, NotFoundError } from "../errors";
import { freshIds, writeResponse } from "./anonymous-store";
import { findSurvey, type SurveyQuestionRow, type SurveyRow } from "./shared";

const ERR = "survey.errors";

/** Why this account may not answer this survey now (a catalog key with its values), or null. */
export function accountRefusal(
  s: Pick<SurveyRow, "status" | "opensAt" | "closesAt" | "forAccounts" | "eligibleUnits" | "eligibleLevels">,
  who: { workUnit: string; cadreLevel: string | null },
  now: Date,
): { key: string; values?: Record<string, string> } | null {
  const window = windowRefusal(s, now);
  if (window) return window;
  if (!s.forAccounts) return { key: `${ERR}.codesOnly` };
  if (s.eligibleUnits.length && !s.eligibleUnits.includes(who.workUnit.trim())) return { key: `${ERR}.notInUnits` };
  // No level on record is not a listed level either: the account may not answer, but it is told
  // that its level is missing (and whom to ask), not that its level is the wrong one.
  if (s.eligibleLevels.length && !who.cadreLevel) return { key: `${ERR}.noLevel` };
  if (s.eligibleLevels.length && !s.eligibleLevels.includes(who.cadreLevel!)) return { key: `${ERR}.notInLevels` };
  return null;
}

function windowRefusal(s: Pick<SurveyRow, "status" | "opensAt" | "closesAt">, now: Date) {
  if (s.status === "DRAFT") return { key: `${ERR}.notOpen` };
  if (s.status === "CLOSED" || now.getTime() >= s.closesAt.getTime())
    return { key: `${ERR}.over`, values: { at: shanghaiDateTimeText(s.closesAt) } };
  if (now.getTime() < s.opensAt.getTime()) return { key: `${ERR}.notYet`, values: { at: shanghaiDateTimeText(s.opensAt) } };
  return null;
}

/** The answers checked against the questions → the JSON stored, or the fields to correct. */
export function checkAnswers(questions: SurveyQuestionRow[], raw: Record<string, string>): string {
  const answers: Record<string, string> = {};
  const errors: FieldErrors = {};
  for (const q of questions) {
    const v = (raw[q.id] ?? "").trim();
    if (q.kind === "SCALE") {
      if (isScaleChoice(v)) answers[q.id] = v;
      else errors[`q_${q.id}`] = [`${ERR}.chooseOne`];
    } else if (v) {
      if (v.length > TEXT_ANSWER_MAX) errors[`q_${q.id}`] = ["errors.tooLong"];
      else answers[q.id] = v;
    }
  }
  if (Object.keys(errors).length) throw new DomainError("errors.invalid", errors);
  return JSON.stringify(answers);
}

/** PostgreSQL: hold the survey row so that closing waits for answers in flight (and they see it closed). */
async function holdSurvey(tx: Tx, id: string): Promise<string | null> {
  if (isPostgres()) {
    const rows = await tx.$queryRaw<{ status: string }[]>`SELECT "status" FROM "Survey" WHERE "id" = ${id} FOR SHARE`;
    return rows[0]?.status ?? null;
  }
  return (await tx.survey.findUnique({ where: { id }, select: { status: true } }))?.status ?? null;
}

/** Runs the writing transaction; any failure but a refusal becomes one that names no answer. */
async function quietly<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof DomainError) throw e;
    throw new Error("survey response not stored");
  }
}

export interface AnswerableSurvey {
  id: string;
  title: string;
  description: string;
  year: number;
  opensAt: Date;
  closesAt: Date;
  /** The levels taking part (empty: every level), so a refusal can name them. */
  eligibleLevels: string[];
  questions: SurveyQuestionRow[];
}

const answerable = (s: SurveyRow): AnswerableSurvey => ({
  id: s.id,
  title: s.title,
  description: s.description,
  year: s.year,
  opensAt: s.opensAt,
  closesAt: s.closesAt,
  eligibleLevels: s.eligibleLevels,
  questions: s.questions.map((q) => ({ ...q, published: false })),
});

async function profileOf(userId: string) {
  const u = await db().user.findUnique({ where: { id: userId }, select: { workUnit: true, cadreLevel: true } });
  if (!u) throw new NotFoundError();
  return u;
}

export interface AccountSurveyRow {
  id: string;
  title: string;
  closesAt: Date;
}

export interface AccountSurveys {
  /** Open to this account now and not answered yet. */
  open: AccountSurveyRow[];
  /**
   * Taking answers from accounts now, but not from this one (its unit or level is not among
   * those taking part): listed with the reason, so an account that followed the home page's
   * banner reads why instead of "nothing for you".
   */
  notForMe: (AccountSurveyRow & { refusal: { key: string; values?: Record<string, string> }; eligibleLevels: string[] })[];
}

/** The surveys taking answers from accounts now, as this account sees them (the account's list). */
export async function accountSurveys(actor: Actor | null, now: Date = clockNow()): Promise<AccountSurveys> {
  if (!actor || actor.status !== "APPROVED") return { open: [], notForMe: [] };
  const running = await db().survey.findMany({
    where: { status: "OPEN", forAccounts: true, opensAt: { lte: now }, closesAt: { gt: now } },
    select: { id: true },
    orderBy: { closesAt: "asc" },
    take: 20,
  });
  if (!running.length) return { open: [], notForMe: [] };
  const [who, done] = await Promise.all([
    profileOf(actor.id),
    db().surveyParticipation.findMany({
      where: { userId: actor.id, surveyId: { in: running.map((s) => s.id) } },
      select: { surveyId: true },
    }),
  ]);
  const answered = new Set(done.map((d) => d.surveyId));
  const out: AccountSurveys = { open: [], notForMe: [] };
  for (const { id } of running) {
    if (answered.has(id)) continue;
    const s = await findSurvey(id);
    if (!s) continue;
    const refusal = accountRefusal(s, who, now);
    const row = { id: s.id, title: s.title, closesAt: s.closesAt };
    if (!refusal) out.open.push(row);
    else out.notForMe.push({ ...row, refusal, eligibleLevels: s.eligibleLevels });
  }
  return out;
}

/** The surveys this account may answer now and has not answered yet (the account page's entry). */
export async function surveysOpenFor(actor: Actor | null, now: Date = clockNow()): Promise<AccountSurveyRow[]> {
  return (await accountSurveys(actor, now)).open;
}

/** The account's answer page: the survey, or why it cannot be answered (in words). */
export async function surveyForAccount(
  actor: Actor | null,
  id: string,
  now: Date = clockNow(),
): Promise<{ survey: AnswerableSurvey; answered: boolean; refusal: { key: string; values?: Record<string, string> } | null }> {
  const a = requireApproved(actor);
  const s = await findSurvey(id);
  if (!s || s.status === "DRAFT") throw new NotFoundError();
  const [who, mark] = await Promise.all([
    profileOf(a.id),
    db().surveyParticipation.findUnique({ where: { surveyId_userId: { surveyId: id, userId: a.id } }, select: { id: true } }),
  ]);
  return { survey: answerable(s), answered: !!mark, refusal: accountRefusal(s, who, now) };
}

/** An approved account answers (once). */
export async function submitByAccount(
  actor: Actor | null,
  surveyId: string,
  raw: Record<string, string>,
  now: Date = clockNow(),
): Promise<void> {
  const a = requireApproved(actor);
  const s = await findSurvey(surveyId);
  if (!s || s.status === "DRAFT") throw new NotFoundError();
  const who = await profileOf(a.id);
  const refused = accountRefusal(s, who, now);
  if (refused) throw new DomainError(refused.key, undefined, refused.values);
  const answers = checkAnswers(s.questions, raw);
  await quietly(async () => {
    for (let attempt = 1; ; attempt++) {
      try {
        await transaction(async (tx) => {
          if ((await holdSurvey(tx, surveyId)) !== "OPEN")
            throw new DomainError(`${ERR}.over`, undefined, { at: shanghaiDateTimeText(s.closesAt) });
          if (await tx.surveyParticipation.findUnique({ where: { surveyId_userId: { surveyId, userId: a.id } }, select: { id: true } }))
            throw new DomainError(`${ERR}.answered`);
          const [id] = await freshIds(tx, "surveyParticipation", 1);
          await tx.surveyParticipation.create({ data: { id, surveyId, userId: a.id } });
          await writeResponse(tx, surveyId, { unit: who.workUnit.trim() || null, level: who.cadreLevel, answers });
        });
        return;
      } catch (e) {
        // Another submission of this account got in first (the unique mark); a clash of random
        // keys between two transactions at once is retried.
        if (isUniqueViolation(e, "userId")) throw new DomainError(`${ERR}.answered`);
        if (isUniqueViolation(e) && attempt < 3) continue;
        throw e;
      }
    }
  });
}

/** The public code form's survey: open to code holders and inside its window, else null. */
export async function surveyForCode(id: string, now: Date = clockNow()): Promise<AnswerableSurvey | null> {
  const s = await findSurvey(id);
  if (!s || !s.forCodes || !isTakingAnswers(s, now)) return null;
  return answerable(s);
}

/** A meeting participant answers with a one-time code (used up by the answer). */
export async function submitByCode(
  typedCode: string,
  surveyId: string,
  raw: Record<string, string>,
  now: Date = clockNow(),
): Promise<void> {
  const s = await findSurvey(surveyId);
  if (!s || s.status === "DRAFT" || !s.forCodes) throw new NotFoundError();
  const refused = windowRefusal(s, now);
  if (refused) throw new DomainError(refused.key, undefined, refused.values);
  const canonical = normalizeSurveyCode(typedCode);
  if (!canonical) throw new DomainError("errors.invalid", { code: [`${ERR}.codeFormat`] });
  const answers = checkAnswers(s.questions, raw);
  const codeHash = surveyCodeHash(canonical);
  await quietly(async () => {
    for (let attempt = 1; ; attempt++) {
      try {
        await transaction(async (tx) => {
          if ((await holdSurvey(tx, surveyId)) !== "OPEN")
            throw new DomainError(`${ERR}.over`, undefined, { at: shanghaiDateTimeText(s.closesAt) });
          const code = await tx.surveyCode.findUnique({ where: { codeHash }, select: { surveyId: true, unit: true, level: true } });
          if (!code || code.surveyId !== surveyId) throw new DomainError("errors.invalid", { code: [`${ERR}.codeUnknown`] });
          // Conditional: of two submissions with one code, only one flips it.
          const { count } = await tx.surveyCode.updateMany({ where: { codeHash, surveyId, used: false }, data: { used: true } });
          if (count !== 1) throw new DomainError("errors.invalid", { code: [`${ERR}.codeUsed`] });
          await writeResponse(tx, surveyId, { unit: code.unit, level: code.level, answers });
        });
        return;
      } catch (e) {
        if (isUniqueViolation(e) && attempt < 3) continue;
        throw e;
      }
    }
  });
}

/** The surveys taking code answers now (the short address printed on the slips leads here). */
export async function openCodeSurveys(now: Date = clockNow()): Promise<{ id: string; title: string; closesAt: Date }[]> {
  return db().survey.findMany({
    where: { status: "OPEN", forCodes: true, opensAt: { lte: now }, closesAt: { gt: now } },
    select: { id: true, title: true, closesAt: true },
    orderBy: { closesAt: "asc" },
    take: 20,
  });
}
