// Issue 10: the case engine on a real database (SQLite here, PostgreSQL in integration-pg).
// Numbers under concurrency, the daily caps under 50 concurrent submissions, the same text
// twice a day, moves through the machine with the optimistic status check, and a rolled-back
// filing that leaves nothing behind (no case, no number taken, no slot, no notification).
import { db } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/data/errors";
import { caseIdByQueryCode, fileCase, moveCase, type FileCaseInput } from "@/lib/data/cases/engine";
import { loadWorkCalendar } from "@/lib/data/holidays";
import { TransitionError } from "@/lib/state/machine";
import type { CaseKind } from "@/lib/state/case";
import { makeUser } from "./nominations-fixtures";

jest.setTimeout(180_000);

const bj = (local: string) => new Date(`${local}+08:00`);

let seq = 0;
function input(writer: Actor | null, over: Partial<FileCaseInput> = {}): FileCaseInput {
  seq++;
  return {
    kind: "REPORT",
    writer,
    address: `198.51.100.${seq % 250}`,
    category: "SEEKING_OFFICE",
    title: "反映某局干部跑官要官问题",
    body: `某局副局长多次向上级领导请托，要求提拔（第 ${seq} 件）。`,
    subjectName: "王某某",
    ...over,
  };
}

async function file(i: FileCaseInput, now: Date) {
  return transaction(async (tx) => fileCase(tx, i, await loadWorkCalendar(tx), now));
}

type Outcome = { ok: true; number: string } | { ok: false; key: string };
async function settle(ps: Promise<{ number: string }>[]): Promise<Outcome[]> {
  return (await Promise.allSettled(ps)).map((r) => {
    if (r.status === "fulfilled") return { ok: true, number: r.value.number };
    if (r.reason instanceof DomainError) return { ok: false, key: r.reason.messageKey };
    throw r.reason;
  });
}
const accepted = (os: Outcome[]) => os.filter((o): o is { ok: true; number: string } => o.ok);
const refusedKeys = (os: Outcome[]) => new Set(os.filter((o): o is { ok: false; key: string } => !o.ok).map((o) => o.key));

const ENV = ["OPENSELECT_LIMIT_CASES_PER_DAY"];
const saved = Object.fromEntries(ENV.map((k) => [k, process.env[k]]));
afterEach(() => {
  for (const k of ENV) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
});

describe("case numbers", () => {
  test("20 concurrent filings of one kind on one day get 0001 … 0020, no two alike", async () => {
    const now = bj("2026-11-10T10:00:00");
    const outcomes = await settle(Array.from({ length: 20 }, () => file(input(null, { kind: "TALK" }), now)));
    const numbers = accepted(outcomes)
      .map((o) => o.number)
      .sort();
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => `XL20261110-${String(i + 1).padStart(4, "0")}`));
    expect(await db().caseCounter.findUnique({ where: { key: "XL20261110" } })).toEqual({ key: "XL20261110", value: 20 });
  });

  test("each kind and each Beijing day has its own sequence", async () => {
    const late = bj("2026-11-11T23:59:59");
    const next = bj("2026-11-12T00:00:00");
    expect((await file(input(null, { kind: "OBJECTION" }), late)).number).toBe("FY20261111-0001");
    expect((await file(input(null, { kind: "REPORT" }), late)).number).toBe("JB20261111-0001");
    expect((await file(input(null, { kind: "REPORT" }), late)).number).toBe("JB20261111-0002");
    expect((await file(input(null, { kind: "REPORT" }), next)).number).toBe("JB20261112-0001");
  });
});

