// The staff inbox of the three channels against a real database: which moves are allowed from
// which status and by whom (the handler, an administrator; another reviewer only while nobody
// handles the case), that the person a case is about never sees it (listed, counted, opened by
// id, moved), that the writer's identity reaches only the handler and administrators, that every
// opening is audited, that each change of status tells a real-name writer exactly once with a
// mail free of the case's words, overdue marking on working days across 国庆, and the export.
import ExcelJS from "exceljs";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { AuthzError } from "@/lib/auth/actor";
import { resetClock, setClock } from "@/lib/calendar/clock";
import { formatDay } from "@/lib/calendar/dates";
import { DomainError, NotFoundError } from "@/lib/data/errors";
import { caseCounts, exportCases, listCases, openCase } from "@/lib/data/cases/console";
import {
  acceptCase,
  assignCase,
  closeCase,
  dismissCase,
  noteOnCase,
  replyToCase,
  startInvestigation,
  takeCase,
  closeSettledTalkCases,
} from "@/lib/data/cases/handling";
import { JOBS } from "@/lib/jobs/registry";
import { renderTable } from "@/lib/nominations/spreadsheet";
import { renderNotificationMail } from "@/lib/data/notification-mail";
import { makeUser } from "./support/users";
import { makeCase } from "./support/case-world";

jest.setTimeout(60_000);

let admin: Actor;
let reviewer: Actor; // the handler in most tests
let other: Actor; // another reviewer
let subject: Actor; // a reviewer some cases are about

beforeAll(async () => {
  admin = await makeUser({ role: "ADMIN", realName: "管理员丙" });
  reviewer = await makeUser({ role: "REVIEWER", realName: "承办人甲" });
  other = await makeUser({ role: "REVIEWER", realName: "审核员乙" });
  subject = await makeUser({ role: "REVIEWER", realName: "钱被反映" });
});

afterEach(() => resetClock());

/** A real-name writer with an email address (so mail is written too). */
async function writer(): Promise<Actor & { phone: string }> {
  const u = await makeUser({ realName: "来信人丁" });
  await db().user.update({ where: { id: u.id }, data: { email: `w${u.id}@example.cn` } });
  return u;
}

async function statusOf(id: string) {
  return (await db().case.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;
}

async function refusedWith(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof NotFoundError) return "notFound";
    if (e instanceof DomainError) return e.messageKey;
    if (e instanceof AuthzError) return `authz:${e.code}`;
    throw e;
  }
  return "accepted";
}

