// The reviewer's side against a real database: tallies count distinct nominators, decisions
// one by one and in bulk, the shortlist, candidate merging, the talent pool, exports, voiding
// on cancellation — and the audit entries that reading nominators leaves behind.
import ExcelJS from "exceljs";
import { db } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { AuthzError } from "@/lib/auth/actor";
import { DomainError } from "@/lib/data/errors";
import {
  submitNomination,
  voidTargetedNominations,
  vacancyHasNominations,
  expireDueNominations,
  listMyNominations,
} from "@/lib/data/nominations";
import {
  decideNominations,
  getVacancyReview,
  setShortlisted,
  vacancyTally,
  listVacanciesForReview,
  getNominationForReview,
} from "@/lib/data/nomination-review";
import { getCandidate, listCandidates, mergeCandidates } from "@/lib/data/candidates";
import { listTalentPool } from "@/lib/data/talent-pool";
import { exportTalentPool, exportVacancyNominations, exportVacancyTally } from "@/lib/data/exports";
import { renderTable } from "@/lib/nominations/spreadsheet";
import { makeUser, makeVacancy, open, targeted } from "./nominations-fixtures";

async function nominators(n: number) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(await makeUser());
  return out;
}

describe("tally", () => {
  test("counts distinct nominators per candidate, withdrawn and voided ones excluded", async () => {
    const reviewer = await makeUser({ role: "REVIEWER" });
    const v = await makeVacancy({ maxPerNominator: 2 });
    const [a, b, c, d] = await nominators(4);
    for (const u of [a, b, c]) await submitNomination(u, targeted(u, v.id, { name: "周海波" }));
    await submitNomination(a, targeted(a, v.id, { name: "林晓燕", gender: "F" }));
    const withdrawn = await submitNomination(d, targeted(d, v.id, { name: "林晓燕", gender: "F" }));
    await db().nomination.update({ where: { id: withdrawn.id }, data: { status: "WITHDRAWN", uniqueKey: null, slotKey: null } });
    const tally = await vacancyTally(reviewer, v.id);
    expect(tally.map((t) => [t.name, t.nominators])).toEqual([
      ["周海波", 3],
      ["林晓燕", 1],
    ]);
  });

  test("a nominator who named two records of one person counts once after the merge", async () => {
    const reviewer = await makeUser({ role: "REVIEWER" });
    const v = await makeVacancy({ maxPerNominator: 2 });
    const [a, b] = await nominators(2);
    const x = await submitNomination(a, targeted(a, v.id, { name: "陈立新", workUnit: "舟山市财政局" }));
    const y = await submitNomination(a, targeted(a, v.id, { name: "陈立新", workUnit: "舟山市财政局国库科" }));
    await submitNomination(b, targeted(b, v.id, { name: "陈立新", workUnit: "舟山市财政局国库科" }));
    expect((await vacancyTally(reviewer, v.id)).map((t) => t.nominators).sort()).toEqual([1, 2]);
    const [keep, drop] = await Promise.all([x, y].map((r) => db().nomination.findUniqueOrThrow({ where: { id: r.id } })));
    await mergeCandidates(reviewer, keep.candidateId, drop.candidateId);
    const tally = await vacancyTally(reviewer, v.id);
    expect(tally).toHaveLength(1);
    expect(tally[0].nominators).toBe(2);
    // Both of a's nominations survive; the moved duplicate gave up its unique key but kept its slot.
    const moved = await db().nomination.findUniqueOrThrow({ where: { id: y.id } });
    expect(moved.candidateId).toBe(keep.candidateId);
    expect(moved.uniqueKey).toBeNull();
    expect(moved.slotKey).not.toBeNull();
    // The merged record points at the survivor; a new nomination typed the second way lands on it.
    const c = await makeUser();
    const z = await submitNomination(c, targeted(c, v.id, { name: "陈立新", workUnit: "舟山市财政局国库科" }));
    expect((await db().nomination.findUniqueOrThrow({ where: { id: z.id } })).candidateId).toBe(keep.candidateId);
    const page = await getCandidate(reviewer, drop.candidateId);
    expect(page).toEqual({ mergedInto: keep.candidateId });
    expect(await db().auditLog.count({ where: { action: "candidate.merge", entityId: keep.candidateId } })).toBe(1);
  });

  test("the review screen's top of the tally is the full tally's top, ties at the cut ordered by name", async () => {
    const reviewer = await makeUser({ role: "REVIEWER" });
    const v = await makeVacancy({ maxPerNominator: 3 });
    const [a, b, c] = await nominators(3);
    for (const u of [a, b, c]) await submitNomination(u, targeted(u, v.id, { name: "周海波" }));
    await submitNomination(a, targeted(a, v.id, { name: "王建国" }));
    await submitNomination(b, targeted(b, v.id, { name: "林晓燕", gender: "F" }));
    await submitNomination(c, targeted(c, v.id, { name: "陈立新" }));
    const full = await vacancyTally(reviewer, v.id);
    expect(full.map((t) => t.nominators)).toEqual([3, 1, 1, 1]);
    for (const limit of [1, 2, 3, 4, 10]) {
      const review = await getVacancyReview(reviewer, v.id, { tallyLimit: limit });
      expect(review.tallyTotal).toBe(4);
      expect(review.tally).toEqual(full.slice(0, limit));
    }
    // Without a limit the screen has the whole tally.
    expect((await getVacancyReview(reviewer, v.id)).tally).toEqual(full);
  });

  test("merging refuses itself and already merged records", async () => {
    const reviewer = await makeUser({ role: "REVIEWER" });
    const v = await makeVacancy();
    const a = await makeUser();
    const r = await submitNomination(a, targeted(a, v.id));
    const n = await db().nomination.findUniqueOrThrow({ where: { id: r.id } });
    await expect(mergeCandidates(reviewer, n.candidateId, n.candidateId)).rejects.toMatchObject({
      messageKey: "nominations.errors.mergeSelf",
    });
    const other = await submitNomination(a, open(a, { name: "另一人" }));
    const otherCandidate = (await db().nomination.findUniqueOrThrow({ where: { id: other.id } })).candidateId;
    await mergeCandidates(reviewer, n.candidateId, otherCandidate);
    await expect(mergeCandidates(reviewer, n.candidateId, otherCandidate)).rejects.toMatchObject({
      messageKey: "nominations.errors.alreadyMerged",
    });
    await expect(mergeCandidates(reviewer, n.candidateId, "no-such-id")).rejects.toMatchObject({ messageKey: "errors.notFound" });
  });
});

