// Small-count suppression of the public statistics' figures per unit, and the satisfaction rate.
import { SUPPRESS_BELOW, satisfactionRate, suppressUnits } from "@/lib/statistics/suppress";

const COLS = ["a", "b"] as const;
const T = { a: SUPPRESS_BELOW, b: SUPPRESS_BELOW };
const row = (unit: string, a: number, b: number, guard?: { b: number }) => ({ unit, values: { a, b }, guard });

describe("suppressUnits", () => {
  it("hides every figure under 5, zero included, and keeps the rest", () => {
    const { rows } = suppressUnits([row("甲", 5, 4), row("乙", 12, 0), row("丙", 7, 9)], COLS, T);
    // Column b: 4 hidden, and its only hidden non-zero figure would be total − 9, so 9 goes too.
    expect(rows).toEqual([
      { unit: "甲", values: { a: 5, b: null } },
      { unit: "乙", values: { a: 12, b: null } },
      { unit: "丙", values: { a: 7, b: null } },
    ]);
  });

  it("one hidden figure in a column takes the smallest shown one with it; two or more hidden need nothing more", () => {
    expect(suppressUnits([row("甲", 3, 6), row("乙", 8, 6), row("丙", 20, 6)], COLS, T).rows.map((r) => r.values.a)).toEqual([
      null,
      null,
      20,
    ]);
    expect(suppressUnits([row("甲", 3, 6), row("乙", 2, 6), row("丙", 20, 6)], COLS, T).rows.map((r) => r.values.a)).toEqual([
      null,
      null,
      20,
    ]);
    // A hidden zero reveals nobody: nothing else is hidden for it.
    expect(suppressUnits([row("甲", 0, 6), row("乙", 8, 6)], COLS, T).rows.map((r) => r.values.a)).toEqual([null, 8]);
  });

  it("a guard (people behind the figure) under 5 hides a figure however large", () => {
    const { rows } = suppressUnits([row("甲", 9, 300, { b: 4 }), row("乙", 9, 80, { b: 5 }), row("丙", 9, 90, { b: 12 })], COLS, T);
    expect(rows.map((r) => r.values.b)).toEqual([null, null, 90]);
  });

  it("rows with nothing left to show are dropped and counted", () => {
    const { rows, omitted } = suppressUnits([row("甲", 1, 2), row("乙", 10, 10), row("丙", 11, 11), row("丁", 3, 1)], COLS, T);
    expect(rows.map((r) => r.unit)).toEqual(["乙", "丙"]);
    expect(omitted).toBe(2);
  });
});

describe("satisfactionRate", () => {
  it("(满意 + 基本满意) / answers excluding 不了解, in tenths of a percent; 样本过少 under 5 answers", () => {
    expect(satisfactionRate({ satisfied: 3, basic: 1, dissatisfied: 1 })).toEqual({ permille: 800, answered: 5 });
    expect(satisfactionRate({ satisfied: 2, basic: 0, dissatisfied: 1 })).toEqual({ permille: null, answered: 3 });
    expect(satisfactionRate({ satisfied: 1, basic: 1, dissatisfied: 4 }).permille).toBe(333);
  });
});
