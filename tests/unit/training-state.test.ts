// 干部教育培训: the class and sign-up machines, the seat rule and the sign-up window.
import { TransitionError } from "@/lib/state/machine";
import {
  canCancelEnrolment,
  enrolmentDecisions,
  enrolmentMachine,
  holdsSeat,
  isTrainingClassPublic,
  signupWindow,
  trainingClassMachine,
  trainingClassMoves,
} from "@/lib/state/training";

describe("training class machine", () => {
  it.each([
    ["DRAFT", "PUBLISHED", true],
    ["PUBLISHED", "FINISHED", true],
    ["PUBLISHED", "CANCELLED", true],
    ["DRAFT", "FINISHED", false],
    ["DRAFT", "CANCELLED", false],
    ["PUBLISHED", "DRAFT", false],
    ["FINISHED", "PUBLISHED", false],
    ["CANCELLED", "PUBLISHED", false],
    ["FINISHED", "CANCELLED", false],
  ])("%s → %s: %s", (from, to, ok) => expect(trainingClassMachine.can(from, to)).toBe(ok));

  it("names the moves from each state", () => {
    expect(trainingClassMoves("DRAFT")).toEqual(["publish"]);
    expect(trainingClassMoves("PUBLISHED")).toEqual(["finish", "cancel"]);
    expect(trainingClassMoves("FINISHED")).toEqual([]);
    expect(trainingClassMoves("NOPE")).toEqual([]);
  });

  it("a draft is never public", () => {
    expect(isTrainingClassPublic({ status: "DRAFT", publishedAt: null })).toBe(false);
    expect(isTrainingClassPublic({ status: "PUBLISHED", publishedAt: new Date() })).toBe(true);
    expect(isTrainingClassPublic({ status: "CANCELLED", publishedAt: new Date() })).toBe(true);
  });

  it("takes sign-ups from opensAt (inclusive) to closesAt (exclusive), only when published", () => {
    const c = {
      status: "PUBLISHED",
      signupOpensAt: new Date("2026-12-01T00:00:00Z"),
      signupClosesAt: new Date("2026-12-10T00:00:00Z"),
    };
    expect(signupWindow(c, new Date("2026-11-30T23:59:59.999Z"))).toBe("notYetOpen");
    expect(signupWindow(c, new Date("2026-12-01T00:00:00Z"))).toBe("open");
    expect(signupWindow(c, new Date("2026-12-09T23:59:59.999Z"))).toBe("open");
    expect(signupWindow(c, new Date("2026-12-10T00:00:00Z"))).toBe("closed");
    expect(signupWindow({ ...c, status: "DRAFT" }, new Date("2026-12-05T00:00:00Z"))).toBe("unavailable");
    expect(signupWindow({ ...c, status: "CANCELLED" }, new Date("2026-12-05T00:00:00Z"))).toBe("unavailable");
  });
});

describe("training sign-up machine", () => {
  it.each([
    ["PENDING", "APPROVED"],
    ["PENDING", "DECLINED"],
    ["PENDING", "WAITLISTED"],
    ["PENDING", "CANCELLED"],
    ["WAITLISTED", "PENDING"], // 递补: a place freed
    ["WAITLISTED", "APPROVED"], // staff admit into a free place
    ["WAITLISTED", "DECLINED"],
    ["WAITLISTED", "CANCELLED"],
    ["APPROVED", "CANCELLED"],
    ["APPROVED", "DECLINED"],
    ["CANCELLED", "PENDING"], // signs up again
    ["CANCELLED", "WAITLISTED"],
    ["PENDING", "CLASS_CANCELLED"], // the class called off while waiting for a decision
    ["WAITLISTED", "CLASS_CANCELLED"], // …or for a place
  ])("allows %s → %s", (from, to) => expect(enrolmentMachine.can(from, to)).toBe(true));

  it.each([
    ["DECLINED", "PENDING"], // 未录取 is final
    ["DECLINED", "APPROVED"],
    ["DECLINED", "CANCELLED"],
    ["APPROVED", "PENDING"],
    ["APPROVED", "WAITLISTED"],
    ["CANCELLED", "APPROVED"],
    ["PENDING", "PENDING"],
    ["APPROVED", "CLASS_CANCELLED"], // an admission stays: the record, with its hours
    ["CLASS_CANCELLED", "PENDING"], // final
    ["CLASS_CANCELLED", "APPROVED"],
    ["CLASS_CANCELLED", "CANCELLED"],
  ])("refuses %s → %s", (from, to) => {
    expect(enrolmentMachine.can(from, to)).toBe(false);
    expect(() => enrolmentMachine.assertTransition(from, to as "PENDING")).toThrow(TransitionError);
  });

  it("counts pending and admitted sign-ups against the capacity", () => {
    expect(["PENDING", "APPROVED", "WAITLISTED", "DECLINED", "CANCELLED"].filter(holdsSeat)).toEqual(["PENDING", "APPROVED"]);
  });

  it("offers staff the decisions the machine allows", () => {
    expect(enrolmentDecisions("PENDING")).toEqual(["APPROVE", "DECLINE", "WAITLIST"]);
    expect(enrolmentDecisions("WAITLISTED")).toEqual(["APPROVE", "DECLINE"]);
    expect(enrolmentDecisions("APPROVED")).toEqual(["DECLINE"]);
    expect(enrolmentDecisions("DECLINED")).toEqual([]);
    expect(enrolmentDecisions("CANCELLED")).toEqual([]);
    expect(enrolmentDecisions("CLASS_CANCELLED")).toEqual([]);
  });

  it("lets the owner withdraw a live sign-up only", () => {
    expect(["PENDING", "APPROVED", "WAITLISTED", "DECLINED", "CANCELLED"].filter(canCancelEnrolment)).toEqual([
      "PENDING",
      "APPROVED",
      "WAITLISTED",
    ]);
  });
});