describe("moves: only from the right status", () => {
  test("监督举报: 待受理 → 已受理 → 核查中 → 已办结; nothing out of order", async () => {
    const c = await makeCase({ kind: "REPORT", handlerId: reviewer.id });
    expect(await refusedWith(startInvestigation(reviewer, c.id))).toBe("caseAdmin.errors.notNow");
    expect(await refusedWith(closeCase(reviewer, c.id, { outcomeText: "经核查，反映问题不属实。" }))).toBe("caseAdmin.errors.notNow");
    expect(await refusedWith(replyToCase(reviewer, c.id, "答复"))).toBe("caseAdmin.errors.notNow");
    await acceptCase(reviewer, c.id);
    expect(await statusOf(c.id)).toBe("ACCEPTED");
    expect(await refusedWith(acceptCase(reviewer, c.id))).toBe("caseAdmin.errors.notNow");
    expect(await refusedWith(dismissCase(reviewer, c.id, "不属于受理范围。"))).toBe("caseAdmin.errors.notNow");
    expect(await refusedWith(closeCase(reviewer, c.id, { outcomeText: "结论" }))).toBe("caseAdmin.errors.notNow");
    await startInvestigation(reviewer, c.id, "请某科室核查。");
    expect(await statusOf(c.id)).toBe("INVESTIGATING");
    // A report's conclusion is required.
    expect(await refusedWith(closeCase(reviewer, c.id, {}))).toBe("errors.invalid");
    await closeCase(reviewer, c.id, { outcomeText: "经核查，反映问题部分属实，已责成整改。", findings: "核查过程记录。" });
    const done = await db().case.findUniqueOrThrow({ where: { id: c.id }, include: { messages: true } });
    expect(done.status).toBe("CLOSED");
    expect(done.outcomeText).toBe("经核查，反映问题部分属实，已责成整改。");
    expect(done.messages.filter((m) => m.type === "NOTE").map((m) => m.body)).toEqual(["请某科室核查。", "核查过程记录。"]);
    expect(await refusedWith(acceptCase(reviewer, c.id))).toBe("caseAdmin.errors.notNow");
    expect(await refusedWith(assignCase(admin, c.id, other.id))).toBe("caseAdmin.errors.notNow");
  });

  test("不予受理: 公示反映 and 监督举报 with the reason the writer reads; never 说心里话", async () => {
    const report = await makeCase({ kind: "REPORT", handlerId: reviewer.id });
    await dismissCase(reviewer, report.id, "所反映问题不属于选人用人监督范围。");
    const row = await db().case.findUniqueOrThrow({ where: { id: report.id } });
    expect([row.status, row.outcomeText]).toEqual(["DISMISSED", "所反映问题不属于选人用人监督范围。"]);
    const objection = await makeCase({ kind: "OBJECTION", handlerId: reviewer.id });
    await dismissCase(reviewer, objection.id, "所反映人员不在本次公示名单中。");
    expect(await statusOf(objection.id)).toBe("DISMISSED");
    const talk = await makeCase({ kind: "TALK", handlerId: reviewer.id });
    expect(await refusedWith(dismissCase(reviewer, talk.id, "不予受理"))).toBe("caseAdmin.errors.notNow");
    expect(await statusOf(talk.id)).toBe("PENDING");
  });

  test("公示反映: closed with a verdict, a conclusion, the words the writer reads and the findings as a note", async () => {
    const c = await makeCase({ kind: "OBJECTION", handlerId: reviewer.id, status: "ACCEPTED" });
    const missing = await closeCase(reviewer, c.id, { outcomeText: "经核查，反映问题不属实。" }).catch((e: DomainError) => e);
    expect(missing).toBeInstanceOf(DomainError);
    expect(Object.keys((missing as DomainError).fieldErrors ?? {}).sort()).toEqual(["conclusion", "findings", "verdict"]);
    expect(
      await refusedWith(closeCase(reviewer, c.id, { verdict: "MAYBE", conclusion: "NO_EFFECT", outcomeText: "x", findings: "y" })),
    ).toBe("errors.invalid");
    await closeCase(reviewer, c.id, {
      verdict: "UNFOUNDED",
      conclusion: "NO_EFFECT",
      outcomeText: "经核查，反映问题不属实，不影响任职。",
      findings: "经谈话了解和查阅档案，未发现所反映问题。",
    });
    const row = await db().case.findUniqueOrThrow({ where: { id: c.id }, include: { messages: true } });
    expect([row.status, row.verdict, row.conclusion]).toEqual(["CLOSED", "UNFOUNDED", "NO_EFFECT"]);
    expect(row.messages.find((m) => m.type === "NOTE")?.body).toBe("经谈话了解和查阅档案，未发现所反映问题。");
  });

  test("说心里话: the reply answers (已受理 → 已答复); staff close only after the follow-up window", async () => {
    const filed = new Date("2026-12-01T02:00:00Z");
    setClock(filed);
    const c = await makeCase({ kind: "TALK", handlerId: reviewer.id, at: filed });
    await acceptCase(reviewer, c.id);
    const r = await replyToCase(reviewer, c.id, "感谢您的建议，我们已转有关科室研究。");
    expect(r).toEqual({ answered: true });
    expect(await statusOf(c.id)).toBe("ANSWERED");
    // Within the 15-day window: not closable, the page says staff wait for the writer.
    setClock(new Date(filed.getTime() + 14 * 86_400_000));
    expect(await refusedWith(closeCase(reviewer, c.id, {}))).toBe("caseAdmin.errors.notNow");
    expect((await openCase(reviewer, c.id)).decisions).toMatchObject({ canClose: false, awaitingFollowUp: true });
    // A further reply in 已答复 is a message only.
    expect(await replyToCase(reviewer, c.id, "补充说明。")).toEqual({ answered: false });
    expect(await statusOf(c.id)).toBe("ANSWERED");
    setClock(new Date(filed.getTime() + 16 * 86_400_000));
    await closeCase(reviewer, c.id, {});
    expect(await statusOf(c.id)).toBe("CLOSED");
  });

  test("a note changes no status and tells no one", async () => {
    const w = await writer();
    const c = await makeCase({ kind: "REPORT", writer: w, handlerId: reviewer.id, status: "ACCEPTED" });
    const before = await db().notification.count({ where: { userId: w.id } });
    await noteOnCase(reviewer, c.id, "拟请纪检部门协助。");
    expect(await statusOf(c.id)).toBe("ACCEPTED");
    expect(await db().notification.count({ where: { userId: w.id } })).toBe(before);
    expect(await db().caseMessage.count({ where: { caseId: c.id, type: "NOTE" } })).toBe(1);
  });

  test("two staff moving the same case at once: one wins, the other is refused", async () => {
    const c = await makeCase({ kind: "REPORT" });
    const results = await Promise.all([acceptCase(reviewer, c.id), acceptCase(other, c.id)].map(refusedWith));
    expect(results.filter((r) => r === "accepted")).toHaveLength(1);
    const row = await db().case.findUniqueOrThrow({ where: { id: c.id } });
    expect(row.status).toBe("ACCEPTED");
    expect([reviewer.id, other.id]).toContain(row.handlerId);
  });
});

