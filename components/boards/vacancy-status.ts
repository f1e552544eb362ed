import { displayStatus, type VacancyDisplayStatus } from "@/lib/state/vacancy";

/** The board's status of a vacancy: displayStatus, with 即将开始 (NOT_YET) for a window that has not opened. */
export function publicVacancyStatus(v: { status: string; opensAt: Date; closesAt: Date }, now: Date): VacancyDisplayStatus | "NOT_YET" {
  if (v.status === "PUBLISHED" && now.getTime() < v.opensAt.getTime()) return "NOT_YET";
  return displayStatus(v, now);
}
