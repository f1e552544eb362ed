// The writer's side of a case on a real database: the list and the case page in /account
// (another's case id is not found), what the writer reads (no staff note, no staff name, no
// verdict), the 说心里话 follow-up (once, within 15 days of the answer) and confirmation, and the
// 查询码 lookup (a wrong code reveals nothing; every attempt counts against the address).
import { newClientAddress, setCaller } from "./support/action-mocks";
import { db } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import type { Actor } from "@/lib/auth/actor";
import { AuthzError } from "@/lib/auth/actor";
import { DomainError, NotFoundError } from "@/lib/data/errors";
import { fileCase, moveCase } from "@/lib/data/cases/engine";
import { confirmTalk, fileTalk, followUpTalk } from "@/lib/data/cases/talk";
import { getMyCase, listMyCases, lookupCase } from "@/lib/data/cases/writer-view";
import { loadWorkCalendar } from "@/lib/data/holidays";
import { rateKeys } from "@/lib/data/rate-limits";
import { formatDay } from "@/lib/calendar/dates";
import { answerDueAfter } from "@/lib/cases/deadlines";
import { talkInput } from "@/lib/validation/cases-talk";
import { callAction, formData } from "./support/call-action";
import { makeUser } from "./support/users";
import { anonymousCaseCode } from "./support/talk-world";
import { confirmTalkAction, followUpTalkAction } from "@/app/[locale]/(account)/account/cases/actions";
import { lookupCaseAction } from "@/app/[locale]/(public)/cases/lookup/actions";

jest.setTimeout(60_000);

const DAY = 86_400_000;
const T0 = new Date("2026-12-07T02:00:00Z"); // Monday 10:00 北京时间
const at = (days: number, ms = 0) => new Date(T0.getTime() + days * DAY + ms);

let staff: Actor;
beforeAll(async () => {
  staff = await makeUser({ role: "REVIEWER", realName: "欧阳审核" });
});

let n = 0;
async function letter(writer: Actor, when = T0) {
  const input = talkInput.parse({ category: "SUGGESTION", title: "关于干部培训的建议", body: `建议增加年轻干部的实践锻炼。第${++n}封。` });
  return fileTalk(writer, input, { address: "198.51.100.9", now: when });
}

const row = (id: string) => db().case.findUniqueOrThrow({ where: { id } });

/** A staff move, as the console does it (the console helper builds the actions). */
async function staffMove(id: string, to: string, message?: { type: "REPLY" | "NOTE"; body: string }, when = T0, patch = {}) {
  await transaction(async (tx) =>
    moveCase(
      tx,
      await tx.case.findUniqueOrThrow({ where: { id } }),
      { actor: staff, to: to as never, message, patch, action: `case.test.${to}` },
      when,
    ),
  );
}

/** Filed at T0, accepted with a staff note, answered at `answeredAt`. */
async function answered(writer: Actor, answeredAt = at(1)) {
  const { id } = await letter(writer);
  await staffMove(id, "ACCEPTED", { type: "NOTE", body: "内部意见：转干部教育科，注意保密。" }, at(0, 3_600_000), { handlerId: staff.id });
  await staffMove(id, "ANSWERED", { type: "REPLY", body: "感谢您的建议，已转干部教育科研究。" }, answeredAt);
  return id;
}

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof NotFoundError) return "notFound";
    if (e instanceof AuthzError) return `authz:${e.code}`;
    if (e instanceof DomainError) return e.messageKey;
    throw e;
  }
  return "accepted";
}

