// Issue 8, hole 7: write limits kept in the database (RateEvent), so every instance shares
// them. Registration per client address per hour; nominations per account per Beijing
// calendar day (non-targeted ones under a tighter cap). Concurrent attempts must not slip
// past a limit: the count and the insert happen under one lock per key.
import { db } from "@/lib/db/client";
import * as accounts from "@/lib/data/accounts";
import { DomainError } from "@/lib/data/errors";
import { submitNomination } from "@/lib/data/nominations";
import { sweepRateEvents, takeSlot, windowStart } from "@/lib/data/rate-limits";
import { transaction } from "@/lib/db/tx";
import { registrationSchema } from "@/lib/validation/account";
import { makeUser, makeVacancy, open, targeted } from "./nominations-fixtures";
import { uniquePhone, validId } from "./support/users";

jest.setTimeout(180_000);

type Outcome = { ok: true } | { ok: false; key: string };

async function settle(ps: Promise<unknown>[]): Promise<Outcome[]> {
  const results = await Promise.allSettled(ps);
  return results.map((r) => {
    if (r.status === "fulfilled") return { ok: true };
    if (r.reason instanceof DomainError) return { ok: false, key: r.reason.messageKey };
    throw r.reason;
  });
}

const succeeded = (os: Outcome[]) => os.filter((o) => o.ok).length;
const refusals = (os: Outcome[]) => os.filter((o): o is { ok: false; key: string } => !o.ok).map((o) => o.key);

let person = 0;
function registration(over: Record<string, string> = {}) {
  person++;
  const parsed = registrationSchema.safeParse({
    realName: "陈海波",
    // A distinct valid ID for each registration: birth dates a day apart.
    idNumber: validId(
      `1980${String(1 + (Math.floor(person / 28) % 12)).padStart(2, "0")}${String(1 + (person % 28)).padStart(2, "0")}`,
      500 + (person % 400),
    ),
    phone: uniquePhone(),
    email: "",
    workUnit: "舟山市普陀区农林水利局",
    position: "科员",
    politicalStatus: "CPC_MEMBER",
    password: "Haidao-2026-xz",
    confirmPassword: "Haidao-2026-xz",
    consent: "on",
    ...over,
  });
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return parsed.data;
}

const ENV = [
  "OPENSELECT_LIMIT_REGISTER_PER_ADDRESS_HOUR",
  "OPENSELECT_LIMIT_NOMINATIONS_PER_DAY",
  "OPENSELECT_LIMIT_OPEN_NOMINATIONS_PER_DAY",
];
const saved = Object.fromEntries(ENV.map((k) => [k, process.env[k]]));
afterEach(() => {
  for (const k of ENV) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
});

describe("registration per client address", () => {
  test("30 concurrent registrations from one address: only the default 20 per hour succeed", async () => {
    const before = await db().user.count();
    const outcomes = await settle(Array.from({ length: 30 }, () => accounts.registerUser(registration(), { address: "203.0.113.7" })));
    expect(succeeded(outcomes)).toBe(20);
    expect(new Set(refusals(outcomes))).toEqual(new Set(["errors.rateLimit.register"]));
    expect((await db().user.count()) - before).toBe(20);
    // Another address is not affected.
    await expect(accounts.registerUser(registration(), { address: "198.51.100.9" })).resolves.toHaveProperty("id");
  });

  test("the answer that a phone is already registered is behind the limit too", async () => {
    process.env.OPENSELECT_LIMIT_REGISTER_PER_ADDRESS_HOUR = "2";
    const address = "2001:db8::42";
    const first = registration();
    await accounts.registerUser(first, { address });
    // A repeat is told the phone is taken (users need to know) — and that attempt counts.
    await expect(accounts.registerUser(registration({ phone: first.phone }), { address })).rejects.toMatchObject({
      fieldErrors: { phone: ["errors.phoneTaken"] },
    });
    // Past the limit even probing for registered phones gets only the rate-limit message.
    await expect(accounts.registerUser(registration({ phone: first.phone }), { address })).rejects.toMatchObject({
      messageKey: "errors.rateLimit.register",
      fieldErrors: undefined,
    });
  });

  test("the window is an hour: an hour later the address may register again", async () => {
    process.env.OPENSELECT_LIMIT_REGISTER_PER_ADDRESS_HOUR = "1";
    const address = "192.0.2.33";
    const t0 = new Date("2026-03-10T02:00:00Z");
    await accounts.registerUser(registration(), { address, now: t0 });
    await expect(accounts.registerUser(registration(), { address, now: new Date(t0.getTime() + 59 * 60_000) })).rejects.toMatchObject({
      messageKey: "errors.rateLimit.register",
    });
    await expect(accounts.registerUser(registration(), { address, now: new Date(t0.getTime() + 61 * 60_000) })).resolves.toHaveProperty(
      "id",
    );
  });
});

