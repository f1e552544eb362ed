// Submitting nominations against a real database: who may, when (to the second), signing,
// the cap and duplicate rules, self-nomination, candidate matching, pre-check flags, audit.
import { db } from "@/lib/db/client";
import { AuthzError } from "@/lib/auth/actor";
import { DomainError, NotFoundError } from "@/lib/data/errors";
import { listMyNominations, submitNomination, withdrawNomination } from "@/lib/data/nominations";
import { resetClock, setClock } from "@/lib/calendar/clock";
import { makeUser, makeVacancy, open, selfTargeted, targeted } from "./nominations-fixtures";

afterEach(() => resetClock());

const T0 = new Date("2026-03-02T01:00:00.000Z"); // 09:00 in Shanghai
const T1 = new Date("2026-03-09T09:30:00.000Z"); // 17:30 in Shanghai

async function expectDomain(p: Promise<unknown>, key: string) {
  await expect(p).rejects.toBeInstanceOf(DomainError);
  await p.catch((e: DomainError) => expect(e.messageKey).toBe(key));
}

describe("the window, to the second", () => {
  test("one second before opening is refused, at opening is accepted", async () => {
    const actor = await makeUser();
    const v = await makeVacancy({ opensAt: T0, closesAt: T1 });
    await expectDomain(
      submitNomination(actor, targeted(actor, v.id), { now: new Date(T0.getTime() - 1000) }),
      "nominations.errors.notYetOpen",
    );
    const ok = await submitNomination(actor, targeted(actor, v.id), { now: T0 });
    expect(ok.receiptNo).toMatch(/^D20260302-/);
  });

  test("one second before closing is accepted, at closing is refused (injected clock)", async () => {
    const a = await makeUser();
    const b = await makeUser();
    const v = await makeVacancy({ opensAt: T0, closesAt: T1 });
    setClock(new Date(T1.getTime() - 1000));
    await expect(submitNomination(a, targeted(a, v.id))).resolves.toHaveProperty("id");
    setClock(T1);
    await expectDomain(submitNomination(b, targeted(b, v.id)), "nominations.errors.windowClosed");
    expect(await db().nomination.count({ where: { vacancyId: v.id } })).toBe(1);
  });

  test("a vacancy that is not published takes no nominations", async () => {
    const a = await makeUser();
    const cancelled = await makeVacancy({ status: "CANCELLED" });
    await expectDomain(submitNomination(a, targeted(a, cancelled.id)), "nominations.errors.vacancyUnavailable");
    const draft = await makeVacancy({ status: "DRAFT" });
    await expect(submitNomination(a, targeted(a, draft.id))).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("who may nominate", () => {
  test.each(["PENDING", "REJECTED", "SUSPENDED"])("a %s account is refused and nothing is written", async (status) => {
    const actor = await makeUser({ status });
    const v = await makeVacancy();
    await expect(submitNomination(actor, targeted(actor, v.id))).rejects.toBeInstanceOf(AuthzError);
    await expect(submitNomination(actor, open(actor))).rejects.toBeInstanceOf(AuthzError);
    expect(await db().nomination.count({ where: { nominatorId: actor.id } })).toBe(0);
  });

  test("an account suspended after its session began is refused (status read fresh)", async () => {
    const actor = await makeUser();
    await db().user.update({ where: { id: actor.id }, data: { status: "SUSPENDED" } });
    const v = await makeVacancy();
    await expect(submitNomination(actor, targeted(actor, v.id))).rejects.toMatchObject({ code: "notApproved" });
  });

  test("no actor at all is refused", async () => {
    const v = await makeVacancy();
    await expect(
      submitNomination(null, targeted({ id: "x", realName: "x", role: "NOMINATOR", status: "APPROVED" }, v.id)),
    ).rejects.toMatchObject({ code: "unauthenticated" });
  });
});

describe("signing 谁推荐、谁负责", () => {
  test("a signature other than the account's real name is refused as a field error", async () => {
    const actor = await makeUser({ realName: "张伟" });
    const v = await makeVacancy();
    const input = { ...targeted(actor, v.id), signature: "张 三" };
    const err = await submitNomination(actor, input).catch((e) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect(err.fieldErrors).toEqual({ signature: ["nominations.errors.signature"] });
    expect(await db().nomination.count({ where: { nominatorId: actor.id } })).toBe(0);
  });

  test("the recorded signature is the account's name (spacing typed around it is ignored)", async () => {
    const actor = await makeUser({ realName: "张伟" });
    const v = await makeVacancy();
    const { id } = await submitNomination(actor, { ...targeted(actor, v.id), signature: " 张 伟 " });
    expect((await db().nomination.findUniqueOrThrow({ where: { id } })).signedName).toBe("张伟");
  });
});

describe("cap and duplicates", () => {
  test("the same person twice for the same vacancy is refused; another vacancy is fine", async () => {
    const actor = await makeUser();
    const v = await makeVacancy({ maxPerNominator: 3 });
    const w = await makeVacancy({ maxPerNominator: 3 });
    await submitNomination(actor, targeted(actor, v.id));
    // Same person typed slightly differently (full-width space, spaces in the unit) is the same person.
    await expectDomain(
      submitNomination(actor, targeted(actor, v.id, { name: "贺　恩盛", workUnit: "舟山市 普陀区 农林水利局" })),
      "nominations.errors.duplicate",
    );
    await expect(submitNomination(actor, targeted(actor, w.id))).resolves.toHaveProperty("id");
  });

  test("at most maxPerNominator distinct candidates; withdrawing frees a slot", async () => {
    const actor = await makeUser();
    const v = await makeVacancy({ maxPerNominator: 2 });
    const first = await submitNomination(actor, targeted(actor, v.id, { name: "甲一" }));
    await submitNomination(actor, targeted(actor, v.id, { name: "乙二" }));
    await expectDomain(submitNomination(actor, targeted(actor, v.id, { name: "丙三" })), "nominations.errors.capReached");
    await withdrawNomination(actor, first.id);
    await expect(submitNomination(actor, targeted(actor, v.id, { name: "丙三" }))).resolves.toHaveProperty("id");
    // After withdrawing, the same person may be named again (the key was released).
    await expectDomain(submitNomination(actor, targeted(actor, v.id, { name: "甲一" })), "nominations.errors.capReached");
  });

  test("different nominators may name the same person: one candidate record", async () => {
    const a = await makeUser();
    const b = await makeUser();
    const v = await makeVacancy();
    const x = await submitNomination(a, targeted(a, v.id));
    const y = await submitNomination(b, targeted(b, v.id, { workUnit: "舟山市普陀区农林水利局 " }));
    const [nx, ny] = await Promise.all([x, y].map((r) => db().nomination.findUniqueOrThrow({ where: { id: r.id } })));
    expect(nx.candidateId).toBe(ny.candidateId);
    expect(await db().candidate.count({ where: { name: "贺恩盛", nominations: { some: { vacancyId: v.id } } } })).toBe(1);
  });

  test("the person's record takes the latest post and rank stated; the same again leaves the row as it is", async () => {
    const [a, b, c] = await Promise.all([makeUser(), makeUser(), makeUser()]);
    const v = await makeVacancy();
    const name = "钱立新";
    const first = await submitNomination(a, targeted(a, v.id, { name }));
    const { candidateId } = await db().nomination.findUniqueOrThrow({ where: { id: first.id } });
    await submitNomination(b, targeted(b, v.id, { name, currentLevel: "DIVISION", yearsAtLevel: 5 }));
    const promoted = await db().candidate.findUniqueOrThrow({ where: { id: candidateId } });
    expect([promoted.currentLevel, promoted.yearsAtLevel]).toEqual(["DIVISION", 5]);
    await submitNomination(c, targeted(c, v.id, { name, currentLevel: "DIVISION", yearsAtLevel: 5 }));
    const same = await db().candidate.findUniqueOrThrow({ where: { id: candidateId } });
    expect([same.currentLevel, same.yearsAtLevel, same.updatedAt]).toEqual(["DIVISION", 5, promoted.updatedAt]);
  });
});

describe("non-targeted and self", () => {
  test("a non-targeted nomination enters the pool for one year, any time, without a vacancy", async () => {
    const actor = await makeUser();
    const at = new Date("2027-07-01T02:00:00Z");
    const { id, receiptNo } = await submitNomination(actor, open(actor), { now: at });
    const n = await db().nomination.findUniqueOrThrow({ where: { id } });
    expect(receiptNo).toMatch(/^F20270701-/);
    expect(n.kind).toBe("OPEN");
    expect(n.vacancyId).toBeNull();
    expect(n.suitableField).toBe("MARINE_PORT");
    expect(n.expiresAt?.toISOString()).toBe("2028-07-01T02:00:00.000Z");
    expect(n.slotKey).toBeNull();
    // The same person again while the first is live: refused.
    await expectDomain(submitNomination(actor, open(actor), { now: at }), "nominations.errors.duplicate");
    // A year later the first has expired and the person may be recommended again.
    const later = await submitNomination(actor, open(actor), { now: new Date("2028-07-01T02:00:00Z") });
    expect(later.receiptNo).toMatch(/^F20280701-/);
    expect((await db().nomination.findUniqueOrThrow({ where: { id } })).status).toBe("EXPIRED");
  });

  test("self-nomination takes name, gender and birth date from the verified account", async () => {
    const actor = await makeUser({ realName: "王海波", birthDate: new Date(Date.UTC(1980, 1, 3)), gender: "M" });
    const v = await makeVacancy();
    const { id } = await submitNomination(actor, selfTargeted(actor, v.id));
    const n = await db().nomination.findUniqueOrThrow({ where: { id }, include: { candidate: true } });
    expect(n.isSelf).toBe(true);
    expect(n.relationship).toBe("SELF");
    expect(n.candidate.name).toBe("王海波");
    expect(n.candidate.birthDate.toISOString()).toBe("1980-02-03T00:00:00.000Z");
    expect(n.candidate.userId).toBe(actor.id);
  });
});

describe("pre-check flags and audit", () => {
  test("failed conditions are stored as flags, and the nomination is still accepted", async () => {
    const actor = await makeUser();
    const v = await makeVacancy({
      opensAt: T0,
      closesAt: T1,
      maxAge: 40,
      minEducation: "MASTER",
      requiredLevel: "SECTION",
      minYearsAtLevel: 3,
    });
    const at = new Date("2026-03-05T04:00:00Z");
    const r = await submitNomination(
      actor,
      targeted(actor, v.id, { birthDate: new Date(Date.UTC(1980, 0, 1)), education: "BACHELOR", yearsAtLevel: 2 }),
      { now: at },
    );
    expect(r.flags.map((f) => f.code)).toEqual(["maxAge", "minEducation", "minYearsAtLevel"]);
    const row = await db().nomination.findUniqueOrThrow({ where: { id: r.id } });
    expect(JSON.parse(row.flags)).toEqual(r.flags);
  });

  test("every submission writes an audit entry in the same transaction; a refused one writes none", async () => {
    const actor = await makeUser();
    const v = await makeVacancy();
    const before = await db().auditLog.count({ where: { action: "nomination.submit" } });
    const { id } = await submitNomination(actor, targeted(actor, v.id));
    await submitNomination(actor, targeted(actor, v.id)).catch(() => undefined);
    const entries = await db().auditLog.findMany({ where: { action: "nomination.submit" } });
    expect(entries.length).toBe(before + 1);
    expect(entries.at(-1)).toMatchObject({ actorId: actor.id, entityType: "Nomination", entityId: id });
  });
});

describe("我的推荐", () => {
  test("lists own nominations with status, receipt and what may still be done", async () => {
    const actor = await makeUser();
    const other = await makeUser();
    const v = await makeVacancy({ opensAt: T0, closesAt: T1 });
    const at = new Date(T0.getTime() + 3600_000);
    const t = await submitNomination(actor, targeted(actor, v.id), { now: at });
    await submitNomination(actor, open(actor, { name: "李海燕", gender: "F" }), { now: at });
    await submitNomination(other, targeted(other, v.id), { now: at });
    const mine = await listMyNominations(actor, { now: at });
    expect(mine.total).toBe(2);
    expect(mine.rows.map((r) => r.kind).sort()).toEqual(["OPEN", "TARGETED"]);
    expect(mine.rows.every((r) => r.status === "SUBMITTED" && r.canWithdraw)).toBe(true);
    const afterClose = await listMyNominations(actor, { now: T1 });
    expect(afterClose.rows.find((r) => r.id === t.id)?.canWithdraw).toBe(false);
    const yearLater = await listMyNominations(actor, { now: new Date(at.getTime() + 366 * 86_400_000) });
    expect(yearLater.rows.find((r) => r.kind === "OPEN")?.status).toBe("EXPIRED");
  });
});
