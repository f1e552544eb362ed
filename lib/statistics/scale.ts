// The answers on the satisfaction scale (满意 / 基本满意 / 不满意 / 不了解) as stored in
// SurveyResponse.answers, mapped to the parts of the rate: (满意 + 基本满意) / (answers
// excluding 不了解). 不了解 maps to nothing, so it is left out of both. The survey module's codes
// are accepted under the spellings it may use; anything else is not an answer on the scale.
export interface ScaleCounts {
  satisfied: number;
  basic: number;
  dissatisfied: number;
}

const SCALE_ANSWERS: Readonly<Record<string, keyof ScaleCounts | undefined>> = {
  SATISFIED: "satisfied",
  BASIC: "basic",
  BASICALLY_SATISFIED: "basic",
  FAIRLY_SATISFIED: "basic",
  DISSATISFIED: "dissatisfied",
  UNSATISFIED: "dissatisfied",
  满意: "satisfied",
  基本满意: "basic",
  不满意: "dissatisfied",
};

/** The part of the rate an answer counts in; undefined for 不了解, a free text or anything else. */
export function scalePart(answer: unknown): keyof ScaleCounts | undefined {
  return typeof answer === "string" && Object.hasOwn(SCALE_ANSWERS, answer) ? SCALE_ANSWERS[answer] : undefined;
}
