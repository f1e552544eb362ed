// The one paging helper and the Beijing-time helpers that replaced hand-written offsets.
import { BOARD_PAGE_SIZE, MAX_PAGE, boardPageWindow, pageOf, pageWindow, paged } from "@/lib/data/paging";
import { DAY_OF_INSTANT, INSTANT, shanghaiDateTimeText, shanghaiDayStart, shanghaiToday } from "@/lib/calendar/dates";
import { now, resetClock, setClock } from "@/lib/calendar/clock";

describe("pageWindow / paged", () => {
  test.each([
    [undefined, 1],
    ["", 1],
    ["abc", 1],
    ["0", 1],
    ["-3", 1],
    ["2.9", 2],
    [3, 3],
    ["1e9", 1e9],
  ])("page %p of a console list is %p", (asked, page) => {
    expect(pageWindow(asked, 50)).toMatchObject({ page, skip: (page - 1) * 50, take: 50 });
  });

  test("a board stops at MAX_PAGE, in the window and in the page count", () => {
    expect(boardPageWindow("100000")).toMatchObject({ page: MAX_PAGE, take: BOARD_PAGE_SIZE });
    expect(pageOf(1e7, boardPageWindow(1)).pageCount).toBe(MAX_PAGE);
  });

  test("page count is at least one and rounds up", () => {
    expect(paged([], 0, pageWindow(1, 20))).toEqual({ rows: [], total: 0, page: 1, pageCount: 1 });
    expect(pageOf(41, pageWindow(3, 20))).toEqual({ total: 41, page: 3, pageCount: 3 });
  });
});

describe("Beijing dates and times", () => {
  test("the instant a Beijing day begins is 16:00 UTC the day before", () => {
    expect(shanghaiDayStart("2026-03-01")?.toISOString()).toBe("2026-02-28T16:00:00.000Z");
    expect(shanghaiDayStart("2026-02-30")).toBeNull();
  });

  test("an instant written in Beijing time, and its Beijing day", () => {
    const at = new Date("2026-03-13T17:30:00Z");
    expect(shanghaiDateTimeText(at)).toBe("2026-03-14 01:30");
    expect(shanghaiToday(at)).toBe("2026-03-14");
    expect(new Intl.DateTimeFormat("zh-CN", DAY_OF_INSTANT).format(at)).toBe("2026年3月14日");
    expect(new Intl.DateTimeFormat("zh-CN", INSTANT).format(at)).toContain("01:30");
  });

  test("today follows the one clock", () => {
    setClock(new Date("2026-12-31T16:00:00Z"));
    try {
      expect(now().toISOString()).toBe("2026-12-31T16:00:00.000Z");
      expect(shanghaiToday()).toBe("2027-01-01");
    } finally {
      resetClock();
    }
  });
});
