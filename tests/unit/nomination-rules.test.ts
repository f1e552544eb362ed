import { isWindowOpen, vacancyStage } from "@/lib/state/vacancy";
import { nominationMachine, KEY_HOLDING_STATUSES } from "@/lib/state/nomination";
import { addOneYear, ageOn, birthBoundsForAge, parseDay } from "@/lib/calendar/dates";
import {
  effectiveStatus,
  expiryFor,
  freeSlot,
  holdsKeys,
  slotKeyFor,
  uniqueKeyFor,
  validUntil,
  withdrawRefusal,
} from "@/lib/nominations/rules";
import { now, resetClock, setClock } from "@/lib/calendar/clock";

const opensAt = new Date("2026-03-02T01:00:00Z");
const closesAt = new Date("2026-03-09T09:30:00Z");
const vacancy = { status: "PUBLISHED", opensAt, closesAt };

describe("the window", () => {
  test("opensAt is inclusive and closesAt exclusive, to the second", () => {
    expect(isWindowOpen(vacancy, new Date(opensAt.getTime() - 1000))).toBe(false);
    expect(isWindowOpen(vacancy, opensAt)).toBe(true);
    expect(isWindowOpen(vacancy, new Date(closesAt.getTime() - 1000))).toBe(true);
    expect(isWindowOpen(vacancy, closesAt)).toBe(false);
  });

  test("only a published vacancy has an open window", () => {
    for (const status of ["DRAFT", "NOTICE", "FILLED", "CANCELLED"]) expect(isWindowOpen({ ...vacancy, status }, opensAt)).toBe(false);
  });
});

describe("the clock", () => {
  afterEach(() => resetClock());
  test("is the system clock unless a test fixes it", () => {
    const before = Date.now();
    expect(now().getTime()).toBeGreaterThanOrEqual(before);
    setClock(opensAt);
    expect(now().toISOString()).toBe(opensAt.toISOString());
    // A copy: callers cannot move the fixed clock by mutating what they got.
    now().setUTCFullYear(2000);
    expect(now().toISOString()).toBe(opensAt.toISOString());
    resetClock();
    expect(now().getUTCFullYear()).toBeGreaterThan(2020);
  });
});

describe("state machine", () => {
  test("allowed moves", () => {
    expect(nominationMachine.can("SUBMITTED", "ACCEPTED")).toBe(true);
    expect(nominationMachine.can("SUBMITTED", "REJECTED")).toBe(true);
    expect(nominationMachine.can("SUBMITTED", "WITHDRAWN")).toBe(true);
    expect(nominationMachine.can("ACCEPTED", "WITHDRAWN")).toBe(true);
    expect(nominationMachine.can("REJECTED", "ACCEPTED")).toBe(true);
    expect(nominationMachine.can("SUBMITTED", "VOID")).toBe(true);
    expect(nominationMachine.can("SUBMITTED", "EXPIRED")).toBe(true);
  });

  test("refused moves: terminal states stay terminal; a rejection cannot be withdrawn", () => {
    for (const from of ["WITHDRAWN", "EXPIRED", "VOID", "CLOSED"]) {
      for (const to of nominationMachine.states) expect(nominationMachine.can(from, to)).toBe(false);
    }
    expect(nominationMachine.can("REJECTED", "WITHDRAWN")).toBe(false);
    expect(nominationMachine.can("ACCEPTED", "SUBMITTED")).toBe(false);
    expect(() => nominationMachine.assertTransition("WITHDRAWN", "ACCEPTED")).toThrow(/not allowed/);
  });

  test("keys are held by submitted, accepted and not-adopted nominations only", () => {
    expect([...KEY_HOLDING_STATUSES].sort()).toEqual(["ACCEPTED", "REJECTED", "SUBMITTED"]);
    expect(holdsKeys("WITHDRAWN")).toBe(false);
    expect(holdsKeys("VOID")).toBe(false);
    expect(holdsKeys("EXPIRED")).toBe(false);
    expect(holdsKeys("SUBMITTED")).toBe(true);
  });
});

describe("expiry", () => {
  test("every nomination, targeted or not, is valid for one year after submission (条例)", () => {
    const at = new Date("2026-05-20T03:04:05Z");
    expect(expiryFor("OPEN", at)?.toISOString()).toBe("2027-05-20T03:04:05.000Z");
    expect(expiryFor("TARGETED", at)?.toISOString()).toBe("2027-05-20T03:04:05.000Z");
  });

  test("29 February expires on 28 February, never later than a year", () => {
    expect(addOneYear(new Date("2028-02-29T10:00:00Z")).toISOString()).toBe("2029-02-28T10:00:00.000Z");
  });

  test("effective status: due nominations read 已过期 to the second", () => {
    const expiresAt = new Date("2027-05-20T03:04:05Z");
    expect(effectiveStatus({ status: "SUBMITTED", expiresAt }, new Date(expiresAt.getTime() - 1000))).toBe("SUBMITTED");
    expect(effectiveStatus({ status: "SUBMITTED", expiresAt }, expiresAt)).toBe("EXPIRED");
    expect(effectiveStatus({ status: "ACCEPTED", expiresAt }, expiresAt)).toBe("EXPIRED");
    expect(effectiveStatus({ status: "WITHDRAWN", expiresAt }, expiresAt)).toBe("WITHDRAWN");
    expect(effectiveStatus({ status: "SUBMITTED", expiresAt: null }, new Date("2100-01-01"))).toBe("SUBMITTED");
  });

  test("a row written before targeted nominations carried a date is valid one year from submission", () => {
    const submittedAt = new Date("2025-03-01T08:00:00Z");
    expect(validUntil({ expiresAt: null, submittedAt })?.toISOString()).toBe("2026-03-01T08:00:00.000Z");
    expect(effectiveStatus({ status: "ACCEPTED", expiresAt: null, submittedAt }, new Date("2026-03-01T07:59:59Z"))).toBe("ACCEPTED");
    expect(effectiveStatus({ status: "ACCEPTED", expiresAt: null, submittedAt }, new Date("2026-03-01T08:00:00Z"))).toBe("EXPIRED");
    expect(effectiveStatus({ status: "CLOSED", expiresAt: null, submittedAt }, new Date("2030-01-01"))).toBe("CLOSED");
  });
});