describe("the writer's list and case page", () => {
  it("lists the caller's own cases of every channel, newest first, paged, with what they may do", async () => {
    const writer = await makeUser();
    const first = await letter(writer, at(0));
    const second = await answered(writer);
    // A real-name report of the same writer (the channels helper builds its form).
    const report = await transaction(async (tx) =>
      fileCase(
        tx,
        { kind: "REPORT", writer, address: "x", category: "OTHER", title: "反映违规用人", body: "某单位违规提拔。" },
        await loadWorkCalendar(tx),
        at(2),
      ),
    );
    await letter(await makeUser(), at(3)); // someone else's
    const list = await listMyCases(writer, { now: at(2) });
    expect(list.total).toBe(3);
    expect(list.rows.map((r) => [r.id, r.kind, r.status, r.canFollowUp, r.canConfirm])).toEqual([
      [report.id, "REPORT", "PENDING", false, false],
      [second, "TALK", "ANSWERED", true, true],
      [first.id, "TALK", "PENDING", false, false],
    ]);
    expect(list.rows[2]!.dueOn).toEqual((await row(first.id)).acceptDueOn);
    expect(list.rows[1]!.dueOn).toBeNull(); // answered: waits on the writer, not the department
  });

  it("a nominator opening another's case by id gets not found, never the case", async () => {
    const owner = await makeUser();
    const other = await makeUser({ realName: "旁人甲" });
    const id = await answered(owner);
    expect(await refusal(getMyCase(other, id))).toBe("notFound");
    expect(await refusal(getMyCase(other, "does-not-exist"))).toBe("notFound");
    // Staff are not writers either: the console is their door, not /account.
    expect(await refusal(getMyCase(staff, id))).toBe("notFound");
    expect(await refusal(getMyCase(null, id))).toBe("authz:unauthenticated");
    // Nor may they move it.
    expect(await refusal(followUpTalk(other, id, "追问", { now: at(2) }))).toBe("notFound");
    expect(await refusal(confirmTalk(other, id, { now: at(2) }))).toBe("notFound");
    expect((await row(id)).status).toBe("ANSWERED");
  });

  it("the writer reads their letters and the department's replies, never a staff note, a staff name or the handler", async () => {
    const writer = await makeUser();
    const id = await answered(writer);
    const view = await getMyCase(writer, id, { now: at(2) });
    expect(view.thread.map((m) => [m.from, m.body])).toEqual([
      ["writer", expect.stringContaining("实践锻炼")],
      ["department", "感谢您的建议，已转干部教育科研究。"],
    ]);
    const text = JSON.stringify(view);
    for (const secret of ["内部意见", "注意保密", staff.realName, staff.id, writer.id]) expect(text).not.toContain(secret);
    expect(view.timeline.map((s) => [s.step, s.state])).toEqual([
      ["FILED", "done"],
      ["ACCEPTED", "done"],
      ["ANSWERED", "current"],
      ["CLOSED", "next"],
    ]);
    expect(view).toMatchObject({ canFollowUp: true, canConfirm: true, due: null, outcome: null });
    expect(view.followUpUntil).toEqual(new Date(at(1).getTime() + 15 * DAY));
  });

  it("of a closed objection the writer reads the conclusion, never the verdict or the findings", async () => {
    const writer = await makeUser();
    const filed = await transaction(async (tx) =>
      fileCase(
        tx,
        {
          kind: "OBJECTION",
          writer,
          address: "x",
          title: "对拟任人选的反映",
          body: "反映其在原单位的工作作风问题。",
          subjectName: "贺某某",
        },
        await loadWorkCalendar(tx),
        T0,
      ),
    );
    await staffMove(filed.id, "ACCEPTED", { type: "NOTE", body: "核查发现：反映属实，已谈话提醒。" }, at(1), { handlerId: staff.id });
    await staffMove(filed.id, "CLOSED", undefined, at(5), {
      verdict: "PARTLY",
      conclusion: "NO_EFFECT",
      outcomeText: "经核查，不影响任职。",
    });
    const view = await getMyCase(writer, filed.id, { now: at(6) });
    expect(view.outcome).toEqual({ kind: "conclusion", conclusion: "NO_EFFECT", text: "经核查，不影响任职。" });
    const text = JSON.stringify(view);
    expect(text).not.toContain("PARTLY");
    expect(text).not.toContain("核查发现");
    expect(view.about?.name).toBe("贺某某");
  });

  it("a dismissed report shows its reason", async () => {
    const writer = await makeUser();
    const filed = await transaction(async (tx) =>
      fileCase(
        tx,
        { kind: "REPORT", writer, address: "x", title: "举报", body: "某人跑官要官。", subjectName: "某人" },
        await loadWorkCalendar(tx),
        T0,
      ),
    );
    await staffMove(filed.id, "DISMISSED", { type: "REPLY", body: "不属于受理范围。" }, at(1), {
      outcomeText: "不属于干部选拔任用监督范围，请向有关部门反映。",
    });
    const view = await getMyCase(writer, filed.id, { now: at(2) });
    expect(view.outcome).toEqual({ kind: "dismissed", reason: "不属于干部选拔任用监督范围，请向有关部门反映。" });
    expect(view.timeline.map((s) => s.step)).toEqual(["FILED", "DISMISSED"]);
    expect(view.due).toBeNull();
  });
});

