// Form schemas of 满意度测评: a survey, a question, codes for a meeting, publication, and the
// answer forms (one field per question, "q_<questionId>"). Error messages are catalog keys
// (errors.* or survey.errors.*).
import { z } from "zod";
import { choice, dateTimeField, intField, optionalChoice } from "./boards";
import { E, optionalText, recordId, selectedRows, text } from "./common";
import { CADRE_LEVELS } from "./qualifications";
import { QUESTION_KINDS } from "../survey/scale";

const ERR = "survey.errors";
export const MAX_SURVEY_UNITS = 100;
export const MAX_CODES_AT_ONCE = 500;
export const MAX_QUESTIONS = 40;

const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

/** Ticked ("on") or not sent; anything else is not what a form sends, and is refused. */
const tick = z
  .enum(["on", ""], E.invalid)
  .optional()
  .transform((v) => v === "on");

const levels = z.preprocess(
  (v) => (blank(v) ? [] : [v].flat()),
  z.array(z.enum(CADRE_LEVELS, E.invalid)).transform((xs) => CADRE_LEVELS.filter((l) => xs.includes(l))),
);

/** Units, one a line; blank lines and repeats dropped. */
const units = z.preprocess(
  (v) =>
    typeof v === "string"
      ? [
          ...new Set(
            v
              .split("\n")
              .map((s) => s.trim())
              .filter(Boolean),
          ),
        ]
      : [],
  z.array(z.string().max(100, E.tooLong)).max(MAX_SURVEY_UNITS, `${ERR}.tooManyUnits`),
);

export const surveySchema = z
  .object({
    title: text(200),
    description: z.preprocess((v) => (typeof v === "string" ? v.trim() : ""), z.string().max(5000, E.tooLong)),
    year: intField(2000, 2100, `${ERR}.year`),
    opensAt: dateTimeField,
    closesAt: dateTimeField,
    forAccounts: tick,
    forCodes: tick,
    eligibleLevels: levels,
    eligibleUnits: units,
  })
  .superRefine((v, ctx) => {
    if (v.opensAt instanceof Date && v.closesAt instanceof Date && v.closesAt.getTime() <= v.opensAt.getTime())
      ctx.addIssue({ code: "custom", path: ["closesAt"], message: `${ERR}.windowOrder` });
    if (!v.forAccounts && !v.forCodes) ctx.addIssue({ code: "custom", path: ["forAccounts"], message: `${ERR}.noAudience` });
  });
export type SurveyInput = z.infer<typeof surveySchema>;

export const surveyFormSchema = z.object({ id: z.preprocess((v) => (blank(v) ? undefined : v), recordId.optional()) }).and(surveySchema);

export const questionSchema = z.object({
  kind: choice(QUESTION_KINDS),
  text: text(300),
  topic: optionalText(60),
});
export type QuestionInput = z.infer<typeof questionSchema>;

export const addQuestionSchema = z.object({ surveyId: recordId }).and(questionSchema);
export const editQuestionSchema = z.object({ id: recordId, text: text(300), topic: optionalText(60) });
export const moveQuestionSchema = z.object({ id: recordId, direction: choice(["up", "down"] as const) });

export const codesSchema = z.object({
  surveyId: recordId,
  count: intField(1, MAX_CODES_AT_ONCE, `${ERR}.codeCount`),
  unit: optionalText(100),
  level: optionalChoice(CADRE_LEVELS),
});

export const publishSchema = z.object({ surveyId: recordId, questionIds: selectedRows(MAX_QUESTIONS) });

/** The answers as sent: every "q_<id>" field, trimmed; which are needed is the data layer's rule. */
function answersOf(values: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) {
    if (!k.startsWith("q_") || typeof v !== "string") continue;
    const id = k.slice(2);
    if (/^[A-Za-z0-9_-]{1,40}$/.test(id)) out[id] = v.trim();
  }
  return out;
}

const withAnswers = <T extends z.ZodRawShape>(shape: T) =>
  z.record(z.string(), z.unknown()).transform((values, ctx) => {
    const r = z.object(shape).safeParse(values);
    if (!r.success) {
      for (const issue of r.error.issues) ctx.addIssue({ code: "custom", message: issue.message, path: issue.path });
      return z.NEVER;
    }
    return { ...r.data, answers: answersOf(values) };
  });

export const accountAnswerSchema = withAnswers({ surveyId: recordId });
export const codeAnswerSchema = withAnswers({ surveyId: recordId, code: text(40) });
