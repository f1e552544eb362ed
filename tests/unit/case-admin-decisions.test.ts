// What the console offers on a case, by kind, status and reader (lib/data/cases/decisions.ts),
// and the inbox's query string read leniently (lib/validation/cases-admin.ts).
import type { Actor } from "@/lib/auth/actor";
import { caseDecisions, type DecisionFields } from "@/lib/data/cases/decisions";
import { caseListParams, caseListSearch } from "@/lib/validation/cases-admin";
import type { CaseKind } from "@/lib/state/case";

const actor = (id: string, role: Actor["role"], realName = `员${id}`): Actor => ({ id, realName, role, status: "APPROVED" });
const handler = actor("h", "REVIEWER");
const other = actor("o", "REVIEWER");
const admin = actor("a", "ADMIN");
const now = new Date("2026-12-20T02:00:00Z");

const c = (kind: CaseKind, status: string, more: Partial<DecisionFields> = {}): DecisionFields => ({
  kind,
  status,
  writerId: "w",
  handlerId: "h",
  subjectName: null,
  answeredAt: null,
  followedUpAt: null,
  ...more,
});

const offered = (fields: DecisionFields, who: Actor) =>
  Object.entries(caseDecisions(fields, who, now))
    .filter(([k, v]) => k.startsWith("can") && k !== "canSeeWriter" && v === true)
    .map(([k]) => k)
    .sort();

test.each([
  ["REPORT", "PENDING", ["canAccept", "canAssign", "canDismiss", "canDownload", "canNote"]],
  ["REPORT", "ACCEPTED", ["canAssign", "canInvestigate", "canDownload", "canNote", "canReply"]],
  ["REPORT", "INVESTIGATING", ["canAssign", "canClose", "canDownload", "canNote", "canReply"]],
  ["REPORT", "CLOSED", ["canDownload", "canNote"]],
  ["OBJECTION", "PENDING", ["canAccept", "canAssign", "canDismiss", "canDownload", "canNote"]],
  ["OBJECTION", "ACCEPTED", ["canAssign", "canClose", "canDownload", "canNote", "canReply"]],
  ["OBJECTION", "DISMISSED", ["canDownload", "canNote"]],
  ["TALK", "PENDING", ["canAccept", "canAssign", "canDownload", "canNote"]],
  ["TALK", "ACCEPTED", ["canAnswer", "canAssign", "canDownload", "canNote", "canReply"]],
] as const)("the handler of a %s case in %s may: %j", (kind, status, moves) => {
  expect(offered(c(kind, status), handler)).toEqual([...moves].sort());
});

test("another reviewer may do nothing with a case someone handles; anyone on staff may take an unassigned one", () => {
  expect(offered(c("REPORT", "PENDING"), other)).toEqual([]);
  expect(caseDecisions(c("REPORT", "PENDING"), other, now).canSeeWriter).toBe(false);
  expect(offered(c("REPORT", "PENDING", { handlerId: null }), other)).toEqual([
    "canAccept",
    "canDismiss",
    "canDownload",
    "canNote",
    "canTake",
  ]);
  // An administrator acts on any case and sees its writer.
  expect(offered(c("REPORT", "PENDING"), admin)).toEqual(["canAccept", "canAssign", "canDismiss", "canDownload", "canNote"]);
  expect(caseDecisions(c("REPORT", "PENDING"), admin, now).canSeeWriter).toBe(true);
});

test("the person a case is about is offered nothing, not even as an administrator", () => {
  const about = actor("a", "ADMIN", "钱某某");
  expect(offered(c("REPORT", "PENDING", { subjectName: "钱某某" }), about)).toEqual([]);
  expect(offered(c("OBJECTION", "ACCEPTED", { entryName: "钱某某" }), about)).toEqual([]);
});

test("说心里话 answered: closed by staff only once the writer can no longer follow up", () => {
  const day = 86_400_000;
  const answered = (days: number, followedUp = false) =>
    c("TALK", "ANSWERED", {
      answeredAt: new Date(now.getTime() - days * day),
      followedUpAt: followedUp ? new Date(now.getTime() - 30 * day) : null,
    });
  expect(caseDecisions(answered(10), handler, now)).toMatchObject({ canClose: false, awaitingFollowUp: true });
  expect(caseDecisions(answered(16), handler, now)).toMatchObject({ canClose: true, closeForm: "talk", awaitingFollowUp: false });
  expect(caseDecisions(answered(1, true), handler, now)).toMatchObject({ canClose: true, awaitingFollowUp: false });
});

test("the inbox's query string: unknown values are the defaults, and the filters come back as the same query", () => {
  expect(caseListParams({ kind: "NOPE", status: "x", handler: "<script>", overdue: "yes", sort: "z", page: "-3" })).toEqual({
    handler: "all",
    overdue: false,
    sort: "new",
    page: 1,
  });
  const p = caseListParams({ kind: "REPORT", status: "OPEN", handler: "ck1abc", overdue: "1", sort: "urgent", page: "2" });
  expect(p).toEqual({ kind: "REPORT", status: "OPEN", handler: { staffId: "ck1abc" }, overdue: true, sort: "urgent", page: 2 });
  expect(caseListSearch(p)).toEqual({ kind: "REPORT", status: "OPEN", handler: "ck1abc", overdue: "1", sort: "urgent" });
  expect(caseListParams({ handler: ["me", "none"] }).handler).toBe("all");
});
