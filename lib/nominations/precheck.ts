// Eligibility pre-check: the nominee as described by the nominator against a vacancy's
// structured 任职资格条件. It never blocks a nomination — the department decides — but each
// failure is shown to the nominator as a warning and stored on the nomination as a flag.
import { ageOn } from "../calendar/dates";
import { EDUCATION_LEVELS, CADRE_LEVELS, educationRank, levelRank } from "./scales";

export interface VacancyConditions {
  maxAge: number | null;
  minEducation: string | null;
  requiredLevel: string | null;
  minYearsAtLevel: number | null;
}

export interface NomineeFacts {
  birthDate: Date;
  education: string;
  currentLevel: string;
  yearsAtLevel: number;
}

export type PrecheckFlag =
  | { code: "maxAge"; limit: number; actual: number }
  | { code: "minEducation"; limit: string; actual: string }
  | { code: "requiredLevel"; limit: string; actual: string }
  | { code: "minYearsAtLevel"; limit: number; actual: number };

/**
 * Failed conditions, in a fixed order. Age is counted in full years (周岁) on the Shanghai
 * calendar day of `at`. The level condition means "currently holds at least this rank"; the
 * years condition counts years at the required rank, and a nominee already above that rank
 * has served it by definition. A condition the check cannot read (an unknown label) is
 * skipped rather than failed: a false warning would wrongly count against the nominee.
 */
export function precheck(conditions: VacancyConditions, nominee: NomineeFacts, at: Date): PrecheckFlag[] {
  const flags: PrecheckFlag[] = [];
  if (conditions.maxAge != null) {
    const age = ageOn(nominee.birthDate, at);
    if (age > conditions.maxAge) flags.push({ code: "maxAge", limit: conditions.maxAge, actual: age });
  }
  const minEdu = educationRank(conditions.minEducation);
  if (minEdu >= 0) {
    const have = educationRank(nominee.education);
    if (have < minEdu) flags.push({ code: "minEducation", limit: EDUCATION_LEVELS[minEdu], actual: nominee.education });
  }
  const minLevel = levelRank(conditions.requiredLevel);
  const haveLevel = levelRank(nominee.currentLevel);
  if (minLevel >= 0 && haveLevel < minLevel) {
    flags.push({ code: "requiredLevel", limit: CADRE_LEVELS[minLevel], actual: nominee.currentLevel });
  }
  if (conditions.minYearsAtLevel != null) {
    // With a level condition, years only matter when the nominee is exactly at that level.
    const applies = minLevel < 0 || haveLevel === minLevel;
    if (applies && nominee.yearsAtLevel < conditions.minYearsAtLevel) {
      flags.push({ code: "minYearsAtLevel", limit: conditions.minYearsAtLevel, actual: nominee.yearsAtLevel });
    }
  }
  return flags;
}

export function parseFlags(json: string | null | undefined): PrecheckFlag[] {
  if (!json) return [];
  try {
    const v = JSON.parse(json);
    return Array.isArray(v) ? (v as PrecheckFlag[]) : [];
  } catch {
    return [];
  }
}
