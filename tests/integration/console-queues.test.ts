// The console's queues on real rows: the registration queue opens on 待审核, oldest first, with
// each one's working days waited against the target; "下一条" after a decision (registrations
// and nominations); 批量退回 with one reason through the pipeline action (each applicant told
// once); the registration export (ID numbers masked, audited).
import "./support/action-mocks";
import ExcelJS from "exceljs";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { AuthzError } from "@/lib/auth/actor";
import { exportRegistrations, nextPendingRegistration, registrationQueue } from "@/lib/data/registration-queue";
import { nextPendingNomination } from "@/lib/data/nomination-queue";
import { approveUser, rejectUser } from "@/lib/data/accounts";
import { renderTable } from "@/lib/nominations/spreadsheet";
import { setCaller } from "./support/action-mocks";
import { lesserActors, makeUser } from "./support/users";
import { bulkRejectAction } from "@/app/[locale]/(admin)/admin/account-actions";

jest.setTimeout(120_000);

// Friday 2026-12-04 10:00 Beijing time.
const NOW = new Date("2026-12-04T02:00:00Z");
const bj = (day: string, hour = 10) => new Date(`${day}T${String(hour).padStart(2, "0")}:00:00+08:00`);

const form = (fields: Record<string, string | string[]>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) f.append(k, x);
  return f;
};

async function applicant(name: string, submitted: Date, status: "PENDING" | "APPROVED" | "REJECTED" = "PENDING") {
  const u = await makeUser({ status, realName: name });
  await db().user.update({ where: { id: u.id }, data: { createdAt: submitted } });
  return u;
}

let reviewer: Actor;
beforeAll(async () => {
  reviewer = await makeUser({ role: "REVIEWER", realName: "审核员乙" });
});

/** Leaves no pending registration behind (each test makes its own queue). */
async function clearQueue() {
  await db().user.updateMany({ where: { role: "NOMINATOR", status: "PENDING" }, data: { status: "APPROVED" } });
}

describe("the registration queue", () => {
  beforeEach(clearQueue);

  it("opens on 待审核, oldest first, with the working days waited and the overdue mark", async () => {
    const c = await applicant("丙三", bj("2026-12-03"));
    const a = await applicant("甲一", bj("2026-11-27")); // Friday: Mon–Fri = 5 working days, overdue
    const b = await applicant("乙二", bj("2026-12-01")); // Tuesday: Wed–Fri = 3, due today, not overdue
    await applicant("丁四", bj("2026-11-01"), "APPROVED");
    const q = await registrationQueue(reviewer, { now: NOW });
    expect(q.status).toBe("PENDING");
    expect(q.reviewDays).toBe(3);
    expect(q.rows.map((r) => [r.id, r.wait?.waitedDays, r.wait?.overdue, r.canApprove, r.canReject])).toEqual([
      [a.id, 5, true, true, true],
      [b.id, 3, false, true, true],
      [c.id, 1, false, true, true],
    ]);
    // Other statuses and 全部: newest first, no waiting time.
    const all = await registrationQueue(reviewer, { status: "ALL", now: NOW });
    expect(all.rows.find((r) => r.realName === "丁四")?.wait).toBeNull();
    expect(all.rows.find((r) => r.id === a.id)?.wait?.waitedDays).toBe(5);
    const approved = await registrationQueue(reviewer, { status: "APPROVED", now: NOW });
    expect(approved.rows.every((r) => r.status === "APPROVED" && r.wait === null)).toBe(true);
    // A search narrows the queue and keeps its order.
    expect((await registrationQueue(reviewer, { q: "乙二", now: NOW })).rows.map((r) => r.id)).toEqual([b.id]);
  });

  it("a resubmitted registration waits from its latest 已收到, not from when it first registered", async () => {
    const old = await applicant("戊五", bj("2026-10-01"));
    await db().notification.create({ data: { userId: old.id, kind: "account.received", createdAt: bj("2026-12-03") } });
    const mid = await applicant("己六", bj("2026-12-02"));
    const q = await registrationQueue(reviewer, { now: NOW });
    expect(q.rows.map((r) => [r.id, r.wait?.waitedDays])).toEqual([
      [mid.id, 2],
      [old.id, 1],
    ]);
  });

  it("is for staff only", async () => {
    for (const [, actor] of await lesserActors()) {
      await expect(registrationQueue(actor)).rejects.toBeInstanceOf(AuthzError);
      await expect(nextPendingRegistration(actor)).rejects.toBeInstanceOf(AuthzError);
      await expect(exportRegistrations(actor)).rejects.toBeInstanceOf(AuthzError);
    }
  });
});

