import "server-only";
// 满意度测评 results: counts and the satisfaction rate per question, year-over-year by topic,
// breakdowns by unit and level only for groups of at least MIN_GROUP (else 样本过少), free-text
// answers sorted (never in the order they came), the .xlsx export, and what is published.
// Responses are read whole and counted here: they carry nothing but the answers and the
// coarse group, so nothing read here can name anyone.
import { db } from "../../db/client";
import { transaction } from "../../db/tx";
import { appendAudit } from "../../audit/log";
import { requireStaff, type Actor } from "../../auth/actor";
import { now as clockNow } from "../../calendar/clock";
import { shanghaiDateTimeText } from "../../calendar/dates";
import type { Table } from "../../nominations/spreadsheet";
import { emptyCounts, formatRate, isScaleChoice, MIN_GROUP, SCALE, satisfactionRate, totalOf, type ScaleCounts } from "../../survey/scale";
import zh from "../../../messages/zh-CN/survey.json";
import { DomainError, NotFoundError } from "../errors";
import { findSurvey, loadSurvey, type SurveyQuestionRow, type SurveyRow } from "./shared";

const ERR = "survey.errors";

export interface QuestionResult {
  id: string;
  position: number;
  kind: "SCALE" | "TEXT";
  text: string;
  topic: string | null;
  published: boolean;
  /** SCALE: counts per choice; answers = all of them, rate over those who knew the work. */
  counts: ScaleCounts;
  answers: number;
  rate: number | null;
  /** TEXT: the answers, sorted. */
  texts: string[];
}

export interface GroupResult {
  /** The unit or level as stored (a level is a key the page translates). */
  group: string | null;
  /** Responses in this group. */
  answered: number;
  /** Per SCALE question, or null when the group is too small to show (样本过少). */
  questions: { id: string; counts: ScaleCounts; rate: number | null }[] | null;
}

export interface SurveyResults {
  survey: SurveyRow;
  responses: number;
  questions: QuestionResult[];
  byUnit: GroupResult[];
  byLevel: GroupResult[];
}

interface ResponseRow {
  unit: string | null;
  level: string | null;
  answers: string;
}

function parseAnswers(json: string): Record<string, string> {
  try {
    const v: unknown = JSON.parse(json);
    return v && typeof v === "object" ? (v as Record<string, string>) : {};
  } catch {
    return {};
  }
}

function countScale(questionId: string, rows: Record<string, string>[]): ScaleCounts {
  const c = emptyCounts();
  for (const r of rows) {
    const v = r[questionId];
    if (isScaleChoice(v)) c[v]++;
  }
  return c;
}

/** Results of a set of responses (pure over the rows: unit-tested through the data layer). */
export function tally(questions: SurveyQuestionRow[], rows: ResponseRow[]): Omit<SurveyResults, "survey"> {
  const parsed = rows.map((r) => ({ ...r, a: parseAnswers(r.answers) }));
  const all = parsed.map((r) => r.a);
  const scale = questions.filter((q) => q.kind === "SCALE");
  const qs: QuestionResult[] = questions.map((q) => {
    if (q.kind === "SCALE") {
      const counts = countScale(q.id, all);
      return { ...q, kind: "SCALE", counts, answers: totalOf(counts), rate: satisfactionRate(counts), texts: [] };
    }
    // Sorted, so the list says nothing about who wrote first.
    const texts = all
      .map((a) => a[q.id])
      .filter((t): t is string => typeof t === "string" && t.trim() !== "")
      .sort((x, y) => x.localeCompare(y, "zh-CN"));
    return { ...q, kind: "TEXT", counts: emptyCounts(), answers: texts.length, rate: null, texts };
  });
  const groups = (key: "unit" | "level"): GroupResult[] => {
    const by = new Map<string | null, Record<string, string>[]>();
    for (const r of parsed) {
      const g = r[key];
      by.set(g, [...(by.get(g) ?? []), r.a]);
    }
    return [...by.entries()]
      .map(([group, rs]) => ({
        group,
        answered: rs.length,
        questions:
          rs.length >= MIN_GROUP
            ? scale.map((q) => {
                const counts = countScale(q.id, rs);
                return { id: q.id, counts, rate: satisfactionRate(counts) };
              })
            : null,
      }))
      .sort((x, y) => (x.group ?? "\uffff").localeCompare(y.group ?? "\uffff", "zh-CN"));
  };
  return { responses: rows.length, questions: qs, byUnit: groups("unit"), byLevel: groups("level") };
}

async function responsesOf(surveyId: string): Promise<ResponseRow[]> {
  return db().surveyResponse.findMany({ where: { surveyId }, select: { unit: true, level: true, answers: true } });
}

/** The full results for staff (any status: an open survey's running count included). */
export async function surveyResults(actor: Actor | null, id: string): Promise<SurveyResults> {
  requireStaff(actor);
  const survey = await loadSurvey(id);
  return { survey, ...tally(survey.questions, await responsesOf(id)) };
}

export interface TopicPoint {
  year: number;
  surveyId: string;
  title: string;
  answers: number;
  rate: number | null;
}