describe("decisions", () => {
  test("accept one, reject in bulk with a reason, skip what cannot change; each decision audited", async () => {
    const reviewer = await makeUser({ role: "REVIEWER" });
    const v = await makeVacancy();
    const us = await nominators(4);
    const ids = [];
    for (const [i, u] of us.entries()) ids.push((await submitNomination(u, targeted(u, v.id, { name: `候选${"甲乙丙丁"[i]}` }))).id);
    expect(await decideNominations(reviewer, [ids[0]], "ACCEPTED")).toEqual({ changed: 1, skipped: 0 });
    await expect(decideNominations(reviewer, [ids[1]], "REJECTED", "  ")).rejects.toBeInstanceOf(DomainError);
    const bulk = await decideNominations(reviewer, [ids[0], ids[1], ids[2], ids[2]], "REJECTED", "不符合任职资格条件");
    expect(bulk).toEqual({ changed: 3, skipped: 0 });
    expect(await decideNominations(reviewer, [ids[1]], "REJECTED", "again")).toEqual({ changed: 0, skipped: 1 });
    const rows = await db().nomination.findMany({ where: { id: { in: ids } }, orderBy: { submittedAt: "asc" } });
    expect(rows.map((r) => r.status)).toEqual(["REJECTED", "REJECTED", "REJECTED", "SUBMITTED"]);
    expect(rows[1].reviewNote).toBe("不符合任职资格条件");
    expect(rows[1].reviewedById).toBe(reviewer.id);
    expect(await db().auditLog.count({ where: { action: { in: ["nomination.accept", "nomination.reject"] }, actorId: reviewer.id } })).toBe(
      4,
    );
    // Reconsidering a rejection is allowed (未采纳 → 已受理).
    expect(await decideNominations(reviewer, [ids[0]], "ACCEPTED")).toEqual({ changed: 1, skipped: 0 });
  });

  test("a rejected nomination still counts against the nominator's cap and cannot be repeated", async () => {
    const reviewer = await makeUser({ role: "REVIEWER" });
    const v = await makeVacancy({ maxPerNominator: 1 });
    const u = await makeUser();
    const r = await submitNomination(u, targeted(u, v.id));
    await decideNominations(reviewer, [r.id], "REJECTED", "年龄超过要求");
    await expect(submitNomination(u, targeted(u, v.id, { name: "别人" }))).rejects.toMatchObject({
      messageKey: "nominations.errors.capReached",
    });
  });

  test("nominators cannot decide, shortlist, read tallies or export", async () => {
    const v = await makeVacancy();
    const u = await makeUser();
    const r = await submitNomination(u, targeted(u, v.id));
    const c = (await db().nomination.findUniqueOrThrow({ where: { id: r.id } })).candidateId;
    for (const p of [
      decideNominations(u, [r.id], "ACCEPTED"),
      setShortlisted(u, v.id, c, true),
      vacancyTally(u, v.id),
      getVacancyReview(u, v.id),
      getNominationForReview(u, r.id),
      listVacanciesForReview(u),
      getCandidate(u, c),
      listCandidates(u),
      listTalentPool(u, {}),
      exportVacancyTally(u, v.id),
      exportVacancyNominations(u, v.id),
      exportTalentPool(u, {}),
      mergeCandidates(u, c, c),
    ]) {
      await expect(p).rejects.toBeInstanceOf(AuthzError);
    }
  });
});