describe("daily caps under 50 concurrent submissions", () => {
  test("per account: exactly the cap accepted (OPENSELECT_LIMIT_CASES_PER_DAY = 7)", async () => {
    process.env.OPENSELECT_LIMIT_CASES_PER_DAY = "7";
    const writer = await makeUser();
    const now = bj("2026-11-16T09:00:00");
    // Each from another address: the account is what is capped.
    const outcomes = await settle(Array.from({ length: 50 }, (_, i) => file(input(writer, { address: `192.0.2.${i + 1}` }), now)));
    expect(accepted(outcomes)).toHaveLength(7);
    expect(refusedKeys(outcomes)).toEqual(new Set(["errors.rateLimit.cases"]));
    expect(await db().case.count({ where: { writerId: writer.id } })).toBe(7);
    expect(await db().notification.count({ where: { userId: writer.id, kind: "case.received" } })).toBe(7);
    // Another account is not affected; the next Beijing day the writer may file again.
    await expect(file(input(await makeUser()), now)).resolves.toHaveProperty("number");
    await expect(file(input(writer), bj("2026-11-17T00:00:00"))).resolves.toHaveProperty("number");
  });

  test("per address for anonymous writers: exactly the default 5 accepted", async () => {
    const now = bj("2026-11-16T09:00:00");
    const address = "203.0.113.77";
    const outcomes = await settle(Array.from({ length: 50 }, () => file(input(null, { address }), now)));
    expect(accepted(outcomes)).toHaveLength(5);
    expect(refusedKeys(outcomes)).toEqual(new Set(["errors.rateLimit.cases"]));
    expect(await db().rateEvent.count({ where: { key: `case:ip:${address}` } })).toBe(5);
    // Another address is not affected.
    await expect(file(input(null, { address: "203.0.113.78" }), now)).resolves.toHaveProperty("queryCode");
  });
});

describe("the same text twice in a Beijing day", () => {
  test("is refused from the same writer (spacing aside), accepted from another, and again the next day", async () => {
    const writer = await makeUser();
    const body = "某局在干部选拔中存在说情打招呼问题，请组织核查。";
    const day = bj("2026-11-20T08:00:00");
    await file(input(writer, { body }), day);
    const again = file(input(writer, { body: ` 某局在干部选拔中 存在说情打招呼问题，\n请组织核查。 ` }), bj("2026-11-20T23:59:59"));
    await expect(again).rejects.toMatchObject({ messageKey: "cases.errors.duplicate", fieldErrors: { body: ["cases.errors.duplicate"] } });
    // Another writer may send the same words; so may the same writer in another channel.
    await expect(file(input(await makeUser(), { body }), day)).resolves.toHaveProperty("number");
    await expect(file(input(writer, { body, kind: "TALK" }), day)).resolves.toHaveProperty("number");
    // The next Beijing day it is accepted again.
    await expect(file(input(writer, { body }), bj("2026-11-21T00:00:00"))).resolves.toHaveProperty("number");
  });

  test("10 concurrent copies of one text from one writer: exactly one accepted", async () => {
    const writer = await makeUser();
    const body = "同一内容同时提交十次。";
    const outcomes = await settle(Array.from({ length: 10 }, () => file(input(writer, { body }), bj("2026-11-22T10:00:00"))));
    expect(accepted(outcomes)).toHaveLength(1);
    expect(refusedKeys(outcomes)).toEqual(new Set(["cases.errors.duplicate"]));
  });

  test("a refused repeat uses none of the day's allowance", async () => {
    process.env.OPENSELECT_LIMIT_CASES_PER_DAY = "2";
    const writer = await makeUser();
    const day = bj("2026-11-23T10:00:00");
    const body = "重复的内容。";
    await file(input(writer, { body }), day);
    for (let i = 0; i < 3; i++)
      await expect(file(input(writer, { body }), day)).rejects.toMatchObject({ messageKey: "cases.errors.duplicate" });
    await expect(file(input(writer), day)).resolves.toHaveProperty("number");
    await expect(file(input(writer), day)).rejects.toMatchObject({ messageKey: "errors.rateLimit.cases" });
  });

  test("anonymous: the same text from the same address is refused", async () => {
    const day = bj("2026-11-24T10:00:00");
    const body = "匿名反映：某单位违规用人。";
    await file(input(null, { body, address: "192.0.2.200" }), day);
    await expect(file(input(null, { body, address: "192.0.2.200" }), day)).rejects.toMatchObject({ messageKey: "cases.errors.duplicate" });
    await expect(file(input(null, { body, address: "192.0.2.201" }), day)).resolves.toHaveProperty("number");
  });
});

