import {
  accountMachine,
  nominationMachine,
  publicationMachine,
  TransitionError,
  vacancyMachine,
  displayStatus,
  isWindowOpen,
} from "@/lib/state";

describe("account state machine", () => {
  it.each([
    ["PENDING", "APPROVED"],
    ["PENDING", "REJECTED"],
    ["REJECTED", "PENDING"],
    ["APPROVED", "SUSPENDED"],
    ["SUSPENDED", "APPROVED"],
    // An approved user's change of real name or ID number goes back to review.
    ["APPROVED", "PENDING"],
    // 注销: by the owner, from any state they can act in.
    ["PENDING", "CLOSED"],
    ["REJECTED", "CLOSED"],
    ["APPROVED", "CLOSED"],
  ])("allows %s → %s", (from, to) => expect(accountMachine.can(from, to)).toBe(true));

  it.each([
    ["PENDING", "SUSPENDED"],
    ["REJECTED", "APPROVED"],
    ["APPROVED", "REJECTED"],
    ["SUSPENDED", "REJECTED"],
    // A suspended account cannot close itself away from the department's decision.
    ["SUSPENDED", "CLOSED"],
    // 已注销 is final.
    ["CLOSED", "APPROVED"],
    ["CLOSED", "PENDING"],
    ["APPROVED", "APPROVED"],
    ["UNKNOWN", "APPROVED"],
  ])("refuses %s → %s", (from, to) => {
    expect(accountMachine.can(from, to)).toBe(false);
    expect(() => accountMachine.assertTransition(from, to as "APPROVED")).toThrow(TransitionError);
  });

  it("lists exactly the five states", () => {
    expect([...accountMachine.states].sort()).toEqual(["APPROVED", "CLOSED", "PENDING", "REJECTED", "SUSPENDED"]);
  });
});

describe("publication, vacancy and nomination machines", () => {
  it("publication: draft → published → unpublished → published", () => {
    expect(publicationMachine.can("DRAFT", "PUBLISHED")).toBe(true);
    expect(publicationMachine.can("PUBLISHED", "UNPUBLISHED")).toBe(true);
    expect(publicationMachine.can("UNPUBLISHED", "PUBLISHED")).toBe(true);
    expect(publicationMachine.can("PUBLISHED", "DRAFT")).toBe(false);
  });

  it("vacancy: filled and cancelled are final", () => {
    expect(vacancyMachine.next("FILLED")).toEqual([]);
    expect(vacancyMachine.next("CANCELLED")).toEqual([]);
    expect(vacancyMachine.can("PUBLISHED", "FILLED")).toBe(false);
  });

  it("vacancy display status follows the clock to the millisecond", () => {
    const v = { status: "PUBLISHED", opensAt: new Date("2026-11-01T00:00:00Z"), closesAt: new Date("2026-12-01T00:00:00Z") };
    expect(displayStatus(v, new Date("2026-11-30T23:59:59.999Z"))).toBe("OPEN");
    expect(displayStatus(v, new Date("2026-12-01T00:00:00Z"))).toBe("CLOSED");
    expect(isWindowOpen(v, new Date("2026-10-31T23:59:59Z"))).toBe(false);
    expect(isWindowOpen(v, new Date("2026-11-01T00:00:00Z"))).toBe(true);
    expect(isWindowOpen({ ...v, status: "CANCELLED" }, new Date("2026-11-15T00:00:00Z"))).toBe(false);
  });

  it("nomination: withdrawn, expired and void are final", () => {
    for (const s of ["WITHDRAWN", "EXPIRED", "VOID"] as const) expect(nominationMachine.next(s)).toEqual([]);
    expect(nominationMachine.can("SUBMITTED", "WITHDRAWN")).toBe(true);
    expect(nominationMachine.can("WITHDRAWN", "SUBMITTED")).toBe(false);
  });
});
