// The review page's two plain-SQL reads (lib/data/sql/vacancy-review.ts) give what the models
// gave for the same question, on SQLite and PostgreSQL: every filter, the order, a page past the
// end, dates as Date, booleans as booleans, and the 考察对象 mark.
import { db } from "@/lib/db/client";
import { submitNomination } from "@/lib/data/nominations";
import { decideNominations, setShortlisted } from "@/lib/data/nomination-review";
import { reviewPage, tallyCandidates, type ReviewFilter } from "@/lib/data/sql/vacancy-review";
import { CANDIDATE_SUMMARY } from "@/lib/data/candidate-fields";
import { makeUser, makeVacancy, targeted } from "./nominations-fixtures";

/** The same read through the models, as getVacancyReview made it before. */
async function byModels(f: ReviewFilter, skip: number, take: number) {
  const where = {
    vacancyId: f.vacancyId,
    ...(f.status ? { status: f.status } : {}),
    ...(f.candidateId ? { candidateId: f.candidateId } : {}),
    ...(f.flagged ? { flags: { not: "[]" } } : {}),
  };
  const [total, rows] = await Promise.all([
    db().nomination.count({ where }),
    db().nomination.findMany({
      where,
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      skip,
      take,
      select: {
        id: true,
        receiptNo: true,
        status: true,
        isSelf: true,
        relationship: true,
        flags: true,
        submittedAt: true,
        expiresAt: true,
        reviewNote: true,
        candidate: { select: { id: true, name: true, workUnit: true } },
        nominator: { select: { realName: true, workUnit: true } },
      },
    }),
  ]);
  return { total, rows };
}

test("a page of nominations with candidate, nominator and total reads as the models read it", async () => {
  const reviewer = await makeUser({ role: "REVIEWER" });
  const v = await makeVacancy({ maxPerNominator: 2 });
  const other = await makeVacancy({ maxPerNominator: 2 });
  const people = ["周海波", "林晓燕", "陈立新"];
  const ids: string[] = [];
  for (let i = 0; i < 7; i++) {
    const u = await makeUser({ realName: `推荐人${i}`, workUnit: `舟山市第${i}单位` });
    const r = await submitNomination(u, targeted(u, v.id, { name: people[i % 3], gender: i % 2 ? "F" : "M" }));
    ids.push(r.id);
    if (i === 0) await submitNomination(u, targeted(u, other.id, { name: "别的岗位的人" }));
  }
  await decideNominations(reviewer, [ids[1], ids[2]], "ACCEPTED");
  await decideNominations(reviewer, [ids[3]], "REJECTED", "不符合任职资格条件");
  await db().nomination.update({ where: { id: ids[4] }, data: { flags: JSON.stringify([{ code: "age" }]), isSelf: true } });
  // Two nominations in the same millisecond: the id decides their order.
  const same = new Date("2026-11-30T02:00:00.000Z");
  await db().nomination.updateMany({ where: { id: { in: [ids[5], ids[6]] } }, data: { submittedAt: same } });
  const candidateId = (await db().nomination.findUniqueOrThrow({ where: { id: ids[0] } })).candidateId;

  const filters: ReviewFilter[] = [
    { vacancyId: v.id },
    { vacancyId: v.id, status: "ACCEPTED" },
    { vacancyId: v.id, status: "REJECTED" },
    { vacancyId: v.id, status: "WITHDRAWN" },
    { vacancyId: v.id, flagged: true },
    { vacancyId: v.id, candidateId },
    { vacancyId: v.id, candidateId, status: "SUBMITTED" },
    { vacancyId: other.id },
    { vacancyId: "no-such-vacancy" },
  ];
  for (const f of filters) {
    for (const [skip, take] of [
      [0, 50],
      [0, 3],
      [3, 3],
      [6, 3],
      [50, 50],
    ]) {
      const got = await reviewPage(f, skip, take);
      const want = await byModels(f, skip, take);
      expect({ f, skip, got }).toEqual({ f, skip, got: want });
    }
  }
  const all = await reviewPage({ vacancyId: v.id }, 0, 50);
  expect(all.total).toBe(7);
  expect(all.rows[0].submittedAt).toBeInstanceOf(Date);
  expect(all.rows.filter((r) => r.isSelf).map((r) => r.id)).toEqual([ids[4]]);
  expect((await reviewPage({ vacancyId: v.id }, 50, 50)).total).toBe(7);
});

test("the tally's candidates carry their details and the vacancy's 考察对象 mark", async () => {
  const reviewer = await makeUser({ role: "REVIEWER" });
  const v = await makeVacancy({ maxPerNominator: 2 });
  const w = await makeVacancy({ maxPerNominator: 2 });
  const u = await makeUser();
  const a = await submitNomination(u, targeted(u, v.id, { name: "周海波" }));
  const b = await submitNomination(u, targeted(u, v.id, { name: "林晓燕", gender: "F" }));
  const [ca, cb] = await Promise.all(
    [a, b].map(async (r) => (await db().nomination.findUniqueOrThrow({ where: { id: r.id } })).candidateId),
  );
  await setShortlisted(reviewer, v.id, ca, true);
  const got = await tallyCandidates(v.id, [ca, cb]);
  const models = await db().candidate.findMany({ where: { id: { in: [ca, cb] } }, select: { id: true, ...CANDIDATE_SUMMARY } });
  const byId = (xs: { id: string }[]) => [...xs].sort((x, y) => (x.id < y.id ? -1 : 1));
  expect(byId(got)).toEqual(byId(models.map((c) => ({ ...c, shortlisted: c.id === ca }))));
  expect(got.find((c) => c.id === ca)!.birthDate).toBeInstanceOf(Date);
  // The mark is the vacancy's own: on another vacancy nobody is 考察对象.
  expect((await tallyCandidates(w.id, [ca, cb])).map((c) => c.shortlisted)).toEqual([false, false]);
  expect(await tallyCandidates(v.id, [])).toEqual([]);
});