describe("说心里话: follow-up once within 15 days, or confirm", () => {
  it("a follow-up on day 15 reopens it (已受理) with the writer's message and a new answer due day; a second one is refused", async () => {
    const writer = await makeUser();
    const id = await answered(writer);
    const when = at(1 + 15, -1000); // one second inside the window
    expect(await refusal(followUpTalk(writer, id, "培训计划何时实施？", { now: when }))).toBe("accepted");
    const c = await row(id);
    expect(c).toMatchObject({ status: "ACCEPTED", followedUpAt: when });
    expect(formatDay(c.answerDueOn!)).toBe(formatDay(answerDueAfter(await loadWorkCalendar(), when)));
    const msgs = await db().caseMessage.findMany({ where: { caseId: id }, orderBy: { createdAt: "asc" } });
    expect(msgs.at(-1)).toMatchObject({ type: "WRITER", authorId: writer.id, body: "培训计划何时实施？" });
    // The handler is told the letter is back with them (number only); the writer is not told of their own step
    // (their one 已受理 message is from the first acceptance).
    const told = await db().notification.findMany({
      where: { kind: "case.followedUp" },
      select: { userId: true, params: true, link: true },
    });
    expect(told.filter((t) => t.link === `/admin/cases/${id}`).map((t) => t.userId)).toEqual([staff.id]);
    expect(await db().notification.count({ where: { userId: writer.id, kind: "case.accepted" } })).toBe(1);
    // The department answers again; no second follow-up.
    await staffMove(id, "ANSWERED", { type: "REPLY", body: "计划于明年一季度实施。" }, at(17));
    const view = await getMyCase(writer, id, { now: at(17, 1000) });
    expect(view).toMatchObject({ canFollowUp: false, canConfirm: true });
    expect(view.timeline.map((s) => [s.step, s.at?.getTime() ?? null])).toEqual([
      ["FILED", T0.getTime()],
      ["ACCEPTED", at(0, 3_600_000).getTime()],
      ["ANSWERED", at(1).getTime()],
      ["FOLLOWED_UP", when.getTime()],
      ["ANSWERED", at(17).getTime()],
      ["CLOSED", null],
    ]);
    expect(await refusal(followUpTalk(writer, id, "再追问一次", { now: at(17, 2000) }))).toBe("myCases.errors.followedUp");
    expect((await row(id)).status).toBe("ANSWERED");
  });

  it("after 15 days no follow-up; confirming still works", async () => {
    const writer = await makeUser();
    const id = await answered(writer);
    expect(await refusal(followUpTalk(writer, id, "迟到的追问", { now: at(1 + 15, 1000) }))).toBe("myCases.errors.followUpClosed");
    expect((await getMyCase(writer, id, { now: at(1 + 15, 1000) })).canFollowUp).toBe(false);
    expect(await refusal(confirmTalk(writer, id, { now: at(20) }))).toBe("accepted");
    const c = await row(id);
    expect(c).toMatchObject({ status: "CLOSED", closedAt: at(20) });
    const view = await getMyCase(writer, id, { now: at(21) });
    expect(view).toMatchObject({ canFollowUp: false, canConfirm: false, outcome: { kind: "closed", text: null } });
  });

  it("neither is possible before an answer, nor after confirming; a suspended writer may do neither", async () => {
    const writer = await makeUser();
    const { id } = await letter(writer);
    expect(await refusal(followUpTalk(writer, id, "追问", { now: at(1) }))).toBe("myCases.errors.followUpClosed");
    expect(await refusal(confirmTalk(writer, id, { now: at(1) }))).toBe("myCases.errors.notAnswered");
    const done = await answered(writer);
    await confirmTalk(writer, done, { now: at(2) });
    expect(await refusal(followUpTalk(writer, done, "追问", { now: at(3) }))).toBe("myCases.errors.followUpClosed");
    expect(await refusal(confirmTalk(writer, done, { now: at(3) }))).toBe("myCases.errors.notAnswered");
    const other = await answered(writer);
    expect(await refusal(confirmTalk({ ...writer, status: "SUSPENDED" }, other, { now: at(2) }))).toBe("authz:notApproved");
  });

  it("the actions: the writer's follow-up and confirmation are accepted, another's id is not found", async () => {
    const writer = await makeUser();
    const a = await answered(writer, new Date());
    const b = await answered(writer, new Date());
    newClientAddress();
    setCaller(await makeUser());
    expect(await callAction(confirmTalkAction as never, [{}, formData({ id: a })])).toMatchObject({
      state: { message: "errors.notFound" },
    });
    setCaller(writer);
    expect(await callAction(followUpTalkAction as never, [{}, formData({ id: a, body: "请问何时落实？" })])).toMatchObject({
      state: { ok: true, message: "myCases.followUp.done" },
    });
    expect(await callAction(confirmTalkAction as never, [{}, formData({ id: b })])).toMatchObject({
      state: { ok: true, message: "myCases.confirm.done" },
    });
    expect((await row(a)).status).toBe("ACCEPTED");
    expect((await row(b)).status).toBe("CLOSED");
  });
});

