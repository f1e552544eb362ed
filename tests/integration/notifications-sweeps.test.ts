// Issue 9, the events that time causes: a non-targeted nomination expiring in 30 days and
// expired (one year), and a vacancy's nomination window closing. The sweeps run on every
// instance: each message is written once whether a sweep runs once, twice, or twice at the same
// time, and a sweep that fails leaves no message and no mark (the next run does the work).
import { db } from "@/lib/db/client";
import { addOneYear } from "@/lib/calendar/dates";
import { submitNomination, withdrawNomination } from "@/lib/data/nominations";
import { updateVacancy } from "@/lib/data/vacancies";
import { EXPIRY_REMINDER_DAYS, notifyClosedVacancies, remindExpiringNominations, sweepNominationExpiry } from "@/lib/data/sweeps";
import { JOBS } from "@/lib/jobs/registry";
import type { VacancyInput } from "@/lib/validation/boards";
import { makeUser, makeVacancy, open, targeted } from "./nominations-fixtures";
import { expectOne, failMailOf, giveEmail, inbox } from "./notifications-fixtures";

const DAY = 86_400_000;
const MINUTE = 60_000;

// Submitted Tuesday 2026-03-10, 10:00 Beijing; valid until the same instant of 2027-03-10.
const T0 = new Date("2026-03-10T02:00:00Z");
const EXPIRES = addOneYear(T0);
const REMIND_FROM = new Date(EXPIRES.getTime() - EXPIRY_REMINDER_DAYS * DAY);

async function openNomination(name: string, at = T0) {
  const u = await makeUser();
  await giveEmail(u.id);
  const r = await submitNomination(u, open(u, { name }), { now: at });
  return { u, r };
}

test("the three sweeps are registered jobs", () => {
  expect(JOBS.map((j) => j.name)).toEqual(expect.arrayContaining(["nominations.expiry", "vacancies.closed", "staff.digest"]));
});

describe("expiring in 30 days", () => {
  test("reminded once, from 30 days before the expiry, with the expiry day; not before; not twice", async () => {
    const { u, r } = await openNomination("甲提醒");
    await remindExpiringNominations(new Date(REMIND_FROM.getTime() - MINUTE));
    expect(await inbox(u.id, "nomination.expiring")).toEqual([]);

    await remindExpiringNominations(REMIND_FROM);
    const { params, note, mail } = await expectOne(u.id, "nomination.expiring", 1);
    expect(params).toEqual({ receipt: r.receiptNo, date: "2027-03-10" });
    expect(note.link).toBe(`/account/nominations/${r.id}`);
    expect(mail.text).toContain("将于 2027年3月10日 到期");
    expect(mail.text).not.toContain("甲提醒");

    await remindExpiringNominations(new Date(REMIND_FROM.getTime() + DAY));
    await expectOne(u.id, "nomination.expiring", 1);
  });

  test("two sweeps at the same time remind each nomination once", async () => {
    const at = new Date("2026-04-01T02:00:00Z");
    const made = await Promise.all(["乙提醒", "丙提醒", "丁提醒"].map((n) => openNomination(n, at)));
    const when = new Date(addOneYear(at).getTime() - 10 * DAY);
    await Promise.all([remindExpiringNominations(when), remindExpiringNominations(when), sweepNominationExpiry(when)]);
    for (const { u } of made) await expectOne(u.id, "nomination.expiring", 1);
  });

  test("a withdrawn or targeted nomination is not reminded", async () => {
    const at = new Date("2026-05-01T02:00:00Z");
    const { u, r } = await openNomination("戊撤回", at);
    await withdrawNomination(u, r.id, { now: new Date(at.getTime() + DAY) });
    const v = await makeVacancy({ opensAt: new Date(at.getTime() - DAY), closesAt: new Date(at.getTime() + DAY) });
    const t = await makeUser();
    await submitNomination(t, targeted(t, v.id), { now: at });
    await remindExpiringNominations(new Date(addOneYear(at).getTime() - DAY));
    expect(await inbox(u.id, "nomination.expiring")).toEqual([]);
    expect(await inbox(t.id, "nomination.expiring")).toEqual([]);
  });

  test("a reminder sweep that fails leaves no message and no mark; the next run reminds", async () => {
    const at = new Date("2026-06-01T02:00:00Z");
    const { u } = await openNomination("己失败", at);
    const when = new Date(addOneYear(at).getTime() - 5 * DAY);
    const drop = await failMailOf("nomination.expiring");
    try {
      await expect(remindExpiringNominations(when)).rejects.toThrow();
    } finally {
      await drop();
    }
    expect(await inbox(u.id, "nomination.expiring")).toEqual([]);
    await remindExpiringNominations(when);
    await expectOne(u.id, "nomination.expiring", 1);
  });
});