describe("moves: only by the handler or an administrator", () => {
  test("another reviewer is refused once a handler is set; while unassigned, a move makes the mover the handler", async () => {
    const c = await makeCase({ kind: "REPORT", handlerId: reviewer.id });
    for (const move of [
      () => acceptCase(other, c.id),
      () => dismissCase(other, c.id, "理由"),
      () => noteOnCase(other, c.id, "意见"),
      () => takeCase(other, c.id),
      () => assignCase(other, c.id, other.id),
    ])
      expect(await refusedWith(move())).toMatch(/^caseAdmin\.errors\.(notHandler|notNow)$/);
    expect(await refusedWith(noteOnCase(other, c.id, "意见"))).toBe("caseAdmin.errors.notHandler");
    expect(await statusOf(c.id)).toBe("PENDING");

    const free = await makeCase({ kind: "REPORT" });
    await acceptCase(other, free.id);
    expect((await db().case.findUniqueOrThrow({ where: { id: free.id } })).handlerId).toBe(other.id);
    expect(await refusedWith(startInvestigation(reviewer, free.id))).toBe("caseAdmin.errors.notHandler");
  });

  test("take: only an unassigned case; transfer: the handler to another staff member, administrators to anyone", async () => {
    const c = await makeCase({ kind: "TALK" });
    // Not the handler of an unassigned case: may take it, not give it away.
    expect(await refusedWith(assignCase(other, c.id, reviewer.id))).toBe("caseAdmin.errors.notNow");
    await takeCase(reviewer, c.id);
    expect(await refusedWith(takeCase(other, c.id))).toBe("caseAdmin.errors.notHandler");
    expect(await refusedWith(takeCase(reviewer, c.id))).toBe("caseAdmin.errors.notNow");
    expect(await assignCase(reviewer, c.id, other.id)).toEqual({ handlerName: other.realName });
    expect((await db().case.findUniqueOrThrow({ where: { id: c.id } })).handlerId).toBe(other.id);
    expect(await refusedWith(assignCase(reviewer, c.id, reviewer.id))).toBe("caseAdmin.errors.notHandler");
    await assignCase(admin, c.id, reviewer.id);
    // Never to someone who is not staff.
    const nominator = await makeUser();
    expect(await refusedWith(assignCase(admin, c.id, nominator.id))).toBe("errors.invalid");
    // The administrator acts on a case another handles.
    await acceptCase(admin, c.id);
    expect(await statusOf(c.id)).toBe("ACCEPTED");
    expect(await db().auditLog.count({ where: { entityId: c.id, action: { in: ["case.take", "case.assign", "case.accept"] } } })).toBe(4);
  });

  test("nobody outside the staff reaches a move", async () => {
    const c = await makeCase({ kind: "REPORT" });
    const nominator = await makeUser();
    expect(await refusedWith(acceptCase(nominator, c.id))).toBe("authz:forbidden");
    expect(await refusedWith(acceptCase(null, c.id))).toBe("authz:unauthenticated");
    expect(await refusedWith(openCase(nominator, c.id))).toBe("authz:forbidden");
    expect(await refusedWith(listCases(nominator))).toBe("authz:forbidden");
  });
});