describe("following an anonymous case by 查询码", () => {
  afterEach(() => {
    delete process.env.OPENSELECT_LIMIT_CASE_LOOKUPS_PER_HOUR;
  });

  it("the right code shows the writer's view without identity or download links; a wrong one reveals nothing", async () => {
    const { id, code } = await anonymousCaseCode();
    await staffMove(id, "ACCEPTED", { type: "NOTE", body: "内部：请纪检组协助。" }, new Date(), { handlerId: staff.id });
    const view = await lookupCase(code.toLowerCase().replaceAll("-", " "), { address: "192.0.2.1" });
    expect(view).toMatchObject({ id, status: "ACCEPTED", anonymous: true, canFollowUp: false, canConfirm: false });
    const text = JSON.stringify(view);
    for (const secret of ["内部", staff.realName, staff.id]) expect(text).not.toContain(secret);
    // Wrong codes, well-formed or not, all get the same answer.
    const flipped = code.slice(0, -1) + (code.endsWith("0") ? "1" : "0");
    for (const wrong of [flipped, "0000-0000-0000-0000", "abc", code + "X"]) {
      expect(await refusal(lookupCase(wrong, { address: "192.0.2.2" }))).toBe("cases.errors.queryCode");
    }
  });

  it("every attempt, right or wrong, counts against the address; past the limit even the right code is refused", async () => {
    process.env.OPENSELECT_LIMIT_CASE_LOOKUPS_PER_HOUR = "3";
    const { code } = await anonymousCaseCode();
    const address = "192.0.2.50";
    const t = new Date();
    expect(await refusal(lookupCase("0000-0000-0000-0000", { address, now: t }))).toBe("cases.errors.queryCode");
    expect(await refusal(lookupCase(code, { address, now: t }))).toBe("accepted");
    expect(await refusal(lookupCase("nonsense", { address, now: t }))).toBe("cases.errors.queryCode");
    expect(await refusal(lookupCase(code, { address, now: t }))).toBe("errors.rateLimit.caseLookups");
    expect(await db().rateEvent.count({ where: { key: rateKeys.caseLookups(address) } })).toBe(3);
    // Another address is not held back; an hour later this one may look again.
    expect(await refusal(lookupCase(code, { address: "192.0.2.51", now: t }))).toBe("accepted");
    expect(await refusal(lookupCase(code, { address, now: new Date(t.getTime() + 3_600_001) }))).toBe("accepted");
  });

  it("the action returns the case in its state (a POST: the code is in no URL); a wrong code only the message", async () => {
    const { id, code } = await anonymousCaseCode();
    setCaller(null);
    newClientAddress();
    const right = await callAction(lookupCaseAction as never, [{}, formData({ code })]);
    expect(right).toMatchObject({ kind: "returned", state: { ok: true, view: { id } } });
    const wrong = await callAction(lookupCaseAction as never, [{}, formData({ code: "0000-0000-0000-0000" })]);
    expect(wrong).toMatchObject({ kind: "returned", state: { message: "cases.errors.queryCode" } });
    expect((wrong as { state: Record<string, unknown> }).state.view).toBeUndefined();
  });
});