describe("filing", () => {
  test("sets due days, the first message, the audit entry and the writer's notice (no words of the case in either)", async () => {
    const writer = await makeUser();
    const filed = await file(input(writer, { body: "机密内容：某某收受财物。" }), bj("2026-09-30T10:00:00"));
    expect(filed.queryCode).toBeNull();
    const c = await db().case.findUniqueOrThrow({ where: { id: filed.id }, include: { messages: true } });
    expect(c).toMatchObject({ status: "PENDING", writerId: writer.id, anonymous: false, queryCodeHash: null });
    expect(c.acceptDueOn.toISOString().slice(0, 10)).toBe("2026-10-13");
    expect(c.answerDueOn?.toISOString().slice(0, 10)).toBe("2026-10-27");
    expect(c.messages).toEqual([expect.objectContaining({ type: "WRITER", authorId: writer.id, body: "机密内容：某某收受财物。" })]);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "case.file", entityId: filed.id } });
    const notice = await db().notification.findFirstOrThrow({ where: { userId: writer.id, kind: "case.received" } });
    for (const text of [audit.after ?? "", notice.params]) {
      expect(text).not.toContain("某某收受财物");
      expect(text).not.toContain("王某某");
    }
    expect(notice.link).toBe(`/account/cases/${filed.id}`);
  });

  test("an anonymous case gets a 查询码 stored only as a keyed hash, found again however it is typed", async () => {
    const filed = await file(input(null), bj("2026-11-25T10:00:00"));
    const code = filed.queryCode!;
    const row = await db().case.findUniqueOrThrow({ where: { id: filed.id } });
    expect(row.anonymous).toBe(true);
    expect(row.queryCodeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(code.replaceAll("-", ""));
    await transaction(async (tx) => {
      expect(await caseIdByQueryCode(tx, code)).toBe(filed.id);
      expect(await caseIdByQueryCode(tx, code.toLowerCase().replaceAll("-", " "))).toBe(filed.id);
      const wrong = code.slice(0, -1) + (code.endsWith("0") ? "1" : "0");
      expect(await caseIdByQueryCode(tx, wrong)).toBeNull();
      expect(await caseIdByQueryCode(tx, "not a code")).toBeNull();
    });
  });

  test("a rolled-back filing leaves no case, takes no number and no slot, and tells no one", async () => {
    const writer = await makeUser();
    const now = bj("2026-11-26T10:00:00");
    const key = "JB20261126";
    const before = { cases: await db().case.count(), audits: await db().auditLog.count({ where: { action: "case.file" } }) };
    await expect(
      transaction(async (tx) => {
        await fileCase(tx, input(writer), await loadWorkCalendar(tx), now);
        throw new Error("something after the filing failed");
      }),
    ).rejects.toThrow("something after the filing failed");
    expect(await db().case.count()).toBe(before.cases);
    expect(await db().caseCounter.findUnique({ where: { key } })).toBeNull();
    expect(await db().rateEvent.count({ where: { key: `case:user:${writer.id}` } })).toBe(0);
    expect(await db().notification.count({ where: { userId: writer.id } })).toBe(0);
    expect(await db().auditLog.count({ where: { action: "case.file" } })).toBe(before.audits);
    // The next filing takes the first number of the day.
    expect((await file(input(writer), now)).number).toBe(`${key}-0001`);
  });
});

