// The holiday table's rows (lib/calendar/arrangement-rows.ts): checked field by field, turned
// into days, grouped back, read from the form's flat fields; and the audit log's text of them.
import { arrangementToRows, checkArrangementRows, rowsFromForm, type ArrangementRow } from "@/lib/calendar/arrangement-rows";
import { arrangementToText } from "@/lib/calendar/arrangement-text";

const row = (from: string, to: string, kind: string, name: string): ArrangementRow => ({ from, to, kind, name });

describe("checkArrangementRows", () => {
  it("turns single days and runs into days, sorted, and groups them back into the same rows", () => {
    const rows = [
      row("2027-02-06", "2027-02-08", "HOLIDAY", "春节"),
      row("2027-01-01", "", "HOLIDAY", "元旦"),
      row("2027-02-20", "", "WORKDAY", "春节"),
    ];
    const r = checkArrangementRows(2027, rows);
    expect(r.errors).toEqual({});
    expect(r.days.map((d) => d.day)).toEqual(["2027-01-01", "2027-02-06", "2027-02-07", "2027-02-08", "2027-02-20"]);
    expect(r.days.find((d) => d.day === "2027-02-20")).toEqual({ day: "2027-02-20", kind: "WORKDAY", name: "春节" });
    expect(arrangementToRows(r.days)).toEqual([rows[1], rows[0], rows[2]]);
    expect(arrangementToText(r.days)).toBe("2027-01-01 元旦 休\n2027-02-06 至 2027-02-08 春节 休\n2027-02-20 春节 班");
  });

  it("names the wrong field of each row, and trims names", () => {
    const r = checkArrangementRows(2027, [
      row("2027-13-01", "", "HOLIDAY", "元旦"),
      row("2027-01-03", "2027-01-01", "HOLIDAY", "元旦"),
      row("2027-01-01", "2027-03-01", "HOLIDAY", "长假"),
      row("2027-06-01", "", "HOLIDAY", "一二三四五六七八九十一二三四五六七八九十一"),
      row("2027-02-06", "2027-02-08", "WORKDAY", "春节"), // Sat, Sun, then a Monday
      row("2027-10-01", "", "HOLIDAY", "  国庆节 "),
    ]);
    expect(r.errors).toEqual({
      "rows.0.from": ["calendar.errors.date"],
      "rows.1.to": ["calendar.errors.range"],
      "rows.2.to": ["calendar.errors.tooLong"],
      "rows.3.name": ["calendar.errors.nameTooLong"],
      "rows.4.to": ["calendar.errors.workdayNotWeekend"],
    });
    expect(r.days).toEqual([{ day: "2027-10-01", kind: "HOLIDAY", name: "国庆节" }]);
  });

  it("ignores blank rows, and wants at least one day off", () => {
    expect(checkArrangementRows(2027, [row("", "", "HOLIDAY", " ")]).errors).toEqual({ rows: ["calendar.errors.empty"] });
    expect(checkArrangementRows(2027, [row("2027-02-20", "", "WORKDAY", "春节")]).errors).toEqual({ rows: ["calendar.errors.noHoliday"] });
  });

  it("refuses a day entered twice, on the later row", () => {
    const r = checkArrangementRows(2027, [
      row("2027-10-01", "2027-10-07", "HOLIDAY", "国庆节"),
      row("2027-10-05", "", "HOLIDAY", "中秋节"),
    ]);
    expect(r.errors).toEqual({ "rows.1.from": ["calendar.errors.duplicate"] });
  });
});

describe("rowsFromForm", () => {
  it("reads day.<i>.<field> in the form's order and leaves other fields alone", () => {
    expect(
      rowsFromForm({
        year: "2027",
        "day.1.from": "2027-02-20",
        "day.1.kind": "WORKDAY",
        "day.1.name": "春节",
        "day.0.from": "2027-01-01",
        "day.0.to": "",
        "day.0.kind": "HOLIDAY",
        "day.0.name": "元旦",
        "day.0.evil": "x",
        "day.x.from": "2027-01-02",
      }),
    ).toEqual([row("2027-01-01", "", "HOLIDAY", "元旦"), row("2027-02-20", "", "WORKDAY", "春节")]);
  });
});
