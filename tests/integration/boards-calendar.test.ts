// Years the calendar package does not know: a 任职前公示 reaching into one is refused with a
// clear message until staff enter that year's official arrangement, and is counted on it after.
import { db } from "@/lib/db/client";
import { formatDay } from "@/lib/calendar/dates";
import * as notices from "@/lib/data/notices";
import * as holidays from "@/lib/data/holidays";
import type { ArrangementRow } from "@/lib/calendar/arrangement-rows";
import { makeUser } from "./support/users";
import { preNoticeInput } from "./boards-fixtures";

// Arrangement as staff would enter it in the table for 2027 (test data; the real one is whatever
// the State Council publishes).
const row = (from: string, to: string, kind: string, name: string): ArrangementRow => ({ from, to, kind, name });
const ROWS_2027 = [
  row("2027-01-01", "2027-01-03", "HOLIDAY", "元旦"),
  row("2027-02-06", "2027-02-14", "HOLIDAY", "春节"),
  row("2027-02-20", "", "WORKDAY", "春节"),
];

describe("a period reaching past the last covered year", () => {
  test("is refused before the year is entered, counted on the entered arrangement after, and the entry is audited", async () => {
    const staff = await makeUser({ role: "REVIEWER" });
    // Mon 2026-12-28: five working days reach into 2027.
    await expect(notices.createNotice(staff, preNoticeInput("2026-12-28"))).rejects.toMatchObject({
      messageKey: "boardErrors.calendarNotCovered",
      fieldErrors: { startsOn: ["boardErrors.calendarNotCovered"] },
    });
    expect(await db().notice.count()).toBe(0);
    expect((await holidays.calendarOverview(staff)).coveredThrough).toBe(2026);

    expect((await holidays.saveHolidayYear(staff, 2027, ROWS_2027)).days).toBe(13);
    expect((await holidays.calendarOverview(staff)).years).toEqual([{ year: 2027, holidays: 12, workdays: 1 }]);
    expect((await holidays.calendarOverview(staff)).coveredThrough).toBe(2027);
    // Stored as days, shown back as the rows that were entered.
    expect(await holidays.getHolidayYearRows(staff, 2027)).toEqual(ROWS_2027);

    const { id } = await notices.createNotice(staff, preNoticeInput("2026-12-28"));
    // Mon 12-28 … Thu 12-31 (4), 01-01…01-03 off, Mon 01-04 (5).
    expect(formatDay((await db().notice.findUniqueOrThrow({ where: { id } })).endsOn!)).toBe("2027-01-04");
    await notices.publishNotice(staff, id, new Date("2026-12-27T02:00:00Z"));
    expect((await notices.getPublishedNotice(id))!.workingDays).toBe(5);

    // Across 春节 2027 as entered: Thu 02-04, Fri 02-05, (02-06…02-14 off), Mon 02-15, Tue 02-16, Wed 02-17.
    const spring = await notices.createNotice(staff, preNoticeInput("2027-02-04"));
    expect(formatDay((await db().notice.findUniqueOrThrow({ where: { id: spring.id } })).endsOn!)).toBe("2027-02-17");
    // And its make-up Saturday: Wed 02-17, Thu, Fri, Sat 02-20 (worked), Mon 02-22.
    const makeUp = await notices.createNotice(staff, preNoticeInput("2027-02-17"));
    expect(formatDay((await db().notice.findUniqueOrThrow({ where: { id: makeUp.id } })).endsOn!)).toBe("2027-02-22");

    const log = await db().auditLog.findMany({ where: { entityType: "HolidayArrangement" } });
    expect(log.map((l) => [l.action, l.entityId, l.actorId])).toEqual([["calendar.saveYear", "2027", staff.id]]);

    // Deleting the year makes it uncovered again: publishing a draft that reaches it is refused.
    const draft = await notices.createNotice(staff, preNoticeInput("2026-12-29"));
    await holidays.deleteHolidayYear(staff, 2027);
    await expect(notices.publishNotice(staff, draft.id, new Date("2026-12-27T02:00:00Z"))).rejects.toMatchObject({
      messageKey: "boardErrors.calendarNotCovered",
    });
  });

  test("wrong rows are refused field by field, blank rows are ignored, and nothing is stored", async () => {
    const staff = await makeUser({ role: "ADMIN" });
    const rows = [
      row("2027-01-01", "", "HOLIDAY", "元旦"),
      row("", "", "HOLIDAY", "春节"), // no date
      row("2028-01-01", "", "HOLIDAY", "元旦"), // another year
      row("2027-02-10", "", "WORKDAY", "春节"), // a Wednesday: a make-up workday is a weekend day
      row("2027-01-01", "", "HOLIDAY", "元旦"), // again
      row("2027-05-05", "2027-05-01", "HOLIDAY", "劳动节"), // backwards
      row("2027-10-01", "2027-10-31", "HOLIDAY", "国庆节"), // too long
      row("2027-04-05", "", "", ""), // no kind, no name
      row("", "", "HOLIDAY", ""), // left blank: ignored
    ];
    await expect(holidays.saveHolidayYear(staff, 2027, rows)).rejects.toMatchObject({
      messageKey: "calendar.errors.invalid",
      fieldErrors: {
        "rows.1.from": ["calendar.errors.dateRequired"],
        "rows.2.from": ["calendar.errors.year"],
        "rows.3.from": ["calendar.errors.workdayNotWeekend"],
        "rows.4.from": ["calendar.errors.duplicate"],
        "rows.5.to": ["calendar.errors.range"],
        "rows.6.to": ["calendar.errors.tooLong"],
        "rows.7.kind": ["calendar.errors.kindRequired"],
        "rows.7.name": ["calendar.errors.nameRequired"],
      },
    });
    await expect(holidays.saveHolidayYear(staff, 2026, [row("2026-10-01", "", "HOLIDAY", "国庆节")])).rejects.toMatchObject({
      fieldErrors: { year: ["calendar.errors.yearRange"] },
    });
    await expect(holidays.saveHolidayYear(staff, 2027, [row("2027-02-07", "", "WORKDAY", "春节")])).rejects.toMatchObject({
      fieldErrors: { rows: ["calendar.errors.noHoliday"] },
    });
    expect(await db().holidayArrangement.count()).toBe(0);
  });
});
