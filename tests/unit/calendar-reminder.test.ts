import { missingArrangementYear } from "@/lib/calendar/reminder";

describe("missing holiday arrangement reminder", () => {
  it("says nothing while next year's arrangement is not due yet", () => {
    expect(missingArrangementYear("2026-10-31", 2026)).toBeNull();
    expect(missingArrangementYear("2026-01-05", 2026)).toBeNull();
  });

  it("names next year from November on, until it is entered", () => {
    expect(missingArrangementYear("2026-11-01", 2026)).toBe(2027);
    expect(missingArrangementYear("2026-12-31", 2026)).toBe(2027);
    expect(missingArrangementYear("2026-11-28", 2027)).toBeNull();
  });

  it("names the first uncovered year when even this one is missing", () => {
    expect(missingArrangementYear("2027-01-04", 2026)).toBe(2027);
    expect(missingArrangementYear("2028-03-01", 2026)).toBe(2027);
  });
});
