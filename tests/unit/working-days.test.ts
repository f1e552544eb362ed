// Working-day arithmetic on the official calendar (chinese-days 1.5.7 + staff-entered years),
// checked against the State Council's published arrangements for 国庆 and 春节.
import { addDays, parseDay, parseShanghaiDateTime, shanghaiToday, toShanghaiDateTimeInput, formatDay } from "@/lib/calendar/dates";
import { CalendarNotCoveredError, createWorkCalendar, lastPackageYear, type ArrangementDay } from "@/lib/calendar/working-days";
import { periodState } from "@/lib/calendar/notice-period";

const cal = createWorkCalendar();

describe("official arrangements the package carries", () => {
  it.each([
    // 2024 国庆: 10-01…10-07 off; 09-29 (Sun) and 10-12 (Sat) worked.
    ["2024-09-29", true],
    ["2024-10-01", false],
    ["2024-10-07", false],
    ["2024-10-08", true],
    ["2024-10-12", true],
    ["2024-10-13", false],
    // 2024 春节: 02-10…02-17 off; 02-04 (Sun) and 02-18 (Sun) worked.
    ["2024-02-04", true],
    ["2024-02-09", true], // 除夕 (Fri) was a working day in 2024's arrangement
    ["2024-02-10", false],
    ["2024-02-18", true],
    // 2025 春节: 01-28…02-04 off; 01-26 (Sun) and 02-08 (Sat) worked.
    ["2025-01-26", true],
    ["2025-01-28", false],
    ["2025-02-04", false],
    ["2025-02-08", true],
    // 2025 国庆+中秋: 10-01…10-08 off; 09-28 (Sun) and 10-11 (Sat) worked.
    ["2025-09-28", true],
    ["2025-10-08", false],
    ["2025-10-11", true],
    // 2026 春节: 02-15…02-23 off; 02-14 (Sat) and 02-28 (Sat) worked.
    ["2026-02-14", true],
    ["2026-02-16", false],
    ["2026-02-23", false],
    ["2026-02-28", true],
    // 2026 国庆: 10-01…10-07 off; 09-20 (Sun) and 10-10 (Sat) worked.
    ["2026-09-20", true],
    ["2026-10-07", false],
    ["2026-10-10", true],
    // Ordinary weekend and weekday.
    ["2026-11-28", false],
    ["2026-11-30", true],
  ])("%s is a workday: %s", (day, work) => {
    expect(cal.isWorkday(day)).toBe(work);
  });

  it("names holidays and make-up days", () => {
    expect(cal.dayName("2026-02-14")).toBe("春节");
    expect(cal.dayName("2025-10-01")).toBe("国庆节");
    expect(cal.dayName("2026-03-03")).toBeNull();
  });

  it("knows through 2026 and no further", () => {
    expect(lastPackageYear()).toBe(2026);
    expect(cal.isCovered(2026)).toBe(true);
    expect(cal.isCovered(2027)).toBe(false);
  });
});

describe("5 working days across holidays", () => {
  it.each([
    // 2024 国庆: Fri 09-27, Sun 09-29 (make-up), Mon 09-30, then Tue 10-08, Wed 10-09.
    ["2024-09-27", "2024-10-09"],
    // Starting on the holiday itself: 10-08…10-12 (Sat make-up day counts).
    ["2024-10-01", "2024-10-12"],
    // 2024 春节: Thu 02-08, Fri 02-09 (除夕, worked), Sun 02-18 (make-up), Mon 02-19, Tue 02-20.
    ["2024-02-08", "2024-02-20"],
    // 2025 春节: Fri 01-24, Sun 01-26 (make-up), Mon 01-27, Wed 02-05, Thu 02-06.
    ["2025-01-24", "2025-02-06"],
    // 2025 国庆: Fri 09-26, Sun 09-28 (make-up), Mon 09-29, Tue 09-30, Thu 10-09.
    ["2025-09-26", "2025-10-09"],
    // 2026 春节: Thu 02-12, Fri 02-13, Sat 02-14 (make-up), Tue 02-24, Wed 02-25.
    ["2026-02-12", "2026-02-25"],
    // 2026 国庆: Fri 09-18, Sun 09-20 (make-up), Mon 09-21 … Wed 09-23.
    ["2026-09-18", "2026-09-23"],
    // 2026 国庆 after the holiday: Thu 10-08, Fri 10-09, Sat 10-10 (make-up), Mon 10-12, Tue 10-13.
    ["2026-10-08", "2026-10-13"],
    // An ordinary week.
    ["2026-11-30", "2026-12-04"],
  ])("a period starting %s ends %s", (start, end) => {
    expect(cal.addWorkingDays(start, 5)).toBe(end);
    expect(cal.countWorkingDays(start, end)).toBe(5);
    // One day shorter is not enough.
    expect(cal.countWorkingDays(start, addDays(end, -1))).toBe(4);
  });

  it("counts a whole holiday week as no working day", () => {
    expect(cal.countWorkingDays("2025-10-01", "2025-10-08")).toBe(0);
    expect(cal.countWorkingDays("2026-02-15", "2026-02-23")).toBe(0);
  });

  it("refuses nonsense counts", () => {
    expect(() => cal.addWorkingDays("2026-11-30", 0)).toThrow(RangeError);
  });
});

