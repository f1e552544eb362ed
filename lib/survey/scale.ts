// The answers of a 满意度测评 and the arithmetic on them. Pure, so the rate and the small-count
// rule are unit-tested and shared by the console, the public page and the public statistics.

/** The usual scale, in the order the form and the tables show it. */
export const SCALE = ["SATISFIED", "BASIC", "UNSATISFIED", "UNKNOWN"] as const;
export type ScaleChoice = (typeof SCALE)[number];
export const isScaleChoice = (v: unknown): v is ScaleChoice => typeof v === "string" && (SCALE as readonly string[]).includes(v);

export const QUESTION_KINDS = ["SCALE", "TEXT"] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/**
 * The named work a question may be about, for comparing years (the Zhoushan survey found these
 * two weighed most). Free topics are allowed too; these are offered in the form.
 */
export const SUGGESTED_TOPICS = ["干部选任信息公开", "干部选拔初始提名", "干部选拔任用工作总体评价", "整治用人上不正之风"] as const;

/** Breakdowns by unit or level are shown only for groups at least this large (else 样本过少). */
export const MIN_GROUP = 5;

/** Longest free-text answer kept. */
export const TEXT_ANSWER_MAX = 1000;

export type ScaleCounts = Record<ScaleChoice, number>;

export const emptyCounts = (): ScaleCounts => ({ SATISFIED: 0, BASIC: 0, UNSATISFIED: 0, UNKNOWN: 0 });

/**
 * 满意率 = (满意 + 基本满意) / (answers excluding 不了解), as a fraction; null when nobody
 * who knew the work answered (a rate of nothing is not 0%).
 */
export function satisfactionRate(c: ScaleCounts): number | null {
  const judged = c.SATISFIED + c.BASIC + c.UNSATISFIED;
  return judged === 0 ? null : (c.SATISFIED + c.BASIC) / judged;
}

/** A rate as the pages print it: one decimal of a percent ("86.7%"), "—" when there is none. */
export function formatRate(rate: number | null): string {
  return rate === null ? "—" : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

export const totalOf = (c: ScaleCounts) => c.SATISFIED + c.BASIC + c.UNSATISFIED + c.UNKNOWN;

/** A group's counts, or null (样本过少) when fewer than MIN_GROUP answered in it. */
export function suppressSmall<T extends { answered: number }>(group: T): T | null {
  return group.answered >= MIN_GROUP ? group : null;
}