describe("keys and slots", () => {
  test("unique key: per vacancy + nominator + candidate for targeted, per nominator + candidate for the pool", () => {
    expect(uniqueKeyFor({ kind: "TARGETED", vacancyId: "v", nominatorId: "u", candidateId: "c" })).toBe("T:v:u:c");
    expect(uniqueKeyFor({ kind: "OPEN", vacancyId: null, nominatorId: "u", candidateId: "c" })).toBe("O:u:c");
  });

  test("free slot is the lowest unheld of 1..cap", () => {
    expect(freeSlot("v", "u", 3, [])).toBe(1);
    expect(freeSlot("v", "u", 3, [slotKeyFor("v", "u", 1), slotKeyFor("v", "u", 3)])).toBe(2);
    expect(freeSlot("v", "u", 2, [slotKeyFor("v", "u", 1), slotKeyFor("v", "u", 2)])).toBeNull();
    // Someone else's slots do not count.
    expect(freeSlot("v", "u", 1, [slotKeyFor("v", "other", 1), null])).toBe(1);
  });
});

describe("withdrawing", () => {
  const mine = { nominatorId: "me", kind: "TARGETED", status: "SUBMITTED", expiresAt: null };
  test("own, submitted or accepted, while the window is open", () => {
    expect(withdrawRefusal(mine, vacancy, "me", opensAt)).toBeNull();
    expect(withdrawRefusal({ ...mine, status: "ACCEPTED" }, vacancy, "me", opensAt)).toBeNull();
  });
  test("refused for someone else's, after closing, once rejected or withdrawn", () => {
    expect(withdrawRefusal(mine, vacancy, "you", opensAt)).toBe("notOwner");
    expect(withdrawRefusal(mine, vacancy, "me", closesAt)).toBe("windowClosed");
    expect(withdrawRefusal(mine, { ...vacancy, status: "CANCELLED" }, "me", opensAt)).toBe("windowClosed");
    expect(withdrawRefusal({ ...mine, status: "REJECTED" }, vacancy, "me", opensAt)).toBe("status");
    expect(withdrawRefusal({ ...mine, status: "WITHDRAWN" }, vacancy, "me", opensAt)).toBe("status");
  });
  test("a non-targeted one until it expires", () => {
    const pool = { nominatorId: "me", kind: "OPEN", status: "SUBMITTED", expiresAt: new Date("2027-01-01T00:00:00Z") };
    expect(withdrawRefusal(pool, null, "me", new Date("2026-12-31T23:59:59Z"))).toBeNull();
    expect(withdrawRefusal(pool, null, "me", new Date("2027-01-01T00:00:00Z"))).toBe("expired");
  });
});

describe("ages and birth-date bounds", () => {
  test("ageOn counts full years", () => {
    expect(ageOn(new Date(Date.UTC(1983, 10, 8)), new Date("2026-11-07T12:00:00Z"))).toBe(42);
    expect(ageOn(new Date(Date.UTC(1983, 10, 8)), new Date("2026-11-07T16:00:00Z"))).toBe(43); // 00:00 on the 8th in Shanghai
  });

  test("birth bounds select exactly the people of that age", () => {
    const at = new Date("2026-06-15T04:00:00Z");
    const { earliest, latest } = birthBoundsForAge(at, 30, 40);
    for (const iso of ["1985-06-16", "1986-01-01", "1996-06-15"]) {
      const b = parseDay(iso)!;
      const age = ageOn(b, at);
      expect(age >= 30 && age <= 40).toBe(true);
      expect(b >= earliest! && b <= latest!).toBe(true);
    }
    for (const iso of ["1985-06-15", "1996-06-16"]) {
      const b = parseDay(iso)!;
      const age = ageOn(b, at);
      expect(age >= 30 && age <= 40).toBe(false);
      expect(b >= earliest! && b <= latest!).toBe(false);
    }
  });

  test("parseDay refuses impossible dates", () => {
    expect(parseDay("2026-02-30")).toBeNull();
    expect(parseDay("2026-2-3")).toBeNull();
    expect(parseDay("2024-02-29")?.toISOString()).toBe("2024-02-29T00:00:00.000Z");
  });
});

describe("console stage of a vacancy", () => {
  test("未开始 before opensAt, 征集中 inside the window, 已截止 after", () => {
    expect(vacancyStage(vacancy, new Date(opensAt.getTime() - 1000))).toBe("NOT_YET");
    expect(vacancyStage(vacancy, opensAt)).toBe("OPEN");
    expect(vacancyStage(vacancy, closesAt)).toBe("CLOSED");
    expect(vacancyStage({ ...vacancy, status: "CANCELLED" }, opensAt)).toBe("CANCELLED");
  });
});