/**
 * Year-over-year by topic (历年对比), the same on the console's results page and the public one:
 * per year, the latest closed survey of that year whose results are published, and in it the
 * published SCALE questions about the topic, their counts pooled into one satisfaction rate
 * ((满意 + 基本满意) / answers excluding 不了解, satisfactionRate).
 *
 * Why published only, on the staff page too: the public page may show nothing else, and a
 * comparison that read 95.3% for a year to staff and 100.0% to the public (the staff side counted
 * open surveys, unpublished questions, and one question picked in database order) compares two
 * different things under one label. Staff see this survey's running and unpublished figures in
 * its own question cards above the comparison; the page says the comparison counts published
 * results only.
 */
export async function topicHistory(topics: string[]): Promise<Record<string, TopicPoint[]>> {
  const out: Record<string, TopicPoint[]> = {};
  if (!topics.length) return out;
  const questions = await db().surveyQuestion.findMany({
    where: {
      kind: "SCALE",
      published: true,
      topic: { in: topics },
      survey: { status: "CLOSED", resultsPublishedAt: { not: null } },
    },
    select: { id: true, topic: true, surveyId: true, survey: { select: { year: true, title: true, closesAt: true } } },
  });
  // Per topic and year: the latest-closing survey (its id breaks a tie, so the choice never
  // depends on the order the database returns rows in).
  const later = (a: { closesAt: Date; id: string }, b: { closesAt: Date; id: string }) =>
    a.closesAt.getTime() - b.closesAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const chosen = new Map<string, { id: string; closesAt: Date }>();
  for (const q of questions) {
    const key = `${q.topic}|${q.survey.year}`;
    const mine = { id: q.surveyId, closesAt: q.survey.closesAt };
    const held = chosen.get(key);
    if (!held || later(held, mine) < 0) chosen.set(key, mine);
  }
  const bySurvey = new Map<string, Record<string, string>[]>();
  for (const sid of new Set([...chosen.values()].map((c) => c.id)))
    bySurvey.set(
      sid,
      (await responsesOf(sid)).map((r) => parseAnswers(r.answers)),
    );
  const pooled = new Map<string, TopicPoint & { counts: ScaleCounts; topic: string }>();
  for (const q of questions) {
    const key = `${q.topic}|${q.survey.year}`;
    if (chosen.get(key)!.id !== q.surveyId) continue;
    const c = countScale(q.id, bySurvey.get(q.surveyId) ?? []);
    const point = pooled.get(key) ?? {
      topic: q.topic!,
      year: q.survey.year,
      surveyId: q.surveyId,
      title: q.survey.title,
      answers: 0,
      rate: null,
      counts: emptyCounts(),
    };
    for (const k of SCALE) point.counts[k] += c[k];
    pooled.set(key, point);
  }
  for (const { topic, counts, year, surveyId, title } of pooled.values())
    (out[topic] ??= []).push({ year, surveyId, title, answers: totalOf(counts), rate: satisfactionRate(counts) });
  for (const list of Object.values(out)) list.sort((x, y) => x.year - y.year);
  return out;
}

/**
 * Staff publish the results of the chosen SCALE questions of a closed survey (none chosen:
 * the results are withdrawn from the public page). Free-text answers are never published.
 */
export async function publishResults(actor: Actor | null, surveyId: string, questionIds: string[], now: Date = clockNow()): Promise<void> {
  const a = requireStaff(actor);
  await transaction(async (tx) => {
    const s = await tx.survey.findUnique({
      where: { id: surveyId },
      select: { status: true, questions: { select: { id: true, kind: true } } },
    });
    if (!s) throw new NotFoundError();
    if (s.status !== "CLOSED") throw new DomainError(`${ERR}.publishClosedOnly`);
    const scale = new Set(s.questions.filter((q) => q.kind === "SCALE").map((q) => q.id));
    const chosen = questionIds.filter((id) => scale.has(id));
    await tx.surveyQuestion.updateMany({ where: { surveyId }, data: { published: false } });
    if (chosen.length) await tx.surveyQuestion.updateMany({ where: { surveyId, id: { in: chosen } }, data: { published: true } });
    await tx.survey.update({ where: { id: surveyId }, data: { resultsPublishedAt: chosen.length ? now : null } });
    await appendAudit(tx, {
      actor: a,
      action: chosen.length ? "survey.publish" : "survey.unpublish",
      entityType: "Survey",
      entityId: surveyId,
      after: { count: chosen.length },
    });
  });
}

export interface PublishedResults {
  id: string;
  title: string;
  description: string;
  year: number;
  closesAt: Date;
  publishedAt: Date;
  responses: number;
  questions: QuestionResult[];
  history: Record<string, TopicPoint[]>;
}

