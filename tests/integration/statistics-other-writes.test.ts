// 公开数据 (issue 13) is cached and expired when its figures change. Two kinds of write were
// looked at beyond the ones lib/statistics/writes.ts already named:
// - the background jobs (lib/jobs/registry.ts). None changes a counted figure: an expired
//   nomination was still received, a settled 说心里话 is not a 公示反映, an erased account keeps
//   its (already blanked) unit, a survey closed by the clock has no published results yet. The
//   first test runs them all over due work and pins that; should one come to change a figure,
//   it fails here, and the job must expire the statistics (raise the board as the pipeline does).
// - a person's work unit: training hours per unit are counted under each person's current
//   unit, so changing it (更正 of the profile) or blanking it (注销) moves hours between unit
//   rows. Those actions did not expire the statistics, so the page kept the old rows.
// Real SQLite; Next's cache replaced by a small tag-aware stand-in so that expiry can be seen.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { tagCacheStore } from "./support/tag-cache";

const fake = globalThis as unknown as { statsCaller: Actor | null };
fake.statsCaller = null;
jest.mock("@/lib/auth/session", () => ({
  ...jest.requireActual("@/lib/auth/session"),
  currentActor: async () => (globalThis as unknown as typeof fake).statsCaller,
}));
jest.mock("next/cache", () => jest.requireActual("./support/tag-cache").tagAwareNextCache());
jest.mock("next-intl/server", () => ({ getLocale: async () => "zh-CN", setRequestLocale: jest.fn() }));

import { publicStatistics } from "@/lib/data/public-stats";
import { statistics } from "@/lib/data/statistics-cache";
import { JOBS } from "@/lib/jobs/registry";
import { ERASED_NAME } from "@/lib/data/account-closure";
import { submitNomination } from "@/lib/data/nominations";
import { closeAccountAction, updateContactDetailsAction } from "@/app/[locale]/(account)/account/rights-actions";
import { callAction, formData } from "./support/call-action";
import { FIXTURE_PASSWORD, makeUser } from "./support/users";
import { makeVacancy, targeted } from "./nominations-fixtures";
import { makeCase } from "./support/case-world";
import { makeEnrolment, makeTrainingClass, markPresent } from "./support/training-admin-world";

jest.setTimeout(60_000);

const DAY = 86_400_000;
const UNIT_A = "舟山市统计甲局";
const UNIT_B = "舟山市统计乙局";

/** `count` people of `unit`, each admitted to a published class and present at its 3-学时 session. */
async function trainedPeople(unit: string, count: number, sessionAt: Date): Promise<Actor[]> {
  const c = await makeTrainingClass({ sessions: [{ startsAt: sessionAt, hoursTenths: 30 }] });
  const people: Actor[] = [];
  for (let i = 0; i < count; i++) {
    const u = await makeUser({ realName: `学员${unit.slice(-2)}${i}` });
    await db().user.update({ where: { id: u.id }, data: { workUnit: unit } });
    await markPresent(c.sessionIds[0]!, await makeEnrolment(c.id, u.id, "APPROVED"));
    people.push(u);
  }
  return people;
}

/** The training hours (tenths) shown for a unit in the session's year; null when not shown. */
async function unitHours(unit: string, year: number): Promise<number | null> {
  const row = (await statistics()).units.find((u) => u.year === year)?.rows.find((r) => r.unit === unit);
  return (row?.values.trainingHoursTenths as number | null | undefined) ?? null;
}

test("no background job changes a counted figure (so none has to expire them)", async () => {
  const now = new Date();
  // Due work for each job that writes: a nomination a year old, a 说心里话 answered and never
  // followed up, a closed account past its retention period (trained, so its hours are counted).
  const v = await makeVacancy({ opensAt: new Date(now.getTime() - 400 * DAY), closesAt: new Date(now.getTime() - 390 * DAY) });
  const nominator = await makeUser();
  const n = await submitNomination(nominator, targeted(nominator, v.id), { now: new Date(now.getTime() - 395 * DAY) });
  const talk = await makeCase({ kind: "TALK", status: "ANSWERED", at: new Date(now.getTime() - 90 * DAY) });
  // (Trained a year ago: its year is not the one the next test reads unit rows of.)
  const [closed] = await trainedPeople(UNIT_A, 1, new Date(now.getTime() - 400 * DAY));
  await db().user.update({
    where: { id: closed!.id },
    data: { status: "CLOSED", workUnit: "", closedAt: new Date(now.getTime() - 2 * DAY), retainUntil: new Date(now.getTime() - DAY) },
  });

  const before = JSON.stringify(await publicStatistics(now));
  // Every job but the mail outbox's delivery (it only sends what other writes queued).
  for (const job of JOBS.filter((j) => j.name !== "mail.deliver")) await job.run(now);
  expect(JSON.stringify(await publicStatistics(now))).toBe(before);
  // The jobs did their work: this is not a world where nothing was due.
  expect((await db().nomination.findUniqueOrThrow({ where: { id: n.id } })).status).toBe("EXPIRED");
  expect((await db().case.findUniqueOrThrow({ where: { id: talk.id } })).status).toBe("CLOSED");
  expect((await db().user.findUniqueOrThrow({ where: { id: closed!.id } })).realName).toBe(ERASED_NAME);
});

test("a work unit changed or blanked moves training hours between unit rows, and the page's figures follow", async () => {
  const sessionAt = new Date(Date.now() - 2 * DAY);
  const year = Number(new Intl.DateTimeFormat("en", { year: "numeric", timeZone: "Asia/Shanghai" }).format(sessionAt));
  const a = await trainedPeople(UNIT_A, 6, sessionAt);
  await trainedPeople(UNIT_B, 5, sessionAt);
  tagCacheStore().clear();
  expect([await unitHours(UNIT_A, year), await unitHours(UNIT_B, year)]).toEqual([180, 150]);

  // 更正: one person of A now works in B.
  fake.statsCaller = a[0]!;
  const moved = await callAction(updateContactDetailsAction as never, [
    {},
    formData({ workUnit: UNIT_B, position: "科员", politicalStatus: "MASSES" }),
  ]);
  expect(moved).toMatchObject({ kind: "returned", state: { ok: true } });
  expect([await unitHours(UNIT_A, year), await unitHours(UNIT_B, year)]).toEqual([150, 180]);

  // 注销: the unit is blanked at once, so A is down to 4 people (under 5: its row is not shown).
  fake.statsCaller = a[1]!;
  const gone = await callAction(closeAccountAction as never, [{}, formData({ currentPassword: FIXTURE_PASSWORD, confirm: "on" })]);
  expect(gone.kind).not.toBe("threw");
  expect((await db().user.findUniqueOrThrow({ where: { id: a[1]!.id } })).status).toBe("CLOSED");
  expect(await unitHours(UNIT_A, year)).toBeNull();
});
