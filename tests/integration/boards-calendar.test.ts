// Years the calendar package does not know: a 任职前公示 reaching into one is refused with a
// clear message until staff enter that year's official arrangement, and is counted on it after.
import { db } from "@/lib/db/client";
import { formatDay } from "@/lib/calendar/dates";
import * as notices from "@/lib/data/notices";
import * as holidays from "@/lib/data/holidays";
import { ArrangementError } from "@/lib/data/holidays";
import { makeUser } from "./support/users";
import { preNoticeInput } from "./boards-fixtures";

// Arrangement as staff would type it for 2027 (test data; the real one is whatever the State Council publishes).
const TEXT_2027 = ["2027-01-01 至 2027-01-03 元旦 休", "2027-02-06 至 2027-02-14 春节 休", "2027-02-20 春节 班"].join("\n");

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

    expect((await holidays.saveHolidayYear(staff, 2027, TEXT_2027)).days).toBe(13);
    expect((await holidays.calendarOverview(staff)).years).toEqual([{ year: 2027, holidays: 12, workdays: 1 }]);
    expect((await holidays.calendarOverview(staff)).coveredThrough).toBe(2027);
    // Stored as days, shown back as the ranges that were typed.
    expect(await holidays.getHolidayYearText(staff, 2027)).toBe(TEXT_2027);

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

  test("bad arrangement text is refused line by line, and nothing is stored", async () => {
    const staff = await makeUser({ role: "ADMIN" });
    const text = [
      "2027-01-01 元旦 休",
      "2027-1-40 春节 休",
      "2028-01-01 元旦 休",
      "2027-02-10 春节 班",
      "2027-01-01 元旦 休",
      "明天放假",
    ].join("\n");
    const error = await holidays.saveHolidayYear(staff, 2027, text).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ArrangementError);
    expect((error as ArrangementError).lines).toEqual([
      { line: 2, error: "date" },
      { line: 3, error: "year" },
      // 2027-02-10 is a Wednesday: a make-up workday is always a weekend day.
      { line: 4, error: "workdayNotWeekend" },
      { line: 5, error: "duplicate" },
      { line: 6, error: "format" },
    ]);
    expect((error as ArrangementError).fieldErrors?.text).toContain("boardErrors.arrangement.format|6");
    await expect(holidays.saveHolidayYear(staff, 2026, "2026-10-01 国庆节 休")).rejects.toMatchObject({
      fieldErrors: { year: ["boardErrors.arrangementYear"] },
    });
    await expect(holidays.saveHolidayYear(staff, 2027, "2027-02-07 春节 班")).rejects.toMatchObject({
      fieldErrors: { text: ["boardErrors.arrangementEmpty"] },
    });
    expect(await db().holidayArrangement.count()).toBe(0);
  });
});