describe("years the package does not know", () => {
  it("refuses to count into 2027 instead of treating 2027-01-01 as a workday", () => {
    expect(() => cal.addWorkingDays("2026-12-28", 5)).toThrow(CalendarNotCoveredError);
    expect(() => cal.countWorkingDays("2026-12-30", "2027-01-05")).toThrow(CalendarNotCoveredError);
    try {
      cal.isWorkday("2027-01-01");
    } catch (e) {
      expect((e as CalendarNotCoveredError).year).toBe(2027);
    }
    expect.assertions(3);
  });

  it("still counts a period that ends on 2026-12-31", () => {
    expect(cal.addWorkingDays("2026-12-25", 5)).toBe("2026-12-31");
  });

  // An arrangement as staff would enter it from the State Council's notice for that year.
  const staff2027: ArrangementDay[] = [
    { day: "2027-01-01", kind: "HOLIDAY", name: "元旦" },
    { day: "2027-01-02", kind: "HOLIDAY", name: "元旦" },
    { day: "2027-01-03", kind: "HOLIDAY", name: "元旦" },
    { day: "2027-02-06", kind: "HOLIDAY", name: "春节" },
    { day: "2027-02-07", kind: "WORKDAY", name: "春节" },
  ];
  const withStaff = createWorkCalendar(staff2027);

  it("uses a staff-entered year", () => {
    expect(withStaff.isCovered(2027)).toBe(true);
    expect(withStaff.coveredThrough()).toBe(2027);
    expect(withStaff.isWorkday("2027-01-01")).toBe(false); // Friday, holiday
    expect(withStaff.isWorkday("2027-01-04")).toBe(true); // ordinary Monday
    expect(withStaff.isWorkday("2027-01-09")).toBe(false); // ordinary Saturday
    expect(withStaff.isWorkday("2027-02-07")).toBe(true); // make-up Sunday
    expect(withStaff.dayName("2027-02-07")).toBe("春节");
    // Mon 12-28 … Thu 12-31, then 01-01 off, weekend, Mon 01-04.
    expect(withStaff.addWorkingDays("2026-12-28", 5)).toBe("2027-01-04");
    expect(() => withStaff.isWorkday("2028-03-01")).toThrow(CalendarNotCoveredError);
  });

  it("never lets staff rows override a year the package knows", () => {
    const c = createWorkCalendar([{ day: "2026-10-01", kind: "WORKDAY", name: "x" }]);
    expect(c.isWorkday("2026-10-01")).toBe(false);
    expect(c.staffYears).toEqual([]);
  });
});

describe("dates", () => {
  it("parses real days only", () => {
    expect(parseDay("2026-02-29")).toBeNull();
    expect(parseDay("2024-02-29")?.toISOString()).toBe("2024-02-29T00:00:00.000Z");
    expect(parseDay("2026-13-01")).toBeNull();
    expect(parseDay("26-1-1")).toBeNull();
  });

  it("reads a datetime-local value as Beijing time", () => {
    expect(parseShanghaiDateTime("2026-12-01T09:00")?.toISOString()).toBe("2026-12-01T01:00:00.000Z");
    expect(parseShanghaiDateTime("2026-12-01T24:00")).toBeNull();
    expect(toShanghaiDateTimeInput(new Date("2026-12-01T01:00:00Z"))).toBe("2026-12-01T09:00");
  });

  it("knows which day it is in Beijing", () => {
    expect(shanghaiToday(new Date("2026-11-28T15:59:59Z"))).toBe("2026-11-28");
    expect(shanghaiToday(new Date("2026-11-28T16:00:00Z"))).toBe("2026-11-29");
  });

  it("gives a notice period its state by Beijing date, both ends included", () => {
    const p = { startsOn: parseDay("2026-12-01")!, endsOn: parseDay("2026-12-07")! };
    expect(periodState(p, new Date("2026-11-30T15:59:59Z"))).toBe("UPCOMING");
    expect(periodState(p, new Date("2026-11-30T16:00:00Z"))).toBe("ACTIVE");
    expect(periodState(p, new Date("2026-12-07T15:59:59Z"))).toBe("ACTIVE");
    expect(periodState(p, new Date("2026-12-07T16:00:00Z"))).toBe("ENDED");
    expect(formatDay(p.endsOn)).toBe("2026-12-07");
  });
});
