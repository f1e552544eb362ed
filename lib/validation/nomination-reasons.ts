// Apart from the zod schema (nomination.ts), so that the nomination form, a client component,
// can count characters against them without downloading zod.
/** Each of the five appraisal headings (德 能 勤 绩 廉): required, 10–500 characters. */
export const REASON_MIN = 10;
export const REASON_MAX = 500;
export const REASON_FIELDS = ["reasonDe", "reasonNeng", "reasonQin", "reasonJi", "reasonLian"] as const;
