// Ordered scales used by the eligibility pre-check. Values are stored as stable codes; the
// parsers also accept the Chinese labels (and common short forms) because vacancy conditions
// may be typed by staff as "副科级" or "大学本科" rather than picked from a list.

// The codes themselves are shared with the vacancy board (lib/validation/qualifications.ts),
// so a vacancy's conditions and a nominee's details are compared on one scale.
import { CADRE_LEVELS, EDUCATIONS, type CadreLevel, type Education } from "../validation/qualifications";

export { CADRE_LEVELS, type CadreLevel, type Education };
/** Education, lowest first (学历). */
export const EDUCATION_LEVELS = EDUCATIONS;

export const EDUCATION_ZH: Record<Education, string> = {
  HIGH_SCHOOL: "高中（中专）及以下",
  JUNIOR_COLLEGE: "大学专科",
  BACHELOR: "大学本科",
  MASTER: "硕士研究生",
  DOCTOR: "博士研究生",
};

/** Cadre rank (职级/层级), lowest first: 科员级 < 副科 < 正科 < 副处 < 正处 < 副厅. */
export const LEVEL_ZH: Record<CadreLevel, string> = {
  STAFF: "科员级",
  DEPUTY_SECTION: "副科级",
  SECTION: "正科级",
  DEPUTY_DIVISION: "副处级",
  DIVISION: "正处级",
  DEPUTY_BUREAU: "副厅级",
};

// Extra spellings staff and nominators actually write.
const EDUCATION_ALIASES: Record<string, Education> = {
  高中: "HIGH_SCHOOL",
  初中: "HIGH_SCHOOL",
  中专: "HIGH_SCHOOL",
  中职: "HIGH_SCHOOL",
  大专: "JUNIOR_COLLEGE",
  专科: "JUNIOR_COLLEGE",
  本科: "BACHELOR",
  大学: "BACHELOR",
  学士: "BACHELOR",
  硕士: "MASTER",
  研究生: "MASTER",
  博士: "DOCTOR",
};

const LEVEL_ALIASES: Record<string, CadreLevel> = {
  科员: "STAFF",
  办事员: "STAFF",
  副科: "DEPUTY_SECTION",
  正科: "SECTION",
  副处: "DEPUTY_DIVISION",
  正处: "DIVISION",
  副厅: "DEPUTY_BUREAU",
};

const clean = (v: string) => v.normalize("NFKC").replace(/\s+/g, "");

function parseScale<T extends string>(
  value: string | null | undefined,
  codes: readonly T[],
  labels: Record<T, string>,
  aliases: Record<string, T>,
): T | null {
  if (!value) return null;
  const v = clean(value);
  if ((codes as readonly string[]).includes(v.toUpperCase())) return v.toUpperCase() as T;
  for (const c of codes) if (labels[c] === v) return c;
  // Longest alias contained in the text wins ("大学本科学历" → 本科, "正科级领导职务" → 正科).
  let best: [string, T] | null = null;
  for (const [alias, code] of Object.entries(aliases)) {
    if (v.includes(alias) && (!best || alias.length > best[0].length)) best = [alias, code];
  }
  return best ? best[1] : null;
}

export const parseEducation = (v: string | null | undefined) => parseScale(v, EDUCATION_LEVELS, EDUCATION_ZH, EDUCATION_ALIASES);
export const parseLevel = (v: string | null | undefined) => parseScale(v, CADRE_LEVELS, LEVEL_ZH, LEVEL_ALIASES);

/** Position on the scale (0 = lowest), or -1 when the value is not recognised. */
export const educationRank = (v: string | null | undefined) => {
  const c = parseEducation(v);
  return c ? EDUCATION_LEVELS.indexOf(c) : -1;
};
export const levelRank = (v: string | null | undefined) => {
  const c = parseLevel(v);
  return c ? CADRE_LEVELS.indexOf(c) : -1;
};

/** Fields a non-targeted nominee may suit (适合岗位类别), used to filter the talent pool. */
export const SUITABLE_FIELDS = [
  "PARTY_GOVERNMENT",
  "ECONOMY",
  "SOCIAL_GOVERNANCE",
  "URBAN_RURAL",
  "MARINE_PORT",
  "EDUCATION_SCIENCE",
  "HEALTH",
  "LAW",
  "MASS_ORGANIZATION",
  "GRASSROOTS",
  "OTHER",
] as const;

/** The nominator's relationship to the nominee (a self-nomination is stored as SELF). */
export const RELATIONSHIPS = ["SUPERIOR", "COLLEAGUE", "SUBORDINATE", "WORK_CONTACT", "FORMER_COLLEAGUE", "OTHER"] as const;
