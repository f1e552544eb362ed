import "server-only";
// What the survey modules share: reading a survey with its questions, and its audience lists
// (stored as JSON text in the schema).
import type { Prisma } from "../../generated/prisma/client";
import { db, type Tx } from "../../db/client";
import type { QuestionKind } from "../../survey/scale";
import { NotFoundError } from "../errors";
import { parseList } from "../../validation/json-list";

export interface SurveyQuestionRow {
  id: string;
  position: number;
  kind: QuestionKind;
  text: string;
  topic: string | null;
  published: boolean;
}

export interface SurveyRow {
  id: string;
  title: string;
  description: string;
  year: number;
  opensAt: Date;
  closesAt: Date;
  forAccounts: boolean;
  forCodes: boolean;
  eligibleUnits: string[];
  eligibleLevels: string[];
  status: string;
  resultsPublishedAt: Date | null;
  questions: SurveyQuestionRow[];
}

const SELECT = {
  id: true,
  title: true,
  description: true,
  year: true,
  opensAt: true,
  closesAt: true,
  forAccounts: true,
  forCodes: true,
  eligibleUnits: true,
  eligibleLevels: true,
  status: true,
  resultsPublishedAt: true,
  questions: {
    select: { id: true, position: true, kind: true, text: true, topic: true, published: true },
    orderBy: [{ position: "asc" as const }, { id: "asc" as const }],
  },
} satisfies Prisma.SurveySelect;

type Raw = Awaited<ReturnType<typeof rawSurvey>>;
const rawSurvey = (client: Tx, id: string) => client.survey.findUnique({ where: { id }, select: SELECT });

function shape(r: NonNullable<Raw>): SurveyRow {
  return {
    ...r,
    eligibleUnits: parseList(r.eligibleUnits),
    eligibleLevels: parseList(r.eligibleLevels),
    questions: r.questions.map((q) => ({ ...q, kind: q.kind as QuestionKind })),
  };
}

/** The survey with its questions in order, or null. */
export async function findSurvey(id: string, client: Tx = db() as unknown as Tx): Promise<SurveyRow | null> {
  const r = await rawSurvey(client, id);
  return r ? shape(r) : null;
}

export async function loadSurvey(id: string, client?: Tx): Promise<SurveyRow> {
  const s = await findSurvey(id, client);
  if (!s) throw new NotFoundError();
  return s;
}
