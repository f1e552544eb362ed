"use server";
// 满意度测评 with a one-time code from a meeting: anyone holding a code answers, behind the
// site's challenge like the other anonymous forms; the code is used up by the answer.
import { serverAction } from "@/lib/actions/pipeline";
import { submitByCode } from "@/lib/data/survey/answer";
import { codeAnswerSchema } from "@/lib/validation/survey";

export const answerByCodeAction = serverAction({
  name: "answerSurveyByCode",
  access: "anyone",
  challenge: true,
  input: codeAnswerSchema,
  handle: ({ input }) => submitByCode(input.code, input.surveyId, input.answers),
  done: (_r, input) => ({ redirect: `/surveys/${input.surveyId}/answer?done=answered` }),
});
