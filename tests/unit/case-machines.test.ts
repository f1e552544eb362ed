// Issue 10: one state machine per case kind. Every pair of statuses is tried, so a move added
// or dropped by mistake shows up here, and so does a status a kind must never reach
// (说心里话 is never 不予受理 or 核查中; 公示反映 and 监督举报 are never 已答复).
import {
  CASE_KINDS,
  CASE_STATUSES,
  caseMachine,
  isCaseFinished,
  isCaseKind,
  isCaseOpen,
  type CaseKind,
  type CaseStatus,
} from "@/lib/state/case";
import { TransitionError } from "@/lib/state/machine";

/** The moves each kind allows; everything else is refused. */
const ALLOWED: Record<CaseKind, ReadonlyArray<readonly [CaseStatus, CaseStatus]>> = {
  // 待受理 → 已受理 → 已答复 → 已办结; after an answer a follow-up (→ 已受理) or settled (→ 已办结).
  TALK: [
    ["PENDING", "ACCEPTED"],
    ["ACCEPTED", "ANSWERED"],
    ["ANSWERED", "ACCEPTED"],
    ["ANSWERED", "CLOSED"],
  ],
  // 待受理 → 已受理 (or 不予受理) → 已办结 with a verdict and conclusion.
  OBJECTION: [
    ["PENDING", "ACCEPTED"],
    ["PENDING", "DISMISSED"],
    ["ACCEPTED", "CLOSED"],
  ],
  // 待受理 → 已受理 (or 不予受理 with a reason) → 核查中 → 已办结.
  REPORT: [
    ["PENDING", "ACCEPTED"],
    ["PENDING", "DISMISSED"],
    ["ACCEPTED", "INVESTIGATING"],
    ["INVESTIGATING", "CLOSED"],
  ],
};

const STATES: Record<CaseKind, CaseStatus[]> = {
  TALK: ["PENDING", "ACCEPTED", "ANSWERED", "CLOSED"],
  OBJECTION: ["PENDING", "ACCEPTED", "DISMISSED", "CLOSED"],
  REPORT: ["PENDING", "ACCEPTED", "INVESTIGATING", "DISMISSED", "CLOSED"],
};

describe.each(CASE_KINDS)("the %s machine", (kind) => {
  const machine = caseMachine(kind);
  const allowed = new Set(ALLOWED[kind].map(([a, b]) => `${a}>${b}`));

  it("has exactly its kind's statuses", () => {
    expect([...machine.states].sort()).toEqual([...STATES[kind]].sort());
  });

  it.each(ALLOWED[kind])("allows %s → %s", (from, to) => {
    expect(machine.can(from, to)).toBe(true);
    expect(() => machine.assertTransition(from, to)).not.toThrow();
  });

  it("refuses every other move between any two statuses, and unknown statuses", () => {
    const refused: string[] = [];
    for (const from of [...CASE_STATUSES, "ARCHIVED", ""]) {
      for (const to of CASE_STATUSES) {
        if (allowed.has(`${from}>${to}`)) continue;
        expect(machine.can(from, to)).toBe(false);
        expect(() => machine.assertTransition(from, to)).toThrow(TransitionError);
        refused.push(`${from}>${to}`);
      }
    }
    expect(refused).toHaveLength((CASE_STATUSES.length + 2) * CASE_STATUSES.length - allowed.size);
  });

  it("never leaves a finished case and never goes back to 待受理", () => {
    for (const s of ["CLOSED", "DISMISSED"]) if (machine.isState(s)) expect(machine.next(s)).toEqual([]);
    for (const s of machine.states) expect(machine.can(s, "PENDING")).toBe(false);
  });

  it("reaches 已办结 from 待受理", () => {
    const seen = new Set<string>(["PENDING"]);
    const queue = ["PENDING"];
    while (queue.length) for (const next of machine.next(queue.shift()!)) if (!seen.has(next) && seen.add(next)) queue.push(next);
    expect(seen.has("CLOSED")).toBe(true);
    expect(seen).toEqual(new Set(STATES[kind]));
  });
});

describe("isCaseFinished / isCaseOpen", () => {
  it("a case is finished when closed or dismissed", () => {
    expect(CASE_STATUSES.filter(isCaseFinished)).toEqual(["DISMISSED", "CLOSED"]);
  });

  it("an open case waits on staff: not finished, and not an answered 说心里话 (which waits on its writer)", () => {
    const open = (kind: CaseKind) => STATES[kind].filter((s) => isCaseOpen(kind, s));
    expect(open("TALK")).toEqual(["PENDING", "ACCEPTED"]);
    expect(open("OBJECTION")).toEqual(["PENDING", "ACCEPTED"]);
    expect(open("REPORT")).toEqual(["PENDING", "ACCEPTED", "INVESTIGATING"]);
  });

  it("knows the three kinds only", () => {
    expect(CASE_KINDS.filter(isCaseKind)).toEqual(["TALK", "OBJECTION", "REPORT"]);
    expect(isCaseKind("talk")).toBe(false);
    expect(isCaseKind("APPEAL")).toBe(false);
  });
});
