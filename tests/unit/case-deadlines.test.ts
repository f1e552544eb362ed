// Issue 10: a case's due days are working days on the official calendar, counted from the day
// after filing (Beijing dates): accept within 5, answer within 15 (settings). 2026's arrangement
// (chinese-days): 国庆 10-01..10-07 off with make-up workdays Sun 09-20 and Sat 10-10; 春节
// 02-15..02-23 off with make-up workdays Sat 02-14 and Sat 02-28.
import { createWorkCalendar } from "@/lib/calendar/working-days";
import { formatDay } from "@/lib/calendar/dates";
import { TALK_FOLLOW_UP_DAYS, answerDueAfter, canFollowUp, caseDueDays, currentDueDay, isCaseOverdue } from "@/lib/cases/deadlines";
import type { CaseKind } from "@/lib/state/case";

const cal = createWorkCalendar();
/** A Beijing wall-clock time. */
const bj = (local: string) => new Date(`${local}+08:00`);
const due = (filed: string) => {
  const d = caseDueDays(cal, bj(filed));
  return [formatDay(d.acceptDueOn), formatDay(d.answerDueOn)];
};

const ENV = ["OPENSELECT_CASE_ACCEPT_DAYS", "OPENSELECT_CASE_ANSWER_DAYS"] as const;
const saved = Object.fromEntries(ENV.map((k) => [k, process.env[k]]));
afterEach(() => {
  for (const k of ENV) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
});

describe("caseDueDays on the official calendar", () => {
  it("the calendar data is what these cases assume", () => {
    expect(cal.packageLastYear).toBeGreaterThanOrEqual(2026);
    expect(["2026-10-01", "2026-10-07", "2026-02-15", "2026-02-23"].map((d) => cal.isWorkday(d))).toEqual([false, false, false, false]);
    expect(["2026-09-20", "2026-10-10", "2026-02-14", "2026-02-28"].map((d) => cal.isWorkday(d))).toEqual([true, true, true, true]);
  });

  it("across 国庆: filed 09-30, the 5 working days are 10-08, 10-09, 10-10 (make-up Saturday), 10-12 and 10-13", () => {
    expect(due("2026-09-30T10:00:00")).toEqual(["2026-10-13", "2026-10-27"]);
    // Filed during the holiday, even on its last day: the count starts on 10-08.
    expect(due("2026-10-03T09:00:00")).toEqual(["2026-10-13", "2026-10-27"]);
    expect(due("2026-10-07T20:00:00")).toEqual(["2026-10-13", "2026-10-27"]);
    // Filed on the first working day after it: counted from 10-09.
    expect(due("2026-10-08T09:00:00")).toEqual(["2026-10-14", "2026-10-28"]);
  });

  it("the filing day is the Beijing date: 23:59 counts with the day, 00:00 is the next", () => {
    // 09-29 23:59 Beijing (15:59 UTC): counted from 09-30, a working day.
    expect(due("2026-09-29T23:59:59")).toEqual(["2026-10-12", "2026-10-26"]);
    // 09-30 00:00 Beijing (16:00 UTC on 09-29): counted from 10-01.
    expect(due("2026-09-30T00:00:00")).toEqual(["2026-10-13", "2026-10-27"]);
    expect(formatDay(caseDueDays(cal, new Date("2026-09-29T16:00:00Z")).acceptDueOn)).toBe("2026-10-13");
  });

  it("across 春节: the make-up Saturdays 02-14 and 02-28 count, the nine days off do not", () => {
    // From 02-14: 02-14 (make-up), 02-24, 02-25, 02-26, 02-27.
    expect(due("2026-02-13T16:30:00")).toEqual(["2026-02-27", "2026-03-12"]);
    // From 02-28: 02-28 (make-up), 03-02, 03-03, 03-04, 03-05.
    expect(due("2026-02-27T09:00:00")).toEqual(["2026-03-05", "2026-03-19"]);
    // Filed on 除夕 (02-16), inside the holiday: 02-24 … 02-27 and the make-up 02-28.
    expect(due("2026-02-16T12:00:00")[0]).toBe("2026-02-28");
  });

  it("an ordinary week: weekends are not counted", () => {
    // Fri 2026-12-04: from Sat 12-05 → Mon 12-07 … Fri 12-11.
    expect(due("2026-12-04T11:00:00")[0]).toBe("2026-12-11");
  });

  it("the numbers of days are settings", () => {
    process.env.OPENSELECT_CASE_ACCEPT_DAYS = "3";
    process.env.OPENSELECT_CASE_ANSWER_DAYS = "10";
    expect(due("2026-09-30T10:00:00")).toEqual(["2026-10-10", "2026-10-20"]);
  });

  it("past the calendar's known years plain weekdays are counted, so a due day still comes", () => {
    const year = cal.packageLastYear + 1;
    const d = caseDueDays(cal, bj(`${year}-03-02T10:00:00`));
    expect(formatDay(d.acceptDueOn) > `${year}-03-02`).toBe(true);
    expect(new Date(d.acceptDueOn).getUTCDay()).not.toBe(0);
    expect(new Date(d.acceptDueOn).getUTCDay()).not.toBe(6);
  });

  it("a follow-up restarts the answer count from its own day", () => {
    expect(formatDay(answerDueAfter(cal, bj("2026-09-30T10:00:00")))).toBe("2026-10-27");
    expect(formatDay(answerDueAfter(cal, bj("2026-02-13T10:00:00")))).toBe("2026-03-12");
  });
});

