// 满意度测评 arithmetic and its state machine: the rate excludes 不了解, a rate of nobody is no
// rate, groups under five are suppressed; DRAFT → OPEN → CLOSED only.
import { emptyCounts, formatRate, MIN_GROUP, satisfactionRate, suppressSmall, totalOf } from "@/lib/survey/scale";
import { isSurveyEditable, isTakingAnswers, surveyMachine } from "@/lib/state/survey";

describe("satisfaction rate", () => {
  it("is (满意 + 基本满意) / answers excluding 不了解", () => {
    const c = { SATISFIED: 30, BASIC: 12, UNSATISFIED: 8, UNKNOWN: 50 };
    expect(totalOf(c)).toBe(100);
    expect(satisfactionRate(c)).toBeCloseTo(42 / 50);
    expect(formatRate(satisfactionRate(c))).toBe("84.0%");
  });
  it("rounds to one decimal of a percent", () => {
    expect(formatRate(satisfactionRate({ SATISFIED: 2, BASIC: 0, UNSATISFIED: 1, UNKNOWN: 0 }))).toBe("66.7%");
    expect(formatRate(satisfactionRate({ SATISFIED: 0, BASIC: 0, UNSATISFIED: 3, UNKNOWN: 9 }))).toBe("0.0%");
  });
  it("is none (not 0%) when everyone answered 不了解, or nobody answered", () => {
    expect(satisfactionRate({ ...emptyCounts(), UNKNOWN: 7 })).toBeNull();
    expect(satisfactionRate(emptyCounts())).toBeNull();
    expect(formatRate(null)).toBe("—");
  });
  it("suppresses groups under five", () => {
    expect(MIN_GROUP).toBe(5);
    expect(suppressSmall({ answered: 4 })).toBeNull();
    expect(suppressSmall({ answered: 5 })).toEqual({ answered: 5 });
  });
});

describe("survey machine", () => {
  it("goes DRAFT → OPEN → CLOSED and never back", () => {
    expect(surveyMachine.can("DRAFT", "OPEN")).toBe(true);
    expect(surveyMachine.can("OPEN", "CLOSED")).toBe(true);
    expect(surveyMachine.can("DRAFT", "CLOSED")).toBe(false);
    expect(surveyMachine.can("CLOSED", "OPEN")).toBe(false);
    expect(surveyMachine.can("OPEN", "DRAFT")).toBe(false);
    expect(() => surveyMachine.assertTransition("CLOSED", "OPEN")).toThrow();
  });
  it("is edited only as a draft, and answered only while open and inside its window", () => {
    expect(isSurveyEditable("DRAFT")).toBe(true);
    expect(isSurveyEditable("OPEN")).toBe(false);
    const now = new Date("2026-12-02T02:00:00Z");
    const w = { opensAt: new Date("2026-12-01T00:00:00Z"), closesAt: new Date("2026-12-03T00:00:00Z") };
    expect(isTakingAnswers({ ...w, status: "OPEN" }, now)).toBe(true);
    expect(isTakingAnswers({ ...w, status: "DRAFT" }, now)).toBe(false);
    expect(isTakingAnswers({ ...w, status: "OPEN" }, w.closesAt)).toBe(false);
    expect(isTakingAnswers({ ...w, status: "OPEN" }, new Date(w.opensAt.getTime() - 1))).toBe(false);
  });
});