describe("shortlist", () => {
  test("only someone nominated for the vacancy; add and remove are audited", async () => {
    const reviewer = await makeUser({ role: "REVIEWER" });
    const v = await makeVacancy();
    const w = await makeVacancy();
    const u = await makeUser();
    const r = await submitNomination(u, targeted(u, v.id));
    const candidateId = (await db().nomination.findUniqueOrThrow({ where: { id: r.id } })).candidateId;
    await expect(setShortlisted(reviewer, w.id, candidateId, true)).rejects.toMatchObject({
      messageKey: "nominations.errors.notNominated",
    });
    await setShortlisted(reviewer, v.id, candidateId, true);
    await setShortlisted(reviewer, v.id, candidateId, true); // idempotent
    expect((await vacancyTally(reviewer, v.id))[0].shortlisted).toBe(true);
    expect(await db().shortlist.count({ where: { vacancyId: v.id } })).toBe(1);
    await setShortlisted(reviewer, v.id, candidateId, false);
    expect(await db().shortlist.count({ where: { vacancyId: v.id } })).toBe(0);
    expect(await db().auditLog.count({ where: { action: { in: ["shortlist.add", "shortlist.remove"] }, entityId: v.id } })).toBe(2);
  });
});

describe("confidential reads are audited", () => {
  test("opening a vacancy's nominators, a nomination and a candidate each leave an audit entry", async () => {
    const reviewer = await makeUser({ role: "REVIEWER" });
    const v = await makeVacancy();
    const u = await makeUser({ realName: "推荐人甲" });
    const r = await submitNomination(u, targeted(u, v.id));
    const review = await getVacancyReview(reviewer, v.id);
    expect(review.rows[0].nominator.realName).toBe("推荐人甲");
    expect(review.tally[0].nominators).toBe(1);
    await getNominationForReview(reviewer, r.id);
    await getCandidate(reviewer, review.rows[0].candidate.id);
    const actions = (await db().auditLog.findMany({ where: { actorId: reviewer.id }, select: { action: true } })).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["nomination.viewNominators", "nomination.view", "candidate.viewNominators"]));
  });
});

describe("talent pool", () => {
  test("filters by field, unit, level, age and date; expired ones are separate", async () => {
    const reviewer = await makeUser({ role: "REVIEWER" });
    const u = await makeUser();
    const at = new Date("2026-06-15T02:00:00Z");
    await submitNomination(
      u,
      { ...open(u, { name: "海洋甲", birthDate: new Date(Date.UTC(1990, 0, 1)), currentLevel: "DEPUTY_SECTION" }) },
      { now: at },
    );
    await submitNomination(
      u,
      {
        ...open(u, { name: "教育乙", workUnit: "舟山市教育局", birthDate: new Date(Date.UTC(1975, 0, 1)) }),
        suitableField: "EDUCATION_SCIENCE",
      },
      { now: new Date("2026-07-01T02:00:00Z") },
    );
    await submitNomination(u, open(u, { name: "过期丙" }), { now: new Date("2025-05-01T02:00:00Z") });
    const now = new Date("2026-08-01T02:00:00Z");
    const names = async (f: Parameters<typeof listTalentPool>[1]) =>
      (await listTalentPool(reviewer, f, { now })).rows
        .filter((r) => r.nominator.realName === u.realName)
        .map((r) => r.candidate.name)
        .sort();
    expect(await names({})).toEqual(["教育乙", "海洋甲"]);
    expect(await names({ field: "MARINE_PORT" })).toEqual(["海洋甲"]);
    expect(await names({ unit: "教育局" })).toEqual(["教育乙"]);
    expect(await names({ level: "DEPUTY_SECTION" })).toEqual(["海洋甲"]);
    expect(await names({ maxAge: 40 })).toEqual(["海洋甲"]);
    expect(await names({ minAge: 50 })).toEqual(["教育乙"]);
    expect(await names({ from: "2026-06-20" })).toEqual(["教育乙"]);
    expect(await names({ to: "2026-06-15" })).toEqual(["海洋甲"]);
    expect(await names({ expired: true })).toEqual(["过期丙"]);
    // Listing wrote EXPIRED on the year-old one (its key is released).
    const expired = await db().nomination.findFirstOrThrow({ where: { candidate: { name: "过期丙" } } });
    expect(expired.status).toBe("EXPIRED");
    expect(expired.uniqueKey).toBeNull();
    expect(await expireDueNominations(now)).toBe(0);
  });
});