describe("下一条 after a decision", () => {
  beforeEach(clearQueue);

  it("registrations: the next one in the queue's order, a decided one's place kept, wrapping, then none", async () => {
    const a = await applicant("甲一", bj("2026-11-27"));
    const b = await applicant("乙二", bj("2026-12-01"));
    const c = await applicant("丙三", bj("2026-12-03"));
    expect(await nextPendingRegistration(reviewer)).toBe(a.id);
    // Skipped (not decided): the one after it.
    expect(await nextPendingRegistration(reviewer, a.id)).toBe(b.id);
    // Decided: it has left the queue, and the next is still the one after its place.
    await approveUser(reviewer, b.id);
    expect(await nextPendingRegistration(reviewer, b.id)).toBe(c.id);
    // The last one: round to the oldest still waiting.
    expect(await nextPendingRegistration(reviewer, c.id)).toBe(a.id);
    await rejectUser(reviewer, a.id, "材料不全");
    await approveUser(reviewer, c.id);
    expect(await nextPendingRegistration(reviewer, c.id)).toBeNull();
  });

  it("nominations: the next undecided one of the same vacancy, earliest submitted first, then none", async () => {
    const nominator = await makeUser();
    const v = await db().vacancy.create({
      data: {
        post: "副局长",
        unit: "舟山市某局",
        level: "DEPUTY_DIVISION",
        headcount: 1,
        duties: "职责",
        qualifications: "条件",
        opensAt: bj("2026-11-01"),
        closesAt: bj("2026-11-30"),
        status: "PUBLISHED",
        publishedAt: bj("2026-11-01"),
      },
    });
    let seq = 0;
    const nom = async (vacancyId: string | null, status: string, submittedAt: Date) => {
      const c = await db().candidate.create({
        data: {
          name: `候选人${++seq}`,
          gender: "M",
          birthDate: new Date("1983-11-08T00:00:00Z"),
          workUnit: "某单位",
          currentPost: "科长",
          currentLevel: "SECTION",
          yearsAtLevel: 4,
          education: "BACHELOR",
        },
      });
      return db().nomination.create({
        data: {
          receiptNo: `Q-${Date.now()}-${seq}`,
          kind: vacancyId ? "TARGETED" : "OPEN",
          vacancyId,
          nominatorId: nominator.id,
          candidateId: c.id,
          relationship: "COLLEAGUE",
          reasonDe: "德",
          reasonNeng: "能",
          reasonQin: "勤",
          reasonJi: "绩",
          reasonLian: "廉",
          signedName: nominator.realName,
          status,
          submittedAt,
          expiresAt: new Date(submittedAt.getTime() + 365 * 86_400_000),
        },
      });
    };
    const n1 = await nom(v.id, "SUBMITTED", bj("2026-11-02"));
    const n2 = await nom(v.id, "ACCEPTED", bj("2026-11-03"));
    const n3 = await nom(v.id, "SUBMITTED", bj("2026-11-04"));
    const n4 = await nom(v.id, "SUBMITTED", bj("2026-11-05"));
    await nom(null, "SUBMITTED", bj("2026-11-03")); // the talent pool's: another queue
    expect(await nextPendingNomination(reviewer, n1.id, { now: NOW })).toEqual({ nextId: n3.id, vacancyId: v.id });
    // From a decided one, the next still waiting after it.
    expect(await nextPendingNomination(reviewer, n2.id, { now: NOW })).toEqual({ nextId: n3.id, vacancyId: v.id });
    // The last wraps round to the earliest.
    expect(await nextPendingNomination(reviewer, n4.id, { now: NOW })).toEqual({ nextId: n1.id, vacancyId: v.id });
    await db().nomination.updateMany({ where: { id: { in: [n1.id, n3.id] } }, data: { status: "ACCEPTED" } });
    expect(await nextPendingNomination(reviewer, n4.id, { now: NOW })).toEqual({ nextId: null, vacancyId: v.id });
    for (const [, actor] of await lesserActors()) {
      await expect(nextPendingNomination(actor, n4.id)).rejects.toBeInstanceOf(AuthzError);
    }
  });
});

