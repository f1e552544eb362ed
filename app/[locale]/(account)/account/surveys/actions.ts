"use server";
// 满意度测评: an approved account answers online, once. The answers go nowhere but the
// anonymous response (lib/data/survey/answer.ts): the pipeline logs no values, and the data
// layer's failures name none.
import { serverAction } from "@/lib/actions/pipeline";
import { submitByAccount } from "@/lib/data/survey/answer";
import { accountAnswerSchema } from "@/lib/validation/survey";

export const answerSurveyAction = serverAction({
  name: "answerSurvey",
  access: "approved",
  input: accountAnswerSchema,
  handle: ({ actor, input }) => submitByAccount(actor, input.surveyId, input.answers),
  revalidate: { paths: [["/account", "layout"]] },
  done: () => ({ redirect: "/account/surveys?done=answered" }),
});