describe("exports", () => {
  test("tally and nominations as .xlsx and .csv with Chinese headers; each export audited", async () => {
    const reviewer = await makeUser({ role: "REVIEWER" });
    const v = await makeVacancy({ post: "副局长" });
    const [a, b] = await nominators(2);
    await submitNomination(a, targeted(a, v.id, { name: "贺恩盛" }));
    await submitNomination(b, targeted(b, v.id, { name: "贺恩盛" }));
    const tally = await exportVacancyTally(reviewer, v.id);
    expect(tally.headers).toContain("推荐人数（不重复）");
    expect(tally.rows[0]).toEqual(expect.arrayContaining(["贺恩盛", 2]));
    const xlsx = await renderTable(tally, "xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).getCell(2).value).toBe("姓名");
    expect(ws.getRow(2).getCell(2).value).toBe("贺恩盛");
    const list = await exportVacancyNominations(reviewer, v.id);
    expect(list.headers.slice(0, 4)).toEqual(["回执编号", "提交时间", "状态", "被推荐人"]);
    expect(list.rows).toHaveLength(2);
    const csv = (await renderTable(list, "csv")).toString("utf8");
    expect(csv.startsWith("\uFEFF回执编号,提交时间,状态,被推荐人")).toBe(true);
    expect(csv).toContain(a.realName);
    const pool = await exportTalentPool(reviewer, {});
    expect(pool.headers).toContain("适合岗位类别");
    expect(
      await db().auditLog.count({
        where: { actorId: reviewer.id, action: { in: ["export.tally", "export.nominations", "export.talentPool"] } },
      }),
    ).toBe(3);
  });
});

describe("vacancy hooks", () => {
  test("cancelling voids targeted nominations, frees the keys and tells each nominator once", async () => {
    const admin = await makeUser({ role: "ADMIN" });
    const v = await makeVacancy({ maxPerNominator: 2 });
    const [a, b] = await nominators(2);
    await submitNomination(a, targeted(a, v.id, { name: "甲" }));
    await submitNomination(a, targeted(a, v.id, { name: "乙" }));
    await submitNomination(b, targeted(b, v.id, { name: "甲" }));
    const pool = await submitNomination(a, open(a));
    expect(await transaction((tx) => vacancyHasNominations(tx, v.id))).toBe(true);
    const count = await transaction((tx) => voidTargetedNominations(tx, v.id, admin));
    expect(count).toBe(3);
    const rows = await db().nomination.findMany({ where: { vacancyId: v.id } });
    expect(rows.every((r) => r.status === "VOID" && r.uniqueKey === null && r.slotKey === null)).toBe(true);
    expect((await db().nomination.findUniqueOrThrow({ where: { id: pool.id } })).status).toBe("SUBMITTED");
    const notes = await db().notification.findMany({ where: { userId: { in: [a.id, b.id] }, kind: "nomination.void" } });
    expect(notes.map((n) => n.userId).sort()).toEqual([a.id, b.id].sort());
    expect(notes[0].params).toContain("副局长");
    expect(notes[0].params).not.toContain(a.realName);
    expect(await transaction((tx) => vacancyHasNominations(tx, v.id))).toBe(false);
    expect((await listMyNominations(a)).rows.filter((r) => r.kind === "TARGETED").every((r) => r.status === "VOID")).toBe(true);
  });
});