/** A survey's published results (the public page), or null when nothing is published. */
export async function publishedResults(id: string): Promise<PublishedResults | null> {
  const s = await findSurvey(id);
  if (!s || s.status !== "CLOSED" || !s.resultsPublishedAt) return null;
  const shown = s.questions.filter((q) => q.published && q.kind === "SCALE");
  if (!shown.length) return null;
  const t = tally(shown, await responsesOf(id));
  const topics = [...new Set(shown.map((q) => q.topic).filter((x): x is string => !!x))];
  return {
    id: s.id,
    title: s.title,
    description: s.description,
    year: s.year,
    closesAt: s.closesAt,
    publishedAt: s.resultsPublishedAt,
    responses: t.responses,
    questions: t.questions,
    history: await topicHistory(topics),
  };
}

/** The surveys with published results, newest first (the public list). */
export async function listPublishedSurveys(): Promise<{ id: string; title: string; year: number; publishedAt: Date }[]> {
  const rows = await db().survey.findMany({
    where: { status: "CLOSED", resultsPublishedAt: { not: null } },
    select: { id: true, title: true, year: true, resultsPublishedAt: true },
    orderBy: [{ year: "desc" }, { resultsPublishedAt: "desc" }],
    take: 50,
  });
  return rows.map((r) => ({ id: r.id, title: r.title, year: r.year, publishedAt: r.resultsPublishedAt! }));
}

export interface PublishedSatisfactionRow {
  year: number;
  surveyId: string;
  survey: string;
  questionId: string;
  question: string;
  topic: string | null;
  /** Everyone who answered the question, 不了解 included. */
  answers: number;
  counts: ScaleCounts;
  /** (满意 + 基本满意) / answers excluding 不了解; null when none judged. */
  rate: number | null;
}

/**
 * Every published SCALE result, per year (for the public statistics page): only closed surveys
 * whose results staff published, only the questions they chose. Oldest year first.
 */
export async function publishedSatisfaction(): Promise<{ year: number; rows: PublishedSatisfactionRow[] }[]> {
  const surveys = await db().survey.findMany({
    where: { status: "CLOSED", resultsPublishedAt: { not: null } },
    select: {
      id: true,
      title: true,
      year: true,
      questions: { where: { published: true, kind: "SCALE" }, orderBy: { position: "asc" }, select: { id: true, text: true, topic: true } },
    },
    orderBy: [{ year: "asc" }, { closesAt: "asc" }],
  });
  const years = new Map<number, PublishedSatisfactionRow[]>();
  for (const s of surveys) {
    if (!s.questions.length) continue;
    const rows = (await responsesOf(s.id)).map((r) => parseAnswers(r.answers));
    const list = years.get(s.year) ?? [];
    for (const q of s.questions) {
      const counts = countScale(q.id, rows);
      list.push({
        year: s.year,
        surveyId: s.id,
        survey: s.title,
        questionId: q.id,
        question: q.text,
        topic: q.topic,
        answers: totalOf(counts),
        counts,
        rate: satisfactionRate(counts),
      });
    }
    years.set(s.year, list);
  }
  return [...years.entries()].map(([year, rows]) => ({ year, rows }));
}

const L = zh.survey;
const choiceWord = (c: (typeof SCALE)[number]) => L.scale[c];

/** The .xlsx of a survey's results (Chinese headers: it goes into the department's records). Audited. */
export async function exportSurveyResults(actor: Actor | null, id: string): Promise<Table> {
  const a = requireStaff(actor);
  const r = await surveyResults(a, id);
  await transaction((tx) =>
    appendAudit(tx, { actor: a, action: "survey.export", entityType: "Survey", entityId: id, after: { rows: r.questions.length } }),
  );
  const rows: (string | number | null)[][] = [];
  for (const q of r.questions) {
    if (q.kind === "SCALE") {
      rows.push([q.position, q.text, q.topic ?? "", ...SCALE.map((c) => q.counts[c]), q.answers, formatRate(q.rate)]);
    } else {
      for (const t of q.texts) rows.push([q.position, q.text, q.topic ?? "", "", "", "", "", "", t]);
    }
  }
  const groupRows = (label: string, groups: GroupResult[], name: (g: string | null) => string) =>
    groups.flatMap((g) =>
      g.questions
        ? g.questions.map((gq) => {
            const q = r.questions.find((x) => x.id === gq.id)!;
            return [
              `${label}：${name(g.group)}`,
              q.text,
              q.topic ?? "",
              ...SCALE.map((c) => gq.counts[c]),
              totalOf(gq.counts),
              formatRate(gq.rate),
            ];
          })
        : [[`${label}：${name(g.group)}`, L.results.tooFew, "", "", "", "", "", "", ""]],
    );
  return {
    title: `${r.survey.title}测评结果`,
    headers: [L.export.position, L.export.question, L.export.topic, ...SCALE.map(choiceWord), L.export.answers, L.export.rate],
    rows: [
      ...rows,
      ...groupRows(L.results.byUnit, r.byUnit, (g) => g ?? L.results.noGroup),
      ...groupRows(L.results.byLevel, r.byLevel, (g) => (g ? ((L.level as Record<string, string>)[g] ?? g) : L.results.noGroup)),
      [L.export.generated, shanghaiDateTimeText(clockNow()), "", "", "", "", "", "", ""],
    ],
  };
}
