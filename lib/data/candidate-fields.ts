// Prisma selects shared by the reads that show a nominee or candidate (my nominations, exports,
// the talent pool, the candidate list, the review tally and shortlist).

/** What CANDIDATE_SUMMARY reads: a candidate as lists and the tally show them. */
export interface CandidateSummary {
  name: string;
  gender: string;
  birthDate: Date;
  workUnit: string;
  currentPost: string;
  currentLevel: string;
  education: string;
}

/** A candidate as a line of a list or tally: who, born when, where and at what level now. */
export const CANDIDATE_SUMMARY = {
  name: true,
  gender: true,
  birthDate: true,
  workUnit: true,
  currentPost: true,
  currentLevel: true,
  education: true,
} as const;

/** The nominee's profile as recorded on the candidate. */
export const CANDIDATE_PROFILE = { ...CANDIDATE_SUMMARY, yearsAtLevel: true } as const;

/** The profile with the contact phone, for the nominator's own view and staff exports. */
export const CANDIDATE_WITH_PHONE = { ...CANDIDATE_PROFILE, phone: true } as const;

/** The vacancy a targeted nomination names, as the nominator's list shows it. */
export const VACANCY_SUMMARY = { id: true, post: true, unit: true, status: true, opensAt: true, closesAt: true } as const;