describe("the person a case is about never sees it", () => {
  test("a report naming a staff member: not listed, not counted, not opened, not moved, not exported, never assigned to them", async () => {
    const c = await makeCase({ kind: "REPORT", subjectName: subject.realName });
    const o = await makeCase({ kind: "OBJECTION", entryName: subject.realName });
    const listed = await listCases(subject, {});
    expect(listed.rows.map((r) => r.id)).not.toEqual(expect.arrayContaining([c.id]));
    expect(listed.rows.map((r) => r.id)).not.toContain(o.id);
    const everyone = await listCases(admin, {});
    expect(everyone.rows.map((r) => r.id)).toEqual(expect.arrayContaining([c.id, o.id]));
    expect((await caseCounts(admin)).open - (await caseCounts(subject)).open).toBeGreaterThanOrEqual(2);
    for (const id of [c.id, o.id]) {
      expect(await refusedWith(openCase(subject, id))).toBe("notFound");
      expect(await refusedWith(takeCase(subject, id))).toBe("notFound");
      expect(await refusedWith(acceptCase(subject, id))).toBe("notFound");
      expect(await refusedWith(noteOnCase(subject, id, "x"))).toBe("notFound");
      expect(await refusedWith(assignCase(admin, id, subject.id))).toBe("errors.invalid");
      expect((await openCase(admin, id)).assignees.map((s) => s.id)).not.toContain(subject.id);
    }
    const table = await exportCases(subject, {});
    expect(JSON.stringify(table.rows)).not.toContain(c.number);
    expect(JSON.stringify(table.rows)).not.toContain(o.number);
    expect(await db().auditLog.count({ where: { action: "case.open", entityId: { in: [c.id, o.id] }, actorId: subject.id } })).toBe(0);
  });
});

describe("the writer's identity", () => {
  test("hidden from a reviewer who does not handle the case, shown to the handler and administrators; every opening audited", async () => {
    const w = await writer();
    const c = await makeCase({ kind: "REPORT", writer: w, handlerId: reviewer.id });
    const seenBy = async (a: Actor) => {
      const v = await openCase(a, c.id);
      return { writer: v.writer?.realName ?? null, canSeeWriter: v.decisions.canSeeWriter, text: JSON.stringify(v) };
    };
    const byOther = await seenBy(other);
    expect(byOther.writer).toBeNull();
    expect(byOther.canSeeWriter).toBe(false);
    expect(byOther.text).not.toContain(w.realName);
    expect(byOther.text).not.toContain(w.phone);
    expect((await seenBy(reviewer)).writer).toBe(w.realName);
    expect((await seenBy(admin)).writer).toBe(w.realName);
    // An unassigned case: only administrators see who wrote it.
    const free = await makeCase({ kind: "TALK", writer: w });
    expect((await openCase(other, free.id)).writer).toBeNull();
    expect((await openCase(admin, free.id)).writer?.realName).toBe(w.realName);
    const opened = await db().auditLog.findMany({ where: { action: "case.open", entityId: c.id }, select: { actorId: true } });
    expect(opened.map((o) => o.actorId).sort()).toEqual([other.id, reviewer.id, admin.id].sort());
  });

  test("the thread carries staff-only notes for staff, with who wrote each reply and note", async () => {
    const c = await makeCase({ kind: "REPORT", handlerId: reviewer.id, status: "ACCEPTED" });
    await noteOnCase(reviewer, c.id, "内部意见一");
    await replyToCase(reviewer, c.id, "请补充证据材料。");
    const v = await openCase(admin, c.id);
    expect(v.messages.map((m) => [m.type, m.staffName])).toEqual([
      ["WRITER", null],
      ["NOTE", reviewer.realName],
      ["REPLY", reviewer.realName],
    ]);
  });
});

