"use server";
// 满意度测评, staff: define a survey and its questions (while a draft; a draft may be deleted),
// open and close it, make one-time codes for a meeting, and publish chosen results. The data layer (lib/data/survey/)
// checks the caller again and audits each step.
import { z } from "zod";
import { serverAction } from "@/lib/actions/pipeline";
import type { Actor } from "@/lib/auth/actor";
import {
  addQuestion,
  closeSurvey,
  createSurvey,
  deleteSurvey,
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

/**
 * One move on a survey from its console page, the shape most of these actions share: staff only,
 * the data layer does the work and names the survey it touched, the survey's page and the list
 * are revalidated, and the browser lands back on the survey's page with the `done` banner.
 * `publicToo`: the move changes what accounts and the public see (open, close), so the cached
 * public reads and the account pages are expired as well.
 */
function surveyMove<I>(def: {
  name: string;
  input: z.ZodType<I, unknown>;
  run: (actor: Actor, input: I) => Promise<string>;
  done: string;
  publicToo?: boolean;
}) {
  return serverAction({
    name: def.name,
    access: "staff",
    input: def.input,
    handle: async ({ actor, input }) => {
      const id = await def.run(actor, input);
      if (def.publicToo) await expireSurveyPages();
      return id;
    },
    revalidate: (id) => (def.publicToo ? { paths: [...paths(id).paths, ["/account", "layout"] as [string, "layout"]] } : paths(id)),
    done: (id) => page(id, def.done),
  });
}

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

export const addQuestionAction = surveyMove({
  name: "addSurveyQuestion",
  input: addQuestionSchema,
  run: async (actor, input) => {
    await addQuestion(actor, input.surveyId, input);
    return input.surveyId;
  },
  done: "questionAdded",
});

export const editQuestionAction = surveyMove({
  name: "editSurveyQuestion",
  input: editQuestionSchema,
  run: (actor, input) => editQuestion(actor, input.id, input),
  done: "questionSaved",
});

export const removeQuestionAction = surveyMove({
  name: "removeSurveyQuestion",
  input: idInput,
  run: (actor, input) => removeQuestion(actor, input.id),
  done: "questionRemoved",
});

export const moveQuestionAction = surveyMove({
  name: "moveSurveyQuestion",
  input: moveQuestionSchema,
  run: (actor, input) => moveQuestion(actor, input.id, input.direction),
  done: "questionMoved",
});

export const openSurveyAction = surveyMove({
  name: "openSurvey",
  input: idInput,
  run: async (actor, input) => {
    await openSurvey(actor, input.id);
    return input.id;
  },
  done: "opened",
  publicToo: true,
});

export const closeSurveyAction = surveyMove({
  name: "closeSurvey",
  input: idInput,
  run: async (actor, input) => {
    await closeSurvey(actor, input.id);
    return input.id;
  },
  done: "closed",
  publicToo: true,
});

/** 删除测评草稿: the survey's page is gone, so back to the list with the banner there. */
export const deleteSurveyAction = serverAction({
  name: "deleteSurvey",
  access: "staff",
  input: idInput,
  handle: ({ actor, input }) => deleteSurvey(actor, input.id),
  revalidate: { paths: ["/admin/surveys"] },
  done: () => ({ redirect: "/admin/surveys?done=deleted" }),
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
    await expireSurveyPages();
    return input.questionIds.length;
  },
  revalidate: (_r, input) => ({ paths: [`/admin/surveys/${input.surveyId}/results`] }),
  done: (n, input) => ({ redirect: `/admin/surveys/${input.surveyId}/results?done=${n ? "published" : "withdrawn"}` }),
});
