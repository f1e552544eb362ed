// The nominee as one nominator described them, stored with the nomination (JSON) so that the
// nominator's own view and the department's records show that statement, not whatever a later
// nominator wrote about the same person.
import { formatDay, parseDay } from "../calendar/dates";
import type { CandidateSummary } from "../data/candidate-fields";

export interface NomineeSnapshot extends CandidateSummary {
  yearsAtLevel: number;
  phone: string | null;
}

export function serializeNominee(p: NomineeSnapshot): string {
  return JSON.stringify({ ...p, birthDate: formatDay(p.birthDate) });
}

/** The stored statement, or `fallback` (the candidate record) for rows written before it existed. */
export function parseNominee(
  json: string | null | undefined,
  candidate: Omit<NomineeSnapshot, "phone"> & { phone?: string | null },
): NomineeSnapshot {
  const fallback: NomineeSnapshot = { ...candidate, phone: candidate.phone ?? null };
  try {
    const v = JSON.parse(json ?? "{}") as Partial<Record<keyof NomineeSnapshot, unknown>>;
    const birth = typeof v.birthDate === "string" ? parseDay(v.birthDate) : null;
    if (typeof v.name !== "string" || !birth) return fallback;
    return {
      name: v.name,
      gender: String(v.gender ?? fallback.gender),
      birthDate: birth,
      workUnit: String(v.workUnit ?? fallback.workUnit),
      currentPost: String(v.currentPost ?? fallback.currentPost),
      currentLevel: String(v.currentLevel ?? fallback.currentLevel),
      yearsAtLevel: Number(v.yearsAtLevel ?? fallback.yearsAtLevel),
      education: String(v.education ?? fallback.education),
      phone: typeof v.phone === "string" ? v.phone : null,
    };
  } catch {
    return fallback;
  }
}