describe("nominations per account per Beijing day", () => {
  test("25 concurrent non-targeted nominations by one nominator: only the default 10 succeed", async () => {
    const actor = await makeUser();
    const names = Array.from({ length: 25 }, (_, i) => `候选${"甲乙丙丁戊己庚辛壬癸"[i % 10]}${"一二三"[Math.floor(i / 10)]}`);
    const outcomes = await settle(names.map((name) => submitNomination(actor, open(actor, { name }))));
    expect(succeeded(outcomes)).toBe(10);
    expect(new Set(refusals(outcomes))).toEqual(new Set(["errors.rateLimit.openNominations"]));
    expect(await db().nomination.count({ where: { nominatorId: actor.id } })).toBe(10);
    expect(await db().auditLog.count({ where: { action: "nomination.submit", actorId: actor.id } })).toBe(10);
    // Another nominator is not affected, and a targeted nomination is still possible.
    const other = await makeUser();
    await expect(submitNomination(other, open(other))).resolves.toHaveProperty("id");
    const v = await makeVacancy();
    await expect(submitNomination(actor, targeted(actor, v.id))).resolves.toHaveProperty("id");
  });

  test("all kinds together are capped per day as well (targeted ones included)", async () => {
    process.env.OPENSELECT_LIMIT_NOMINATIONS_PER_DAY = "4";
    const actor = await makeUser();
    const vacancies = await Promise.all(Array.from({ length: 6 }, () => makeVacancy({ maxPerNominator: 1 })));
    const outcomes = await settle(vacancies.map((v) => submitNomination(actor, targeted(actor, v.id))));
    expect(succeeded(outcomes)).toBe(4);
    expect(new Set(refusals(outcomes))).toEqual(new Set(["errors.rateLimit.nominations"]));
    await expect(submitNomination(actor, open(actor, { name: "又一人" }))).rejects.toMatchObject({
      messageKey: "errors.rateLimit.nominations",
    });
    expect(await db().nomination.count({ where: { nominatorId: actor.id } })).toBe(4);
  });

  test("the day is Beijing's calendar day: 23:59 counts with the day, 00:00 starts a new one", async () => {
    process.env.OPENSELECT_LIMIT_OPEN_NOMINATIONS_PER_DAY = "2";
    const actor = await makeUser();
    const morning = new Date("2026-03-10T00:30:00+08:00");
    const lateEvening = new Date("2026-03-10T23:59:00+08:00"); // 15:59 UTC
    const midnight = new Date("2026-03-11T00:00:00+08:00");
    await submitNomination(actor, open(actor, { name: "甲某" }), { now: morning });
    await submitNomination(actor, open(actor, { name: "乙某" }), { now: morning });
    await expect(submitNomination(actor, open(actor, { name: "丙某" }), { now: lateEvening })).rejects.toMatchObject({
      messageKey: "errors.rateLimit.openNominations",
    });
    await expect(submitNomination(actor, open(actor, { name: "丙某" }), { now: midnight })).resolves.toHaveProperty("id");
  });

  test("a refused nomination (duplicate) uses no part of the day's allowance", async () => {
    process.env.OPENSELECT_LIMIT_OPEN_NOMINATIONS_PER_DAY = "2";
    const actor = await makeUser();
    await submitNomination(actor, open(actor, { name: "甲某" }));
    for (let i = 0; i < 3; i++) {
      await expect(submitNomination(actor, open(actor, { name: "甲某" }))).rejects.toMatchObject({
        messageKey: "nominations.errors.duplicate",
      });
    }
    await expect(submitNomination(actor, open(actor, { name: "乙某" }))).resolves.toHaveProperty("id");
  });
});

describe("takeSlot, the helper", () => {
  test("40 concurrent takes of one key with limit 7: exactly 7 rows, 33 refusals with the rule's message", async () => {
    const key = `test:concurrent:${Date.now()}`;
    const rule = { limit: 7, window: 60_000, refusal: "errors.rateLimit.register" };
    const outcomes = await settle(Array.from({ length: 40 }, () => transaction((tx) => takeSlot(tx, key, rule))));
    expect(succeeded(outcomes)).toBe(7);
    expect(new Set(refusals(outcomes))).toEqual(new Set([rule.refusal]));
    expect(await db().rateEvent.count({ where: { key } })).toBe(7);
  });

  test("the Beijing day starts at 00:00 UTC+8", () => {
    expect(windowStart("beijingDay", new Date("2026-03-10T15:59:59Z")).toISOString()).toBe("2026-03-09T16:00:00.000Z");
    expect(windowStart("beijingDay", new Date("2026-03-10T16:00:00Z")).toISOString()).toBe("2026-03-10T16:00:00.000Z");
    expect(windowStart(3_600_000, new Date("2026-03-10T16:00:00Z")).toISOString()).toBe("2026-03-10T15:00:00.000Z");
  });

  test("a window longer than the rows are kept is a programming error", async () => {
    await expect(transaction((tx) => takeSlot(tx, "test:long", { limit: 1, window: 30 * 86_400_000, refusal: "x" }))).rejects.toThrow(
      /window/,
    );
  });

  test("the sweep deletes only rows no window can count any more", async () => {
    const now = new Date("2026-03-20T04:00:00Z");
    const DAY = 86_400_000;
    await db().rateEvent.createMany({
      data: [
        { key: "test:sweep:a", createdAt: new Date(now.getTime() - 9 * DAY) },
        { key: "test:sweep:b", createdAt: new Date(now.getTime() - 30 * DAY) },
        { key: "test:sweep:a", createdAt: new Date(now.getTime() - 2 * DAY) },
        { key: "test:sweep:c", createdAt: new Date(now.getTime() - 60_000) },
      ],
    });
    expect(await transaction((tx) => sweepRateEvents(tx, now))).toBeGreaterThanOrEqual(2);
    const left = await db().rateEvent.findMany({ where: { key: { startsWith: "test:sweep:" } }, select: { key: true } });
    expect(left.map((r) => r.key).sort()).toEqual(["test:sweep:a", "test:sweep:c"]);
  });

  test("the table stays small: every 100th slot sweeps old rows", async () => {
    const old = new Date(Date.now() - 20 * 86_400_000);
    await db().rateEvent.create({ data: { key: "test:stale", createdAt: old } });
    const rule = { limit: 1000, window: 60_000, refusal: "x" };
    for (let i = 0; i < 100; i++) await transaction((tx) => takeSlot(tx, "test:many", rule));
    expect(await db().rateEvent.count({ where: { key: "test:stale" } })).toBe(0);
  });
});
