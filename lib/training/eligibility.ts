// Who may sign up for a training class (培训班): its eligibleLevels (职级 codes, CADRE_LEVELS) and
// eligibleUnits (unit names) are JSON arrays on the class; an empty list means everyone. Checked
// against the user's verified profile (User.cadreLevel, User.workUnit) at sign-up. Pure.

import { parseList } from "../validation/json-list";

export type EligibilityRefusal = "noLevel" | "level" | "unit";

/** Unit names compare without spaces and full-width forms (“舟山市 财政局” = “舟山市财政局”). */
export const sameUnit = (a: string, b: string) => a.normalize("NFKC").replace(/\s+/g, "") === b.normalize("NFKC").replace(/\s+/g, "");

type Rules = { eligibleLevels: string; eligibleUnits: string };
type Person = { cadreLevel: string | null; workUnit: string };

/** Why `person` may not sign up for a class with these rules, or null when they may. */
export function eligibilityRefusal(rules: Rules, person: Person): EligibilityRefusal | null {
  const levels = parseList(rules.eligibleLevels);
  if (levels.length > 0) {
    if (!person.cadreLevel) return "noLevel";
    if (!levels.includes(person.cadreLevel)) return "level";
  }
  const units = parseList(rules.eligibleUnits);
  if (units.length > 0 && !units.some((u) => sameUnit(u, person.workUnit))) return "unit";
  return null;
}
