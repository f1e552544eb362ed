// Codes for the structured 任职资格条件 of a vacancy (and, later, a nominee's own details),
// in rank order, so a condition such as "本科及以上" is a comparison of ranks. The labels live
// in the message catalogs under qualify.education.* and qualify.level.*.

/** 学历, lowest first. */
export const EDUCATIONS = ["HIGH_SCHOOL", "JUNIOR_COLLEGE", "BACHELOR", "MASTER", "DOCTOR"] as const;
export type Education = (typeof EDUCATIONS)[number];

/** 干部职级 of a post or of a person's current post, lowest first (领导职务层次). */
export const CADRE_LEVELS = ["STAFF", "DEPUTY_SECTION", "SECTION", "DEPUTY_DIVISION", "DIVISION", "DEPUTY_BUREAU"] as const;
export type CadreLevel = (typeof CADRE_LEVELS)[number];

export const levelRank = (l: string): number => (CADRE_LEVELS as readonly string[]).indexOf(l);
