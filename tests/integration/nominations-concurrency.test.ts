// The cap and duplicate rules hold under concurrent submissions: the database keys (slotKey,
// uniqueKey, CandidateAlias.matchKey) decide, so there are no lost and no extra rows.
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/data/errors";
import { submitNomination } from "@/lib/data/nominations";
import { makeUser, makeVacancy, targeted } from "./nominations-fixtures";

jest.setTimeout(120_000);

type Outcome = { ok: true; id: string } | { ok: false; key: string };

async function settle(ps: Promise<{ id: string }>[]): Promise<Outcome[]> {
  const results = await Promise.allSettled(ps);
  return results.map((r) => {
    if (r.status === "fulfilled") return { ok: true, id: r.value.id };
    if (r.reason instanceof DomainError) return { ok: false, key: r.reason.messageKey };
    throw r.reason;
  });
}

test("50 concurrent submissions by one user: exactly the cap is written, the rest are refused clearly", async () => {
  const actor = await makeUser();
  const cap = 3;
  const v = await makeVacancy({ maxPerNominator: cap });
  // 50 submissions naming 10 different people, 5 times each.
  const names = ["甲一", "乙二", "丙三", "丁四", "戊五", "己六", "庚七", "辛八", "壬九", "癸十"];
  const outcomes = await settle(
    Array.from({ length: 50 }, (_, i) => submitNomination(actor, targeted(actor, v.id, { name: names[i % 10] }))),
  );
  const ok = outcomes.filter((o) => o.ok);
  const refused = outcomes.filter((o): o is { ok: false; key: string } => !o.ok);
  expect(ok).toHaveLength(cap);
  expect(refused).toHaveLength(50 - cap);
  expect(refused.every((r) => r.key === "nominations.errors.capReached" || r.key === "nominations.errors.duplicate")).toBe(true);
  const rows = await db().nomination.findMany({ where: { vacancyId: v.id, nominatorId: actor.id } });
  expect(rows).toHaveLength(cap);
  expect(new Set(rows.map((r) => r.candidateId)).size).toBe(cap);
  expect(new Set(rows.map((r) => r.slotKey)).size).toBe(cap);
  // Every written row has its audit entry; no refused one has.
  expect(await db().auditLog.count({ where: { action: "nomination.submit", actorId: actor.id } })).toBe(cap);
});

test("50 concurrent submissions of the same person by one user: exactly one row", async () => {
  const actor = await makeUser();
  const v = await makeVacancy({ maxPerNominator: 5 });
  const outcomes = await settle(Array.from({ length: 50 }, () => submitNomination(actor, targeted(actor, v.id, { name: "同一人" }))));
  expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
  expect(outcomes.filter((o) => !o.ok).every((o) => !o.ok && o.key === "nominations.errors.duplicate")).toBe(true);
  expect(await db().nomination.count({ where: { vacancyId: v.id, nominatorId: actor.id } })).toBe(1);
});

test("200 concurrent submissions by different users of one new person: 200 rows, one candidate, tally 200", async () => {
  const users = [];
  for (let i = 0; i < 200; i++) users.push(await makeUser());
  const v = await makeVacancy({ maxPerNominator: 1 });
  const outcomes = await settle(
    users.map((u) => submitNomination(u, targeted(u, v.id, { name: "热门人选", workUnit: "舟山市定海区发展和改革局" }))),
  );
  expect(outcomes.filter((o) => !o.ok)).toEqual([]);
  const rows = await db().nomination.findMany({
    where: { vacancyId: v.id },
    select: { candidateId: true, nominatorId: true, receiptNo: true },
  });
  expect(rows).toHaveLength(200);
  expect(new Set(rows.map((r) => r.candidateId)).size).toBe(1);
  expect(new Set(rows.map((r) => r.nominatorId)).size).toBe(200);
  expect(new Set(rows.map((r) => r.receiptNo)).size).toBe(200);
  expect(await db().candidate.count({ where: { name: "热门人选" } })).toBe(1);
  expect(await db().candidateAlias.count({ where: { candidateId: rows[0].candidateId } })).toBe(1);
  expect(
    await db().auditLog.count({
      where: {
        action: "nomination.submit",
        entityId: { in: (await db().nomination.findMany({ where: { vacancyId: v.id }, select: { id: true } })).map((n) => n.id) },
      },
    }),
  ).toBe(200);
});

test("200 concurrent submissions by different users, each over their cap: exactly one per user", async () => {
  const users = [];
  for (let i = 0; i < 100; i++) users.push(await makeUser());
  const v = await makeVacancy({ maxPerNominator: 1 });
  // Each of 100 users submits twice at once, naming two different people: 200 submissions.
  const outcomes = await settle(
    users.flatMap((u) => [
      submitNomination(u, targeted(u, v.id, { name: "人选甲" })),
      submitNomination(u, targeted(u, v.id, { name: "人选乙" })),
    ]),
  );
  expect(outcomes.filter((o) => o.ok)).toHaveLength(100);
  expect(outcomes.filter((o) => !o.ok).every((o) => !o.ok && o.key === "nominations.errors.capReached")).toBe(true);
  const rows = await db().nomination.groupBy({ by: ["nominatorId"], where: { vacancyId: v.id }, _count: { _all: true } });
  expect(rows).toHaveLength(100);
  expect(rows.every((r) => r._count._all === 1)).toBe(true);
});
