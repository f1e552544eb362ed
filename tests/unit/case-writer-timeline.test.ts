import { writerOutcome, writerTimeline, type TimelineFields } from "@/lib/cases/writer-timeline";

const t = (h: number) => new Date(Date.UTC(2026, 11, 7, h));
const base: TimelineFields = {
  kind: "TALK",
  status: "PENDING",
  createdAt: t(0),
  acceptedAt: null,
  answeredAt: null,
  closedAt: null,
  followedUpAt: null,
};
const steps = (f: Partial<TimelineFields>, replies: Date[] = []) =>
  writerTimeline({ ...base, ...f }, replies).map((s) => `${s.step}:${s.state}${s.at ? `@${s.at.getUTCHours()}` : ""}`);

describe("the writer's timeline", () => {
  it("a new letter: filed (current), then accept, answer and close ahead", () => {
    expect(steps({})).toEqual(["FILED:current@0", "ACCEPTED:next", "ANSWERED:next", "CLOSED:next"]);
  });

  it("a report under investigation, then closed (the investigation has no time of its own)", () => {
    const accepted = { kind: "REPORT" as const, acceptedAt: t(1) };
    expect(steps({ ...accepted, status: "INVESTIGATING" })).toEqual([
      "FILED:done@0",
      "ACCEPTED:done@1",
      "INVESTIGATING:current",
      "CLOSED:next",
    ]);
    expect(steps({ ...accepted, status: "CLOSED", closedAt: t(5) })).toEqual([
      "FILED:done@0",
      "ACCEPTED:done@1",
      "INVESTIGATING:done",
      "CLOSED:done@5",
    ]);
  });

  it("a dismissed objection ends there, nothing ahead", () => {
    expect(steps({ kind: "OBJECTION", status: "DISMISSED", closedAt: t(2) })).toEqual(["FILED:done@0", "DISMISSED:done@2"]);
  });

  it("a followed-up letter shows both answers: the first from the last reply before the follow-up", () => {
    const f = { status: "ACCEPTED", acceptedAt: t(1), answeredAt: t(2), followedUpAt: t(3) };
    expect(steps(f, [t(2), t(4)])).toEqual([
      "FILED:done@0",
      "ACCEPTED:done@1",
      "ANSWERED:done@2",
      "FOLLOWED_UP:current@3",
      "ANSWERED:next",
      "CLOSED:next",
    ]);
    expect(steps({ ...f, status: "ANSWERED", answeredAt: t(5) }, [t(2), t(5)])).toEqual([
      "FILED:done@0",
      "ACCEPTED:done@1",
      "ANSWERED:done@2",
      "FOLLOWED_UP:done@3",
      "ANSWERED:current@5",
      "CLOSED:next",
    ]);
  });
});

describe("the writer's outcome", () => {
  it("an objection's conclusion and words, never its verdict; a dismissal's reason; nothing while open", () => {
    const o = writerOutcome({ kind: "OBJECTION", status: "CLOSED", conclusion: "DEFER", outcomeText: "暂缓任职。" });
    expect(o).toEqual({ kind: "conclusion", conclusion: "DEFER", text: "暂缓任职。" });
    expect(writerOutcome({ kind: "REPORT", status: "DISMISSED", conclusion: null, outcomeText: "不属于受理范围。" })).toEqual({
      kind: "dismissed",
      reason: "不属于受理范围。",
    });
    expect(writerOutcome({ kind: "TALK", status: "ANSWERED", conclusion: null, outcomeText: null })).toBeNull();
  });
});
