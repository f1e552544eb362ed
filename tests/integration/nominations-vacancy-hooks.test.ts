// The vacancy board's own update and cancel, with nominations on the vacancy: the post and
// conditions are frozen once nominations exist, and cancelling voids the targeted ones and
// tells each nominator.
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/data/errors";
import { submitNomination } from "@/lib/data/nominations";
import { cancelVacancy, updateVacancy } from "@/lib/data/vacancies";
import type { VacancyInput } from "@/lib/validation/boards";
import { makeUser, makeVacancy, open, targeted } from "./nominations-fixtures";

function inputOf(v: Awaited<ReturnType<typeof makeVacancy>>, over: Partial<VacancyInput> = {}): VacancyInput {
  return {
    post: v.post,
    unit: v.unit,
    level: v.level as VacancyInput["level"],
    headcount: v.headcount,
    duties: v.duties,
    qualifications: v.qualifications,
    maxAge: v.maxAge ?? undefined,
    minEducation: (v.minEducation ?? undefined) as VacancyInput["minEducation"],
    requiredLevel: (v.requiredLevel ?? undefined) as VacancyInput["requiredLevel"],
    minYearsAtLevel: v.minYearsAtLevel ?? undefined,
    opensAt: v.opensAt,
    closesAt: v.closesAt,
    maxPerNominator: v.maxPerNominator,
    ...over,
  };
}

test("without nominations the post and conditions can be edited", async () => {
  const staff = await makeUser({ role: "REVIEWER" });
  const v = await makeVacancy();
  await updateVacancy(staff, v.id, inputOf(v, { post: "局长助理", maxAge: 40 }));
  expect((await db().vacancy.findUniqueOrThrow({ where: { id: v.id } })).post).toBe("局长助理");
});

test("with nominations, editing the post or a condition is refused with an explanation; the window may still move", async () => {
  const staff = await makeUser({ role: "REVIEWER" });
  const v = await makeVacancy();
  const u = await makeUser();
  await submitNomination(u, targeted(u, v.id));
  for (const change of [
    { post: "局长助理" },
    { maxAge: 50 },
    { minEducation: "MASTER" as const },
    { requiredLevel: "DIVISION" as const },
    { maxPerNominator: 3, headcount: 3 },
  ]) {
    const err = await updateVacancy(staff, v.id, inputOf(v, change)).catch((e) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect(err.messageKey).toBe("nominations.errors.vacancyFrozen");
    for (const f of Object.keys(change).filter((k) => k !== "headcount"))
      expect(err.fieldErrors[f]).toEqual(["nominations.errors.frozenField"]);
  }
  const later = new Date(v.closesAt.getTime() + 3 * 86_400_000);
  await updateVacancy(staff, v.id, inputOf(v, { closesAt: later, duties: "补充说明：协助分管港航物流。" }));
  const row = await db().vacancy.findUniqueOrThrow({ where: { id: v.id } });
  expect(row.closesAt.toISOString()).toBe(later.toISOString());
  expect(row.post).toBe(v.post);
});

test("cancelling voids the targeted nominations and notifies each nominator once; pool nominations stay", async () => {
  const staff = await makeUser({ role: "REVIEWER" });
  const v = await makeVacancy({ maxPerNominator: 2 });
  const [a, b] = [await makeUser(), await makeUser()];
  await submitNomination(a, targeted(a, v.id, { name: "人选甲" }));
  await submitNomination(a, targeted(a, v.id, { name: "人选乙" }));
  await submitNomination(b, targeted(b, v.id, { name: "人选甲" }));
  const pool = await submitNomination(a, open(a));
  await cancelVacancy(staff, v.id, "机构改革，岗位调整");
  const rows = await db().nomination.findMany({ where: { vacancyId: v.id } });
  expect(rows.map((r) => r.status)).toEqual(["VOID", "VOID", "VOID"]);
  expect(rows.every((r) => r.uniqueKey === null && r.slotKey === null)).toBe(true);
  expect((await db().nomination.findUniqueOrThrow({ where: { id: pool.id } })).status).toBe("SUBMITTED");
  const notes = await db().notification.findMany({ where: { kind: "nomination.void", userId: { in: [a.id, b.id] } } });
  expect(notes.map((n) => n.userId).sort()).toEqual([a.id, b.id].sort());
  expect(await db().auditLog.count({ where: { action: "nomination.voidForVacancy", entityId: v.id } })).toBe(1);
  // And nothing more can be submitted for it.
  const c = await makeUser();
  await expect(submitNomination(c, targeted(c, v.id))).rejects.toMatchObject({ messageKey: "nominations.errors.vacancyUnavailable" });
});
