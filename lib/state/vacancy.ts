import { defineMachine } from "./machine";

// 草稿 → 已发布 (征集中 until closesAt, then 已截止 — derived from the clock, see displayStatus)
// → 公示中 (a 任职前公示 names the choice) → 已任命; cancellable (已撤销) until appointed.
export const vacancyMachine = defineMachine("vacancy", {
  DRAFT: ["PUBLISHED", "CANCELLED"],
  PUBLISHED: ["NOTICE", "CANCELLED"],
  NOTICE: ["FILLED", "PUBLISHED", "CANCELLED"],
  FILLED: [],
  CANCELLED: [],
});

export type VacancyStatus = (typeof vacancyMachine.states)[number];
/** What the public board shows: a published vacancy is 征集中 (OPEN) or 已截止 (CLOSED). */
export type VacancyDisplayStatus = "DRAFT" | "OPEN" | "CLOSED" | "NOTICE" | "FILLED" | "CANCELLED";

export function displayStatus(v: { status: string; closesAt: Date; opensAt: Date }, now: Date): VacancyDisplayStatus {
  if (v.status === "PUBLISHED") return now.getTime() < v.closesAt.getTime() ? "OPEN" : "CLOSED";
  return v.status as VacancyDisplayStatus;
}

/** Nominations are accepted from opensAt (inclusive) to closesAt (exclusive), to the second. */
export function isWindowOpen(v: { status: string; opensAt: Date; closesAt: Date }, now: Date): boolean {
  return v.status === "PUBLISHED" && now.getTime() >= v.opensAt.getTime() && now.getTime() < v.closesAt.getTime();
}
