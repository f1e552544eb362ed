// The 任免 gate as a pure predicate: every 公示 state × objection state × recorded result, and the
// one result staff may record for each objection outcome.
import { appointmentGate, recordableResult, NOTICE_RESULTS, type GateInput } from "@/lib/nominations/appointment-gate";

const person = (over: Partial<NonNullable<GateInput["person"]>> = {}): GateInput => ({
  kind: "APPOINT",
  needsPerson: true,
  person: { noticePublished: true, period: "ENDED", result: "NO_OBJECTION", objections: { open: 0, blocked: false }, ...over },
});

describe("appointmentGate", () => {
  test("published only when the 公示 ended, no objection is open and the result is 无异议 or 不影响任职", () => {
    expect(appointmentGate(person())).toEqual({ canPublish: true, reason: null });
    expect(appointmentGate(person({ result: "NO_EFFECT" }))).toEqual({ canPublish: true, reason: null });
    expect(appointmentGate(person({ result: "DEFER", objections: { open: 0, blocked: true } })).reason).toBe("loop.gate.resultDefer");
    expect(appointmentGate(person({ result: "REFUSE", objections: { open: 0, blocked: true } })).reason).toBe("loop.gate.resultRefuse");
    expect(appointmentGate(person({ result: null })).reason).toBe("loop.gate.noResult");
    expect(appointmentGate(person({ result: "SOMETHING" })).reason).toBe("loop.gate.noResult");
  });

  test("the period comes first, then open objections, then the result", () => {
    for (const result of [...NOTICE_RESULTS, null]) {
      for (const open of [0, 2]) {
        const objections = { open, blocked: open > 0 };
        expect(appointmentGate(person({ period: "UPCOMING", result, objections })).reason).toBe("loop.gate.noticeUpcoming");
        expect(appointmentGate(person({ period: "ACTIVE", result, objections })).reason).toBe("loop.gate.noticeActive");
        if (open) expect(appointmentGate(person({ result, objections })).reason).toBe("loop.gate.objectionOpen");
      }
    }
    expect(appointmentGate(person({ noticePublished: false })).reason).toBe("loop.gate.noticeNotPublished");
    expect(appointmentGate(person({ period: null })).reason).toBe("loop.gate.noticeNotPublished");
  });

  test("a 无异议 recorded before a later objection was concluded against the person does not let it through", () => {
    expect(appointmentGate(person({ result: "NO_OBJECTION", objections: { open: 0, blocked: true } })).reason).toBe(
      "loop.gate.objectionBlocks",
    );
  });

  test("免去 and a 任命 linked to no vacancy or 公示 are not gated; one linked must name the person", () => {
    expect(appointmentGate({ kind: "REMOVE", needsPerson: true, person: null }).canPublish).toBe(true);
    expect(appointmentGate({ kind: "APPOINT", needsPerson: false, person: null }).canPublish).toBe(true);
    expect(appointmentGate({ kind: "APPOINT", needsPerson: true, person: null }).reason).toBe("loop.gate.noPerson");
  });
});

describe("recordableResult", () => {
  test("无异议 without objections (dismissed ones aside); otherwise the objections' weightiest conclusion", () => {
    expect(recordableResult({ open: 0, conclusion: null, blocked: false })).toEqual({ result: "NO_OBJECTION", reason: null });
    expect(recordableResult({ open: 0, conclusion: "NO_EFFECT", blocked: false })).toEqual({ result: "NO_EFFECT", reason: null });
    expect(recordableResult({ open: 0, conclusion: "DEFER", blocked: true })).toEqual({ result: "DEFER", reason: null });
    expect(recordableResult({ open: 0, conclusion: "REFUSE", blocked: true })).toEqual({ result: "REFUSE", reason: null });
  });

  test("nothing while an objection is open, or when a closed one carries no conclusion", () => {
    expect(recordableResult({ open: 1, conclusion: null, blocked: true })).toEqual({ result: null, reason: "loop.gate.objectionOpen" });
    expect(recordableResult({ open: 1, conclusion: "NO_EFFECT", blocked: true }).result).toBeNull();
    expect(recordableResult({ open: 0, conclusion: null, blocked: true })).toEqual({ result: null, reason: "loop.gate.objectionBlocks" });
    expect(recordableResult({ open: 0, conclusion: "NO_EFFECT", blocked: true })).toEqual({
      result: null,
      reason: "loop.gate.objectionBlocks",
    });
  });
});