describe("isCaseOverdue", () => {
  const filed = caseDueDays(cal, bj("2026-09-30T10:00:00")); // accept by 10-13, answer by 10-27
  const c = (kind: CaseKind, status: string) => ({ kind, status, acceptDueOn: filed.acceptDueOn, answerDueOn: filed.answerDueOn });

  it("waiting for acceptance: overdue from the Beijing day after the accept due day", () => {
    expect(isCaseOverdue(c("REPORT", "PENDING"), bj("2026-10-13T23:59:59"))).toBe(false);
    expect(isCaseOverdue(c("REPORT", "PENDING"), bj("2026-10-14T00:00:00"))).toBe(true);
    expect(formatDay(currentDueDay(c("REPORT", "PENDING"))!)).toBe("2026-10-13");
  });

  it("once accepted, the answer due day applies", () => {
    for (const [kind, status] of [
      ["TALK", "ACCEPTED"],
      ["OBJECTION", "ACCEPTED"],
      ["REPORT", "ACCEPTED"],
      ["REPORT", "INVESTIGATING"],
    ] as const) {
      expect(isCaseOverdue(c(kind, status), bj("2026-10-14T09:00:00"))).toBe(false);
      expect(isCaseOverdue(c(kind, status), bj("2026-10-27T23:59:59"))).toBe(false);
      expect(isCaseOverdue(c(kind, status), bj("2026-10-28T00:00:00"))).toBe(true);
    }
  });

  it("a finished case, or an answered 说心里话 waiting on its writer, is never overdue", () => {
    const late = bj("2027-06-01T00:00:00");
    expect(isCaseOverdue(c("TALK", "ANSWERED"), late)).toBe(false);
    expect(isCaseOverdue(c("TALK", "CLOSED"), late)).toBe(false);
    expect(isCaseOverdue(c("REPORT", "DISMISSED"), late)).toBe(false);
    expect(isCaseOverdue(c("OBJECTION", "CLOSED"), late)).toBe(false);
    expect(currentDueDay(c("TALK", "ANSWERED"))).toBeNull();
  });
});

describe("canFollowUp (说心里话, once, within 15 days of the answer)", () => {
  const answeredAt = bj("2026-09-30T15:00:00");
  const talk = { kind: "TALK" as CaseKind, status: "ANSWERED", answeredAt, followedUpAt: null as Date | null };
  const DAY = 86_400_000;

  it("is open for 15 days after the answer, to the millisecond", () => {
    expect(TALK_FOLLOW_UP_DAYS).toBe(15);
    expect(canFollowUp(talk, answeredAt)).toBe(true);
    // Across 国庆: calendar days, not working days.
    expect(canFollowUp(talk, new Date(answeredAt.getTime() + 15 * DAY))).toBe(true);
    expect(canFollowUp(talk, new Date(answeredAt.getTime() + 15 * DAY + 1))).toBe(false);
  });

  it("only once, only when answered, only for 说心里话", () => {
    const soon = new Date(answeredAt.getTime() + DAY);
    expect(canFollowUp({ ...talk, followedUpAt: soon }, soon)).toBe(false);
    expect(canFollowUp({ ...talk, status: "ACCEPTED" }, soon)).toBe(false);
    expect(canFollowUp({ ...talk, status: "CLOSED" }, soon)).toBe(false);
    expect(canFollowUp({ ...talk, answeredAt: null }, soon)).toBe(false);
    expect(canFollowUp({ ...talk, kind: "REPORT" }, soon)).toBe(false);
    expect(canFollowUp({ ...talk, kind: "OBJECTION" }, soon)).toBe(false);
  });
});
