import { defineMachine } from "./machine";

/**
 * 满意度测评: 草稿 (DRAFT, questions and audience still edited) → 进行中 (OPEN, answers taken
 * within the window; nothing about the questions changes any more, so every response answers the
 * same questions) → 已结束 (CLOSED, results may be published). No way back: reopening a closed
 * survey would let answers arrive after results were read.
 */
export const surveyMachine = defineMachine("survey", {
  DRAFT: ["OPEN"],
  OPEN: ["CLOSED"],
  CLOSED: [],
});

export type SurveyStatus = (typeof surveyMachine.states)[number];

/** A survey takes answers: opened by staff and inside its window. */
export function isTakingAnswers(s: { status: string; opensAt: Date; closesAt: Date }, now: Date): boolean {
  return s.status === "OPEN" && s.opensAt.getTime() <= now.getTime() && now.getTime() < s.closesAt.getTime();
}

/** Questions, window and audience may change only while the survey is a draft. */
export const isSurveyEditable = (status: string) => status === "DRAFT";
