// The period of a 任职前公示 drafted from the shortlist: from the next working day, 5 working days
// on the official calendar (holidays and make-up workdays counted), never guessed past the known years.
import { draftNoticePeriod, MIN_NOTICE_WORKING_DAYS } from "@/lib/calendar/notice-period";
import { CalendarNotCoveredError, createWorkCalendar } from "@/lib/calendar/working-days";

const cal = createWorkCalendar();

test("drafted on a Friday: Monday to Friday of the next week", () => {
  expect(draftNoticePeriod(cal, "2026-11-13")).toEqual({ startsOn: "2026-11-16", endsOn: "2026-11-20" });
});

test("a make-up Sunday (调休上班, 9月20日) is the next working day", () => {
  expect(draftNoticePeriod(cal, "2026-09-18")).toEqual({ startsOn: "2026-09-20", endsOn: "2026-09-24" });
});

test("drafted before 国庆: starts after the holiday and counts the make-up Saturday (10月10日)", () => {
  const p = draftNoticePeriod(cal, "2026-09-30");
  expect(p).toEqual({ startsOn: "2026-10-08", endsOn: "2026-10-13" });
  expect(cal.countWorkingDays(p.startsOn, p.endsOn)).toBe(MIN_NOTICE_WORKING_DAYS);
});

test("a period running into a year whose arrangement is unknown is refused, not guessed", () => {
  const last = cal.packageLastYear;
  expect(() => draftNoticePeriod(cal, `${last}-12-28`)).toThrow(CalendarNotCoveredError);
  // Once staff enter that year's arrangement it is counted.
  const next = createWorkCalendar([{ day: `${last + 1}-01-01`, kind: "HOLIDAY", name: "元旦" }]);
  expect(next.countWorkingDays(...(Object.values(draftNoticePeriod(next, `${last}-12-28`)) as [string, string]))).toBe(5);
});
