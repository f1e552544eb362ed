// Codes for the structured 任职资格条件 of a vacancy (and, later, a nominee's own details),
// in rank order, so a condition such as "本科及以上" is a comparison of ranks. The labels live
// in the message catalogs under qualify.education.* and qualify.level.*.

/** 学历, lowest first. */
export const EDUCATIONS = ["HIGH_SCHOOL", "JUNIOR_COLLEGE", "BACHELOR", "MASTER", "DOCTOR"] as const;
export type Education = (typeof EDUCATIONS)[number];

/** 干部职级 of a post or of a person's current post, lowest first (领导职务层次). */
export const CADRE_LEVELS = ["STAFF", "DEPUTY_SECTION", "SECTION", "DEPUTY_DIVISION", "DIVISION", "DEPUTY_BUREAU"] as const;
export type CadreLevel = (typeof CADRE_LEVELS)[number];

export const educationRank = (e: string): number => (EDUCATIONS as readonly string[]).indexOf(e);
export const levelRank = (l: string): number => (CADRE_LEVELS as readonly string[]).indexOf(l);
export const isEducation = (v: string): v is Education => educationRank(v) >= 0;
export const isCadreLevel = (v: string): v is CadreLevel => levelRank(v) >= 0;

/** True when `have` meets a minimum of `min` (unknown codes never meet a minimum). */
export const meetsEducation = (have: string, min: string) => educationRank(have) >= 0 && educationRank(have) >= educationRank(min);
export const meetsLevel = (have: string, min: string) => levelRank(have) >= 0 && levelRank(have) >= levelRank(min);