describe("the writer is told of each change of status, once, without the case's words", () => {
  test("a real-name report accepted, investigated and closed: one message per step, mails without the case's words", async () => {
    const w = await writer();
    const c = await makeCase({ kind: "REPORT", writer: w, title: "反映张某某跑官要官", body: "张某某多次宴请有关领导。" });
    const kinds = async () =>
      (await db().notification.findMany({ where: { userId: w.id }, orderBy: { createdAt: "asc" }, select: { kind: true } })).map(
        (n) => n.kind,
      );
    expect(await kinds()).toEqual(["case.received"]);
    await takeCase(reviewer, c.id);
    await noteOnCase(reviewer, c.id, "内部意见");
    expect(await kinds()).toEqual(["case.received"]);
    await acceptCase(reviewer, c.id);
    await startInvestigation(reviewer, c.id);
    await replyToCase(reviewer, c.id, "请补充证据。");
    await closeCase(reviewer, c.id, { outcomeText: "经核查，反映问题属实，已依规处理。" });
    // Each change of status once, and the reply the writer is to read (已有答复).
    expect(await kinds()).toEqual(["case.received", "case.accepted", "case.investigating", "case.answered", "case.closed"]);
    // The outbox: each message carries the address, and the worker renders the mail from it.
    expect(await db().notification.count({ where: { userId: w.id, mailTo: { not: null } } })).toBe(5);
    await renderNotificationMail(1000);
    const mails = await db().mailMessage.findMany({ where: { userId: w.id } });
    expect(mails).toHaveLength(5);
    for (const m of mails) {
      const text = `${m.subject}\n${m.text}\n${m.html}`;
      for (const word of ["张某某", "跑官要官", "宴请", "经核查", "补充证据", "钱某某", reviewer.realName])
        expect(text).not.toContain(word);
      // The number says which case it is; the rest are the catalog's words.
      expect(text).toContain(c.number);
      expect(m.subject).not.toMatch(/notify\./);
    }
  });

  test("an anonymous writer gets no messages (there is no one to send them to)", async () => {
    const c = await makeCase({ kind: "OBJECTION" });
    const before = await db().notification.count();
    await acceptCase(reviewer, c.id);
    expect(await db().notification.count()).toBe(before);
  });
});

describe("the job that closes settled 说心里话 letters", () => {
  test("closes a letter answered more than 15 days ago without follow-up, once, telling the writer; leaves the others", async () => {
    expect(JOBS.map((j) => j.name)).toContain("cases.talkSettled");
    const now = new Date("2027-01-20T02:00:00Z");
    const day = 86_400_000;
    const w = await writer();
    const settled = await makeCase({
      kind: "TALK",
      writer: w,
      status: "ANSWERED",
      handlerId: reviewer.id,
      answeredAt: new Date(now.getTime() - 16 * day),
    });
    const inWindow = await makeCase({
      kind: "TALK",
      status: "ANSWERED",
      handlerId: reviewer.id,
      answeredAt: new Date(now.getTime() - 14 * day),
    });
    // Followed up and answered again more than 15 days ago: no follow-up is left, so it is settled too.
    const followedUp = await makeCase({
      kind: "TALK",
      status: "ANSWERED",
      answeredAt: new Date(now.getTime() - 20 * day),
      followedUpAt: new Date(now.getTime() - 25 * day),
    });
    const accepted = await makeCase({ kind: "TALK", status: "ACCEPTED", handlerId: reviewer.id });
    const report = await makeCase({ kind: "REPORT", status: "INVESTIGATING", handlerId: reviewer.id });
    expect(await closeSettledTalkCases(now)).toBe(2);
    expect(await closeSettledTalkCases(now)).toBe(0);
    expect(await Promise.all([settled, inWindow, followedUp, accepted, report].map((c) => statusOf(c.id)))).toEqual([
      "CLOSED",
      "ANSWERED",
      "CLOSED",
      "ACCEPTED",
      "INVESTIGATING",
    ]);
    expect(await db().notification.count({ where: { userId: w.id, kind: "case.closed" } })).toBe(1);
    expect(await db().auditLog.count({ where: { action: "case.autoClose", entityId: settled.id } })).toBe(1);
  });
});

describe("overdue on working days", () => {
  test("a report filed before 国庆 is due after the holiday; overdue only the working day after its due day", async () => {
    // Filed Tuesday 29 September 2026; 1–7 October is the holiday, 10 October (Saturday) a working day.
    const filed = new Date("2026-09-29T03:00:00+08:00");
    setClock(filed);
    const c = await makeCase({ kind: "REPORT", at: filed, handlerId: reviewer.id });
    const row = await db().case.findUniqueOrThrow({ where: { id: c.id } });
    const due = formatDay(row.acceptDueOn);
    expect(due > "2026-10-07").toBe(true);
    const at = (day: string) => new Date(`${day}T10:00:00+08:00`);
    // During the holiday, 5 calendar days on: not overdue (no working days passed).
    const onHoliday = await listCases(reviewer, { overdue: true }, { now: at("2026-10-05") });
    expect(onHoliday.rows.map((r) => r.id)).not.toContain(c.id);
    const onDue = await listCases(reviewer, {}, { now: at(due) });
    expect(onDue.rows.find((r) => r.id === c.id)).toMatchObject({ overdue: false, dueDay: due });
    const after = new Date(row.acceptDueOn.getTime() + 86_400_000);
    const next = formatDay(after);
    const listed = await listCases(reviewer, { overdue: true }, { now: at(next) });
    expect(listed.rows.find((r) => r.id === c.id)).toMatchObject({ overdue: true });
    expect((await caseCounts(reviewer, { now: at(next) })).REPORT.overdue).toBeGreaterThanOrEqual(1);
    expect((await caseCounts(reviewer, { now: at(due) })).REPORT.overdue).toBe(0);
    // Accepted: the answer's due day applies from then on.
    await acceptCase(reviewer, c.id);
    expect((await listCases(reviewer, { overdue: true }, { now: at(next) })).rows.map((r) => r.id)).not.toContain(c.id);
  });
});

