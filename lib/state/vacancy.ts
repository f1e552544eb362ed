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
/** A vacancy's stage on every page: the display status, plus 即将开始 (NOT_YET) before opensAt. */
export type VacancyStage = VacancyDisplayStatus | "NOT_YET";

type Window = { status: string; opensAt: Date; closesAt: Date };

export function displayStatus(v: { status: string; closesAt: Date; opensAt: Date }, now: Date): VacancyDisplayStatus {
  if (v.status === "PUBLISHED") return now.getTime() < v.closesAt.getTime() ? "OPEN" : "CLOSED";
  return v.status as VacancyDisplayStatus;
}

/** The stage the board, the console and the review screens show (one rule for all three). */
export function vacancyStage(v: Window, now: Date): VacancyStage {
  if (v.status === "PUBLISHED" && now.getTime() < v.opensAt.getTime()) return "NOT_YET";
  return displayStatus(v, now);
}

/** Nominations are accepted from opensAt (inclusive) to closesAt (exclusive), to the second. */
export function isWindowOpen(v: Window, now: Date): boolean {
  return v.status === "PUBLISHED" && now.getTime() >= v.opensAt.getTime() && now.getTime() < v.closesAt.getTime();
}

export type NominationWindow = "open" | "notYetOpen" | "closed" | "unavailable";

/** Where the nomination window stands: what a targeted nomination is refused with, and what its form says. */
export function nominationWindow(v: Window, now: Date): NominationWindow {
  if (v.status !== "PUBLISHED") return "unavailable";
  if (isWindowOpen(v, now)) return "open";
  return now.getTime() < v.opensAt.getTime() ? "notYetOpen" : "closed";
}

/** What readers may see: published at some point (never a draft, nor a draft cancelled before publication). */
export function isVacancyPublic(v: { status: string; publishedAt: Date | null }): boolean {
  return v.status !== "DRAFT" && v.publishedAt !== null;
}

/** Drafts and published vacancies can be corrected; later stages are settled. */
export function isVacancyEditable(status: string): boolean {
  return status === "DRAFT" || status === "PUBLISHED";
}

/** A published vacancy's edits reach readers at once, so its window must still close in the future. */
export function isVacancyLive(status: string): boolean {
  return status === "PUBLISHED";
}

/** The name of a move (buttons, audit entries): 发布 and 重新开放 both lead to PUBLISHED. */
export type VacancyMove = "publish" | "reopen" | "notice" | "fill" | "cancel" | "draft";

export function vacancyMoveName(from: string, to: VacancyStatus): VacancyMove {
  if (to === "PUBLISHED") return from === "DRAFT" ? "publish" : "reopen";
  return ({ NOTICE: "notice", FILLED: "fill", CANCELLED: "cancel", DRAFT: "draft" } as const)[to];
}

/**
 * 已任命 is never a hand move: a vacancy becomes 已任命 only when a 任免 for it passes the 任免 gate
 * and is published (lib/data/appointments.ts), which also ends its remaining nominations. The
 * machine keeps NOTICE → FILLED for that path; the console offers and accepts only these.
 */
export const MANUAL_VACANCY_TARGETS = ["PUBLISHED", "NOTICE"] as const;
export type ManualVacancyTarget = (typeof MANUAL_VACANCY_TARGETS)[number];

export function isManualVacancyTarget(to: string): to is ManualVacancyTarget {
  return (MANUAL_VACANCY_TARGETS as readonly string[]).includes(to);
}

/** The moves staff may make by hand from `status` (besides 撤销), named; never 已任命. */
export function vacancyMoves(status: string): { to: VacancyStatus; move: VacancyMove }[] {
  if (!vacancyMachine.isState(status)) return [];
  return vacancyMachine
    .next(status)
    .filter((to) => to === "CANCELLED" || isManualVacancyTarget(to))
    .map((to) => ({ to, move: vacancyMoveName(status, to) }));
}