describe("批量退回 with one reason", () => {
  beforeEach(clearQueue);

  it("sends back every ticked pending registration, each applicant told once with the reason; others skipped", async () => {
    const a = await applicant("甲一", bj("2026-11-27"));
    const b = await applicant("乙二", bj("2026-12-01"));
    const done = await applicant("丙三", bj("2026-12-01"), "APPROVED");
    const untouched = await applicant("丁四", bj("2026-12-02"));
    setCaller(reviewer);
    const r = await bulkRejectAction({}, form({ ids: [a.id, b.id, done.id, a.id], reason: "身份证号码与姓名不一致，请核对后重新提交。" }));
    expect(r).toMatchObject({ ok: true, message: "consoleQueue.bulkRejected", count: 2 });
    const users = await db().user.findMany({
      where: { id: { in: [a.id, b.id, done.id, untouched.id] } },
      select: { id: true, status: true, reviewNote: true },
    });
    const byId = new Map(users.map((u) => [u.id, u]));
    expect(byId.get(a.id)).toMatchObject({ status: "REJECTED", reviewNote: "身份证号码与姓名不一致，请核对后重新提交。" });
    expect(byId.get(b.id)).toMatchObject({ status: "REJECTED" });
    expect(byId.get(done.id)?.status).toBe("APPROVED");
    expect(byId.get(untouched.id)?.status).toBe("PENDING");
    for (const id of [a.id, b.id]) {
      const told = await db().notification.findMany({ where: { userId: id, kind: "account.rejected" } });
      expect(told).toHaveLength(1);
      expect(JSON.parse(told[0].params)).toEqual({ reason: "身份证号码与姓名不一致，请核对后重新提交。" });
    }
    expect(await db().notification.count({ where: { userId: done.id, kind: "account.rejected" } })).toBe(0);
    expect(await db().auditLog.count({ where: { action: "account.reject", entityId: { in: [a.id, b.id] } } })).toBe(2);
  });

  it("refuses without a reason, without a selection, and for anyone but staff", async () => {
    const a = await applicant("甲一", bj("2026-11-27"));
    setCaller(reviewer);
    expect(await bulkRejectAction({}, form({ ids: [a.id], reason: "  " }))).toMatchObject({ errors: { reason: ["errors.required"] } });
    expect(await bulkRejectAction({}, form({ reason: "材料不全" }))).toMatchObject({ message: "consoleQueue.errors.noneSelected" });
    for (const [, actor] of await lesserActors()) {
      setCaller(actor);
      const r = await bulkRejectAction({}, form({ ids: [a.id], reason: "材料不全" }));
      expect(r.ok).toBeFalsy();
      expect(r.message).toMatch(/^errors\.auth\./);
    }
    expect((await db().user.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("PENDING");
  });
});

describe("the registration export", () => {
  beforeEach(clearQueue);

  it("the queue as on its page, ID numbers masked, and the export audited", async () => {
    const a = await applicant("甲一", bj("2026-11-27"));
    const b = await applicant("乙二", bj("2026-12-01"));
    const table = await exportRegistrations(reviewer, { now: NOW });
    expect(table.title).toBe("注册申请（待审核）");
    expect(table.headers).toEqual([
      "姓名",
      "身份证号码（部分隐去）",
      "性别",
      "手机号码",
      "工作单位",
      "职务",
      "政治面貌",
      "提交时间",
      "状态",
      "已等待工作日",
      "是否超时",
      "审核意见",
    ]);
    expect(table.rows.map((r) => [r[0], r[7], r[8], r[9], r[10]])).toEqual([
      ["甲一", "2026-11-27 10:00", "待审核", 5, "是"],
      ["乙二", "2026-12-01 10:00", "待审核", 3, "否"],
    ]);
    // Never an ID number in clear: the masked form only, and no cell holds the full number.
    for (const [u, row] of [
      [a, table.rows[0]],
      [b, table.rows[1]],
    ] as const) {
      expect(row[1]).toMatch(/\*{4,}/);
      expect(row.some((cell) => String(cell).includes(u.idNumber))).toBe(false);
    }
    // It opens as a spreadsheet with the same rows.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderTable(table, "xlsx")) as unknown as ArrayBuffer);
    expect(wb.worksheets[0].getRow(2).getCell(1).value).toBe("甲一");
    const audit = await db().auditLog.findFirst({
      where: { action: "export.registrations", actorId: reviewer.id },
      orderBy: { id: "desc" },
    });
    expect(audit).not.toBeNull();
  });

  it("全部 and a search are exported as filtered", async () => {
    await applicant("甲一", bj("2026-11-27"));
    await applicant("庚七", bj("2026-12-01"), "REJECTED");
    const all = await exportRegistrations(reviewer, { status: "ALL", q: "庚七", now: NOW });
    expect(all.title).toBe("注册申请（全部）");
    expect(all.rows.map((r) => [r[0], r[8], r[9]])).toEqual([["庚七", "未通过", null]]);
  });
});
