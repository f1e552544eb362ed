// The one place that says which writes change the public statistics (公开数据) beyond the four
// boards. The statistics' cache entry carries the vacancies, notices and appointments tags
// itself, so publishing on those boards expires it already; the server actions named here
// change the other figures, and the action pipeline (lib/actions/pipeline.ts) expires the
// "statistics" board after each of them succeeds. tests/unit/statistics-writes.test.ts checks
// that every name here is an action that exists, so a rename cannot silently stop the expiry.
// Writes outside actions: no background job (lib/jobs/registry.ts) changes a counted figure — an
// expired nomination was still received, a settled 说心里话 is no 公示反映, an erased account's
// unit was blanked at closure, a survey closed by the clock has no published results yet.
// tests/integration/statistics-other-writes.test.ts runs them all and fails if that changes.
import type { Board } from "../data/board-tags";

export const STATISTICS_ACTIONS: ReadonlySet<string> = new Set([
  // Nominations received (a withdrawn one stops counting).
  "submitNomination",
  "withdrawNomination",
  // Objections received (公示反映) and handled (closed or dismissed).
  "objection.file",
  "objection.fileAnonymous",
  "dismissCase",
  "closeCase",
  // Training hours: attendance marked by staff or checked in with the session code, a session's
  // 学时 changed or the session deleted.
  "markTrainingAttendance",
  "checkInTraining",
  "saveTrainingSession",
  "deleteTrainingSession",
  // … and a sign-up's status changed: only an admitted sign-up's attendance earns 学时
  // (lib/training/credit.ts), so a decision or a withdrawal after attending changes the sum.
  "decideTrainingEnrolment",
  "bulkApproveTrainingEnrolments",
  "cancelTrainingSignup",
  // Satisfaction results published or withdrawn (满意度测评).
  "publishSurveyResults",
  // A person's work unit: training hours per unit are counted under each person's current unit,
  // so changing it (更正) or blanking it (注销, at once) moves hours between unit rows.
  "updateContactDetails",
  "closeAccount",
]);

/** The boards to expire after `action` succeeded: its own, and the statistics when it changes them. */
export function boardsAfterAction(action: string, boards: readonly Board[] = []): Board[] {
  return STATISTICS_ACTIONS.has(action) && !boards.includes("statistics") ? [...boards, "statistics"] : [...boards];
}
