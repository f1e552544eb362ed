// Case numbers: kind prefix + Beijing date + a per-kind daily sequence, e.g. XL20261202-0007.
// The sequence comes from CaseCounter (lib/data/cases/), taken in the filing transaction.
import { shanghaiToday } from "../calendar/dates";
import type { CaseKind } from "../state/case";
import { CASE_PREFIX } from "./kinds";

/** The counter key of a kind on the Beijing day of `now`: "XL20261202". */
export function caseCounterKey(kind: CaseKind, now: Date): string {
  return CASE_PREFIX[kind] + shanghaiToday(now).replaceAll("-", "");
}

/** "XL20261202" + 7 → "XL20261202-0007" (more digits past 9999, never truncated). */
export function formatCaseNumber(counterKey: string, seq: number): string {
  if (!Number.isInteger(seq) || seq < 1) throw new Error(`case sequence must be a positive integer, got ${seq}`);
  return `${counterKey}-${String(seq).padStart(4, "0")}`;
}

const CASE_NUMBER = /^(XL|FY|JB)\d{8}-\d{4,}$/;

/** Whether text has the shape of a case number (for search boxes; says nothing of existence). */
export function looksLikeCaseNumber(text: string): boolean {
  return CASE_NUMBER.test(text);
}