describe("expired after one year", () => {
  test("the sweep writes EXPIRED and tells the nominator once, however often and however many sweeps run", async () => {
    const at = new Date("2025-07-01T02:00:00Z");
    const made = await Promise.all(["庚到期", "辛到期"].map((n) => openNomination(n, at)));
    const when = addOneYear(at);
    await sweepNominationExpiry(new Date(when.getTime() - MINUTE));
    for (const { u } of made) expect(await inbox(u.id, "nomination.expired")).toEqual([]);

    await Promise.all([sweepNominationExpiry(when), sweepNominationExpiry(when)]);
    await sweepNominationExpiry(new Date(when.getTime() + DAY));
    for (const { u, r } of made) {
      const { params, mail } = await expectOne(u.id, "nomination.expired", 1);
      expect(params).toEqual({ receipt: r.receiptNo });
      expect(mail.subject).toBe("【干部选拔任用工作平台】推荐已到期");
      expect((await db().nomination.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("EXPIRED");
    }
  });

  test("nominating the same person again before the sweep ran: told it expired (once), and received", async () => {
    const at = new Date("2025-08-01T02:00:00Z");
    const { u } = await openNomination("壬再推", at);
    const later = new Date(addOneYear(at).getTime() + DAY);
    await submitNomination(u, open(u, { name: "壬再推" }), { now: later });
    await sweepNominationExpiry(later);
    await expectOne(u.id, "nomination.expired", 1);
    expect((await inbox(u.id, "nomination.received")).length).toBe(2);
  });

  test("an expiry sweep that fails leaves the nominations as they were and no message; the next run does it", async () => {
    const at = new Date("2025-09-01T02:00:00Z");
    const { u, r } = await openNomination("癸失败", at);
    const when = addOneYear(at);
    const drop = await failMailOf("nomination.expired");
    try {
      await expect(sweepNominationExpiry(when)).rejects.toThrow();
    } finally {
      await drop();
    }
    expect((await db().nomination.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("SUBMITTED");
    expect(await inbox(u.id, "nomination.expired")).toEqual([]);
    await sweepNominationExpiry(when);
    await expectOne(u.id, "nomination.expired", 1);
  });
});

describe("the nominator's vacancy closes", () => {
  // Monday 2026-10-12, 10:00 Beijing.
  const NOW = new Date("2026-10-12T02:00:00Z");

  async function vacancyClosingAt(closesAt: Date, post: string) {
    const v = await makeVacancy({ opensAt: new Date(closesAt.getTime() - 5 * DAY), closesAt, maxPerNominator: 2, post });
    const during = new Date(closesAt.getTime() - DAY);
    const [a, b, c] = [await makeUser(), await makeUser(), await makeUser()];
    await Promise.all([giveEmail(a.id), giveEmail(b.id), giveEmail(c.id)]);
    await submitNomination(a, targeted(a, v.id, { name: "贺恩盛" }), { now: during });
    await submitNomination(a, targeted(a, v.id, { name: "周海波" }), { now: during });
    await submitNomination(b, targeted(b, v.id), { now: during });
    const rc = await submitNomination(c, targeted(c, v.id), { now: during });
    await withdrawNomination(c, rc.id, { now: during });
    return { v, a, b, c };
  }

  test("each nominator is told once when the window closes; not before; not twice, not by two sweeps at once; a withdrawn one not at all", async () => {
    const closesAt = new Date(NOW.getTime() + 30 * MINUTE);
    const { v, a, b, c } = await vacancyClosingAt(closesAt, "海洋局副局长");
    await notifyClosedVacancies(NOW);
    expect(await inbox(a.id, "vacancy.closed")).toEqual([]);

    const after = new Date(closesAt.getTime() + MINUTE);
    await Promise.all([notifyClosedVacancies(after), notifyClosedVacancies(after)]);
    await notifyClosedVacancies(new Date(after.getTime() + DAY));
    for (const u of [a, b]) {
      const { params, note, mail } = await expectOne(u.id, "vacancy.closed", 1);
      expect(params).toEqual({ post: `海洋局副局长（${v.unit}）` });
      expect(note.link).toBe(`/vacancies/${v.id}`);
      expect(mail.subject).toBe("【干部选拔任用工作平台】您推荐的岗位已截止推荐");
      expect(mail.text).not.toContain("贺恩盛");
    }
    expect(await inbox(c.id, "vacancy.closed")).toEqual([]);
  });

  test("a window extended after it closed tells them again when it closes again", async () => {
    const staff = await makeUser({ role: "REVIEWER" });
    const closesAt = new Date(NOW.getTime() - DAY);
    const { v, a } = await vacancyClosingAt(closesAt, "港航局副局长");
    await notifyClosedVacancies(NOW);
    await expectOne(a.id, "vacancy.closed", 1);

    const row = await db().vacancy.findUniqueOrThrow({ where: { id: v.id } });
    const input = {
      ...row,
      maxAge: row.maxAge ?? undefined,
      minEducation: row.minEducation ?? undefined,
      requiredLevel: row.requiredLevel ?? undefined,
      minYearsAtLevel: row.minYearsAtLevel ?? undefined,
      closesAt: new Date(NOW.getTime() + 2 * DAY),
    } as unknown as VacancyInput;
    await updateVacancy(staff, v.id, input, NOW);
    await notifyClosedVacancies(new Date(NOW.getTime() + DAY));
    expect((await inbox(a.id, "vacancy.closed")).length).toBe(1);
    await notifyClosedVacancies(new Date(NOW.getTime() + 3 * DAY));
    expect((await inbox(a.id, "vacancy.closed")).length).toBe(2);
  });

  test("a window that closed long ago (before the lookback) is not announced; a cancelled vacancy is not", async () => {
    const { a } = await vacancyClosingAt(new Date(NOW.getTime() - 20 * DAY), "旧岗位");
    const { v, b } = await vacancyClosingAt(new Date(NOW.getTime() - DAY), "撤销岗位");
    await db().vacancy.update({ where: { id: v.id }, data: { status: "CANCELLED" } });
    await notifyClosedVacancies(NOW);
    expect(await inbox(a.id, "vacancy.closed")).toEqual([]);
    expect(await inbox(b.id, "vacancy.closed")).toEqual([]);
  });

  test("a sweep that fails leaves no message and no mark; the next run tells them", async () => {
    const { a, b } = await vacancyClosingAt(new Date(NOW.getTime() - 2 * DAY), "失败岗位");
    const drop = await failMailOf("vacancy.closed");
    try {
      await expect(notifyClosedVacancies(NOW)).rejects.toThrow();
    } finally {
      await drop();
    }
    expect(await inbox(a.id, "vacancy.closed")).toEqual([]);
    await notifyClosedVacancies(NOW);
    for (const u of [a, b]) await expectOne(u.id, "vacancy.closed", 1);
  });
});
