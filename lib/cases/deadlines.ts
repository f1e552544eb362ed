// A case's due days on the official calendar: accept within caseAcceptDays() working days and
// answer (or conclude) within caseAnswerDays() working days, both counted from the day after
// filing (Beijing dates), like the registration review target. A follow-up restarts the answer
// count from its own day. Past the calendar's known years plain weekdays are counted
// (lib/calendar/review-target.ts): a reminder line must still come.
import { reviewDueDay } from "../calendar/review-target";
import { formatDay, parseDay, shanghaiToday } from "../calendar/dates";
import type { WorkCalendar } from "../calendar/working-days";
import { caseAcceptDays, caseAnswerDays } from "../env/settings";
import { isCaseOpen, type CaseKind } from "../state/case";

/** Calendar days after an answer within which a 说心里话 writer may follow up once. */
export const TALK_FOLLOW_UP_DAYS = 15;

export interface CaseDueDays {
  acceptDueOn: Date;
  answerDueOn: Date;
}

/** Due days of a case filed at `filedAt`. */
export function caseDueDays(cal: WorkCalendar, filedAt: Date): CaseDueDays {
  const day = shanghaiToday(filedAt);
  return {
    acceptDueOn: parseDay(reviewDueDay(cal, day, caseAcceptDays()))!,
    answerDueOn: parseDay(reviewDueDay(cal, day, caseAnswerDays()))!,
  };
}

/** The new answer due day after a follow-up at `at`. */
export function answerDueAfter(cal: WorkCalendar, at: Date): Date {
  return parseDay(reviewDueDay(cal, shanghaiToday(at), caseAnswerDays()))!;
}

type DueFields = { kind: CaseKind; status: string; acceptDueOn: Date; answerDueOn: Date | null };

/** The due day that currently applies: acceptance while 待受理, the answer after, none when it waits on no one in the department. */
export function currentDueDay(c: DueFields): Date | null {
  if (!isCaseOpen(c.kind, c.status)) return null;
  return c.status === "PENDING" ? c.acceptDueOn : c.answerDueOn;
}

/** Overdue on `now`'s Beijing day: the due day that applies has passed. */
export function isCaseOverdue(c: DueFields, now: Date): boolean {
  const due = currentDueDay(c);
  return due !== null && shanghaiToday(now) > formatDay(due);
}

/** Whether a 说心里话 writer may still follow up on `now` (once, within the window after the answer). */
export function canFollowUp(c: { kind: CaseKind; status: string; answeredAt: Date | null; followedUpAt: Date | null }, now: Date): boolean {
  if (c.kind !== "TALK" || c.status !== "ANSWERED" || c.followedUpAt || !c.answeredAt) return false;
  return now.getTime() <= c.answeredAt.getTime() + TALK_FOLLOW_UP_DAYS * 86_400_000;
}