describe("the list", () => {
  test("filters by kind, status, handler and overdue; most urgent first puts the earliest due first", async () => {
    const mine = await makeCase({ kind: "TALK", handlerId: other.id, status: "ACCEPTED" });
    const free = await makeCase({ kind: "OBJECTION" });
    const closed = await makeCase({ kind: "REPORT", status: "CLOSED", handlerId: other.id });
    const ids = async (q: Parameters<typeof listCases>[1]) => (await listCases(other, q)).rows.map((r) => r.id);
    expect(await ids({ handler: "me" })).toEqual(expect.arrayContaining([mine.id, closed.id]));
    expect(await ids({ handler: "me" })).not.toContain(free.id);
    expect(await ids({ handler: "none" })).toContain(free.id);
    expect(await ids({ handler: "none" })).not.toContain(mine.id);
    expect(await ids({ handler: { staffId: other.id }, kind: "TALK" })).toEqual(expect.arrayContaining([mine.id]));
    expect(await ids({ kind: "OBJECTION" })).not.toContain(mine.id);
    expect(await ids({ status: "OPEN" })).not.toContain(closed.id);
    expect(await ids({ status: "OPEN" })).toEqual(expect.arrayContaining([mine.id, free.id]));
    const urgent = (await listCases(other, { sort: "urgent" })).rows;
    const closedAt = urgent.findIndex((r) => r.id === closed.id);
    // Every case still waiting on staff comes before a concluded one, earliest due day first.
    const dues = urgent.slice(0, closedAt).map((r) => r.dueDay ?? "9999");
    expect(dues).toEqual([...dues].sort());
    const row = (await listCases(other, { kind: "OBJECTION", handler: "none" })).rows.find((r) => r.id === free.id)!;
    expect(row).toMatchObject({ anonymous: true, handlerName: null, status: "PENDING" });
    expect(Object.keys(row)).not.toContain("writerId");
  });
});

describe("export", () => {
  test("the filtered list as .xlsx; the writer's name only for administrators; audited", async () => {
    const w = await writer();
    const c = await makeCase({ kind: "REPORT", writer: w, handlerId: reviewer.id, title: "导出测试事项" });
    const table = await exportCases(reviewer, { kind: "REPORT" });
    expect(table.headers).toEqual(["编号", "渠道", "类别", "标题", "状态", "提交时间（北京时间）", "办理时限", "承办人", "是否超期"]);
    const row = table.rows.find((r) => r[0] === c.number)!;
    expect(row.slice(1, 5)).toEqual(["监督举报", "跑官要官", "导出测试事项", "待受理"]);
    expect(row[7]).toBe(reviewer.realName);
    expect(row[8]).toBe("否");
    expect(JSON.stringify(table)).not.toContain(w.realName);
    const forAdmin = await exportCases(admin, { kind: "REPORT" });
    expect(forAdmin.headers.slice(-2)).toEqual(["来信人", "来信人单位"]);
    const adminRow = forAdmin.rows.find((r) => r[0] === c.number)!;
    expect(adminRow.slice(-2)).toEqual([w.realName, "舟山市测试局"]);
    const anonymous = await makeCase({ kind: "REPORT" });
    expect((await exportCases(admin, { kind: "REPORT" })).rows.find((r) => r[0] === anonymous.number)!.slice(-2)).toEqual(["匿名", ""]);
    // Real .xlsx.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderTable(forAdmin, "xlsx")) as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe("编号");
    expect(sheet.rowCount).toBe(forAdmin.rows.length + 1);
    const audits = await db().auditLog.findMany({ where: { action: "export.cases" }, select: { actorId: true, after: true } });
    expect(audits.map((a) => a.actorId)).toEqual(expect.arrayContaining([reviewer.id, admin.id]));
  });
});
