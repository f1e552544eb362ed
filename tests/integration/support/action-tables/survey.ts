// Entries of the action table (../action-table.ts) for 满意度测评: the staff console's actions
// (app/[locale]/(admin)/admin/surveys/actions.ts), an account's answer and a code holder's
// answer. Every form names a fresh survey (or question, or code) in the state its action starts
// from, so an allowed caller's valid form is accepted (an account answers each survey once).
import type { ActionSpec, FieldSpec, Fields } from "../action-table";
import { dateTimeInput } from "../action-world";
import { solvedChallenge } from "../challenge";
import { codesFor, makeSurvey } from "../survey-world";

const A = "app/[locale]";
const S = `${A}/(admin)/admin/surveys/actions.ts`;
const req = (kind: FieldSpec["kind"]): FieldSpec => ({ kind, required: true });
const opt = (kind: FieldSpec["kind"]): FieldSpec => ({ kind, required: false });

const answers = (qids: string[]): Fields => ({
  [`q_${qids[0]}`]: "SATISFIED",
  [`q_${qids[1]}`]: "UNKNOWN",
  [`q_${qids[2]}`]: "建议进一步扩大选人用人工作的知情范围。",
});

export const ACTIONS_SURVEY: Record<string, ActionSpec> = {
  [`${S}#saveSurveyAction`]: {
    level: "staff",
    form: async () => ({
      title: "2026年度选人用人工作满意度测评",
      description: "测评采取无记名方式进行。",
      year: "2026",
      opensAt: dateTimeInput(1),
      closesAt: dateTimeInput(15),
      forAccounts: "on",
      forCodes: "on",
      eligibleLevels: ["SECTION", "DIVISION"],
      eligibleUnits: "舟山市教育局\n舟山市测试局",
    }),
    fields: {
      id: opt("id"),
      title: req("text"),
      description: opt("body"),
      year: req("year"),
      opensAt: req("dateTime"),
      closesAt: req("dateTime"),
      forAccounts: opt("checkbox"),
      forCodes: opt("checkbox"),
      eligibleLevels: opt("enum"),
      eligibleUnits: opt("body"),
    },
  },
  [`${S}#addQuestionAction`]: {
    level: "staff",
    form: async () => ({
      surveyId: (await makeSurvey({ draft: true })).id,
      kind: "SCALE",
      text: "您对干部选拔任用工作的总体评价",
      topic: "干部选拔任用工作总体评价",
    }),
    fields: { surveyId: req("id"), kind: req("enum"), text: req("text"), topic: opt("text") },
  },
  [`${S}#editQuestionAction`]: {
    level: "staff",
    form: async () => ({ id: (await makeSurvey({ draft: true })).qids[0], text: "您对干部选任信息公开的评价", topic: "干部选任信息公开" }),
    fields: { id: req("id"), text: req("text"), topic: opt("text") },
  },
  [`${S}#removeQuestionAction`]: {
    level: "staff",
    form: async () => ({ id: (await makeSurvey({ draft: true })).qids[2] }),
    fields: { id: req("id") },
  },
  [`${S}#moveQuestionAction`]: {
    level: "staff",
    form: async () => ({ id: (await makeSurvey({ draft: true })).qids[1], direction: "up" }),
    fields: { id: req("id"), direction: req("enum") },
  },
  [`${S}#openSurveyAction`]: {
    level: "staff",
    form: async () => ({ id: (await makeSurvey({ draft: true })).id }),
    fields: { id: req("id") },
  },
  [`${S}#closeSurveyAction`]: {
    level: "staff",
    form: async () => ({ id: (await makeSurvey()).id }),
    fields: { id: req("id") },
  },
  [`${S}#deleteSurveyAction`]: {
    level: "staff",
    form: async () => ({ id: (await makeSurvey({ draft: true })).id }),
    fields: { id: req("id") },
  },
  [`${S}#generateCodesAction`]: {
    level: "staff",
    form: async () => ({ surveyId: (await makeSurvey()).id, count: "30", unit: "嵊泗县", level: "SECTION" }),
    fields: { surveyId: req("id"), count: req("int"), unit: opt("text"), level: opt("enum") },
  },
  [`${S}#publishResultsAction`]: {
    level: "staff",
    form: async () => {
      const s = await makeSurvey();
      const { closeSurvey } = await import("@/lib/data/survey/define");
      const { surveyAdmin } = await import("../survey-world");
      await closeSurvey(await surveyAdmin(), s.id);
      return { surveyId: s.id, questionIds: [s.qids[0], s.qids[1]] };
    },
    fields: { surveyId: req("id"), questionIds: opt("ids") },
  },
  [`${A}/(account)/account/surveys/actions.ts#answerSurveyAction`]: {
    level: "approved",
    form: async () => {
      const s = await makeSurvey();
      return { surveyId: s.id, ...answers(s.qids) };
    },
    fields: { surveyId: req("id") },
  },
  [`${A}/(public)/surveys/actions.ts#answerByCodeAction`]: {
    level: "public",
    form: async () => {
      const s = await makeSurvey();
      const [code] = await codesFor(s.id, 1, "嵊泗县", "SECTION");
      return { surveyId: s.id, code, ...answers(s.qids), altcha: await solvedChallenge() };
    },
    fields: { surveyId: req("id"), code: req("text"), altcha: req("challenge") },
  },
};
