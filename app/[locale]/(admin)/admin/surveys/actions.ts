"use server";
// 满意度测评, staff: define a survey and its questions (while a draft), open and close it, make
// one-time codes for a meeting, and publish chosen results. The data layer (lib/data/survey/)
// checks the caller again and audits each step.
import { z } from "zod";
import { serverAction } from "@/lib/actions/pipeline";
import {
  addQuestion,
  closeSurvey,
  createSurvey,
  editQuestion,
  moveQuestion,
  openSurvey,
  removeQuestion,
  updateSurvey,
} from "@/lib/data/survey/define";
import { generateCodes } from "@/lib/data/survey/codes";
import { publishResults } from "@/lib/data/survey/results";
import { expireSurveyPages } from "@/lib/data/survey/public";
import { idInput, type ActionState } from "@/lib/validation/common";
import {
  addQuestionSchema,
  codesSchema,
  editQuestionSchema,
  moveQuestionSchema,
  publishSchema,
  surveyFormSchema,
} from "@/lib/validation/survey";

const page = (id: string, done: string) => ({ redirect: `/admin/surveys/${id}?done=${done}` });
const paths = (id: string) => ({ paths: [`/admin/surveys/${id}`, "/admin/surveys"] });

export const saveSurveyAction = serverAction({
  name: "saveSurvey",
  access: "staff",
  input: surveyFormSchema,
  handle: async ({ actor, input }) => {
    if (input.id) {
      await updateSurvey(actor, input.id, input);
      return { id: input.id, created: false };
    }
    return { id: await createSurvey(actor, input), created: true };
  },
  revalidate: (r) => paths(r.id),
  done: (r) => page(r.id, r.created ? "created" : "saved"),
});

export const addQuestionAction = serverAction({
  name: "addSurveyQuestion",
  access: "staff",
  input: addQuestionSchema,
  handle: async ({ actor, input }) => {
    await addQuestion(actor, input.surveyId, input);
    return input.surveyId;
  },
  revalidate: paths,
  done: (id) => page(id, "questionAdded"),
});

export const editQuestionAction = serverAction({
  name: "editSurveyQuestion",
  access: "staff",
  input: editQuestionSchema,
  handle: ({ actor, input }) => editQuestion(actor, input.id, input),
  revalidate: paths,
  done: (id) => page(id, "questionSaved"),
});

export const removeQuestionAction = serverAction({
  name: "removeSurveyQuestion",
  access: "staff",
  input: idInput,
  handle: ({ actor, input }) => removeQuestion(actor, input.id),
  revalidate: paths,
  done: (id) => page(id, "questionRemoved"),
});

export const moveQuestionAction = serverAction({
  name: "moveSurveyQuestion",
  access: "staff",
  input: moveQuestionSchema,
  handle: ({ actor, input }) => moveQuestion(actor, input.id, input.direction),
  revalidate: paths,
  done: (id) => page(id, "questionMoved"),
});

export const openSurveyAction = serverAction({
  name: "openSurvey",
  access: "staff",
  input: idInput,
  handle: async ({ actor, input }) => {
    await openSurvey(actor, input.id);
    expireSurveyPages();
  },
  revalidate: (_r, input) => ({ paths: [`/admin/surveys/${input.id}`, "/admin/surveys", ["/account", "layout"]] }),
  done: (_r, input) => page(input.id, "opened"),
});

export const closeSurveyAction = serverAction({
  name: "closeSurvey",
  access: "staff",
  input: idInput,
  handle: async ({ actor, input }) => {
    await closeSurvey(actor, input.id);
    expireSurveyPages();
  },
  revalidate: (_r, input) => ({ paths: [`/admin/surveys/${input.id}`, "/admin/surveys", ["/account", "layout"]] }),
  done: (_r, input) => page(input.id, "closed"),
});

/** The codes come back in the form's state, once: only their hashes are kept. */
export type CodesState = ActionState & { codes?: string[]; unit?: string; level?: string };

export const generateCodesAction = serverAction<
  "staff",
  z.infer<typeof codesSchema>,
  Awaited<ReturnType<typeof generateCodes>>,
  CodesState
>({
  name: "generateSurveyCodes",
  access: "staff",
  input: codesSchema,
  handle: ({ actor, input }) => generateCodes(actor, input.surveyId, input.count, { unit: input.unit, level: input.level }),
  revalidate: (r) => paths(r.surveyId),
  done: (r) => ({
    ok: true,
    message: "survey.codes.made",
    messageValues: { count: r.codes.length },
    codes: r.codes,
    unit: r.unit ?? "",
    level: r.level ?? "",
  }),
});

export const publishResultsAction = serverAction({
  name: "publishSurveyResults",
  access: "staff",
  input: publishSchema,
  handle: async ({ actor, input }) => {
    await publishResults(actor, input.surveyId, input.questionIds);
    expireSurveyPages();
    return input.questionIds.length;
  },
  revalidate: (_r, input) => ({ paths: [`/admin/surveys/${input.surveyId}/results`] }),
  done: (n, input) => ({ redirect: `/admin/surveys/${input.surveyId}/results?done=${n ? "published" : "withdrawn"}` }),
});