describe("moveCase", () => {
  async function filedCase(kind: CaseKind, writer: Actor | null) {
    const f = await file(input(writer, { kind }), new Date());
    return db().case.findUniqueOrThrow({
      where: { id: f.id },
      select: { id: true, kind: true, number: true, status: true, writerId: true },
    });
  }

  test("moves along the machine, stamps the step, records the thread entry and tells the writer", async () => {
    const writer = await makeUser();
    const staff = await makeUser({ role: "REVIEWER" });
    const c = await filedCase("REPORT", writer);
    const t = new Date();
    await transaction((tx) =>
      moveCase(
        tx,
        c,
        { actor: staff, to: "ACCEPTED", action: "case.accept", patch: { handlerId: staff.id }, message: { type: "NOTE", body: "转核查" } },
        t,
      ),
    );
    const row = await db().case.findUniqueOrThrow({ where: { id: c.id }, include: { messages: { orderBy: { createdAt: "asc" } } } });
    expect(row).toMatchObject({ status: "ACCEPTED", handlerId: staff.id, acceptedAt: t });
    expect(row.messages.map((m) => m.type)).toEqual(["WRITER", "NOTE"]);
    expect(await db().notification.count({ where: { userId: writer.id, kind: "case.accepted" } })).toBe(1);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "case.accept", entityId: c.id } });
    expect(audit.actorId).toBe(staff.id);
    expect(audit.after).not.toContain("转核查");
  });

  test("refuses a move the kind's machine does not allow, and changes nothing", async () => {
    const staff = await makeUser({ role: "REVIEWER" });
    const talk = await filedCase("TALK", await makeUser());
    const report = await filedCase("REPORT", null);
    for (const [c, to] of [
      [talk, "DISMISSED"],
      [talk, "CLOSED"],
      [report, "ANSWERED"],
      [report, "INVESTIGATING"],
    ] as const) {
      await expect(transaction((tx) => moveCase(tx, c, { actor: staff, to, action: "case.x" }, new Date()))).rejects.toThrow(
        TransitionError,
      );
      expect((await db().case.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("PENDING");
    }
    expect(await db().auditLog.count({ where: { action: "case.x" } })).toBe(0);
  });

  test("a move from a status read before someone else's move is refused as stale", async () => {
    const staff = await makeUser({ role: "REVIEWER" });
    const c = await filedCase("REPORT", null);
    await transaction((tx) => moveCase(tx, c, { actor: staff, to: "DISMISSED", action: "case.dismiss" }, new Date()));
    // The same old reading (PENDING): the machine allows PENDING → ACCEPTED, the row says otherwise.
    await expect(
      transaction((tx) => moveCase(tx, c, { actor: staff, to: "ACCEPTED", action: "case.accept" }, new Date())),
    ).rejects.toMatchObject({
      messageKey: "cases.errors.stale",
    });
    expect((await db().case.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("DISMISSED");
  });

  test("two concurrent moves from one status: exactly one wins, the other is stale and writes nothing", async () => {
    const writer = await makeUser();
    const [a, b] = [await makeUser({ role: "REVIEWER" }), await makeUser({ role: "ADMIN" })];
    const c = await filedCase("OBJECTION", writer);
    const outcomes = await Promise.allSettled([
      transaction((tx) =>
        moveCase(tx, c, { actor: a, to: "ACCEPTED", action: "case.accept", message: { type: "NOTE", body: "甲" } }, new Date()),
      ),
      transaction((tx) =>
        moveCase(tx, c, { actor: b, to: "DISMISSED", action: "case.dismiss", message: { type: "REPLY", body: "乙" } }, new Date()),
      ),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const lost = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect(lost.reason).toMatchObject({ messageKey: "cases.errors.stale" });
    const row = await db().case.findUniqueOrThrow({ where: { id: c.id }, include: { messages: true } });
    expect(row.messages).toHaveLength(2);
    expect(await db().notification.count({ where: { userId: writer.id, kind: { in: ["case.accepted", "case.dismissed"] } } })).toBe(1);
  });

  test("an anonymous writer is told nothing by notification (they follow by 查询码)", async () => {
    const staff = await makeUser({ role: "REVIEWER" });
    const c = await filedCase("REPORT", null);
    const before = await db().notification.count();
    await transaction((tx) => moveCase(tx, c, { actor: staff, to: "ACCEPTED", action: "case.accept" }, new Date()));
    expect(await db().notification.count()).toBe(before);
  });
});
