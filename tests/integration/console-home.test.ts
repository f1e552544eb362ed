// The console home (lib/data/console-home.ts) counted against rows made here, on a fixed day:
// Friday 2026-12-04 10:00 Beijing time. Each card's number is checked against fixtures that
// should and should not count; staff only; and where staff and nominators land after signing in.
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { AuthzError } from "@/lib/auth/actor";
import { landingPath } from "@/lib/auth/landing";
import { consoleHome, mondayOf, type ConsoleHome } from "@/lib/data/console-home";
import { caseCounts } from "@/lib/data/cases/console";
import { makeCase } from "./support/case-world";
import { Browser } from "./support/auth-flow";
import { FIXTURE_PASSWORD, lesserActors, makeUser } from "./support/users";

jest.setTimeout(120_000);

const NOW = new Date("2026-12-04T02:00:00Z");
const DAY_MS = 86_400_000;
/** An instant on a Beijing day and hour. */
const bj = (day: string, hour = 10) => new Date(`${day}T${String(hour).padStart(2, "0")}:00:00+08:00`);
const day = (text: string) => new Date(`${text}T00:00:00Z`);

let reviewer: Actor;
let home: ConsoleHome;
const ids: Record<string, string> = {};

async function nominator(createdAt: Date, status: "PENDING" | "APPROVED" | "REJECTED" = "APPROVED") {
  const u = await makeUser({ status });
  await db().user.update({ where: { id: u.id }, data: { createdAt } });
  return u;
}

async function candidate(name: string) {
  return db().candidate.create({
    data: {
      name,
      gender: "M",
      birthDate: day("1983-11-08"),
      workUnit: "舟山市普陀区农林水利局",
      currentPost: "科长",
      currentLevel: "SECTION",
      yearsAtLevel: 4,
      education: "BACHELOR",
    },
    select: { id: true },
  });
}

let seq = 0;
async function nomination(vacancyId: string | null, nominatorId: string, status: string, submittedAt: Date, expiresAt: Date | null = null) {
  const c = await candidate(`候选人${++seq}`);
  return db().nomination.create({
    data: {
      receiptNo: `T-${Date.now()}-${seq}`,
      kind: vacancyId ? "TARGETED" : "OPEN",
      vacancyId,
      nominatorId,
      candidateId: c.id,
      relationship: "COLLEAGUE",
      reasonDe: "德",
      reasonNeng: "能",
      reasonQin: "勤",
      reasonJi: "绩",
      reasonLian: "廉",
      signedName: "推荐人",
      status,
      submittedAt,
      expiresAt,
    },
    select: { id: true },
  });
}

async function vacancy(post: string, closesAt: Date, status = "PUBLISHED", opensAt = bj("2026-11-01")) {
  return db().vacancy.create({
    data: {
      post,
      unit: "舟山市海洋经济发展局",
      level: "DEPUTY_DIVISION",
      headcount: 1,
      duties: "职责",
      qualifications: "条件",
      opensAt,
      closesAt,
      status,
      publishedAt: status === "DRAFT" ? null : opensAt,
    },
    select: { id: true },
  });
}

async function notice(title: string, startsOn: string, endsOn: string, names: string[], opts: { status?: string; kind?: string } = {}) {
  return db().notice.create({
    data: {
      kind: opts.kind ?? "PRE_APPOINTMENT",
      title,
      body: "公示正文。",
      status: opts.status ?? "PUBLISHED",
      publishedAt: bj(startsOn, 9),
      startsOn: day(startsOn),
      endsOn: day(endsOn),
      entries: {
        create: names.map((name, position) => ({
          name,
          position,
          gender: "M",
          birthYearMonth: "1983-11",
          education: "BACHELOR",
          currentPost: "某局副局长",
          proposedPost: "某局局长",
        })),
      },
    },
    select: { id: true, entries: { select: { id: true, name: true } } },
  });
}

/** An objection about `entryId` of `noticeId`, in `status` (filed through the engine, then moved onto this notice). */
async function objection(noticeId: string, entryId: string, status: "PENDING" | "ACCEPTED" | "CLOSED") {
  const c = await makeCase({ kind: "OBJECTION", status });
  const own = await db().case.findUniqueOrThrow({ where: { id: c.id }, select: { noticeId: true } });
  await db().case.update({ where: { id: c.id }, data: { noticeId, noticeEntryId: entryId } });
  // The engine's helper made a notice of its own for the case: gone, so it is not "in its period".
  await db().notice.delete({ where: { id: own.noticeId! } });
}

async function appointment(
  personName: string,
  endsOn: string | null,
  opts: { status?: string; result?: string; probation?: boolean } = {},
) {
  return db().appointment.create({
    data: {
      kind: "APPOINT",
      personName,
      post: "局长",
      unit: "舟山市某局",
      decidedOn: day("2025-12-01"),
      status: opts.status ?? "PUBLISHED",
      publishedAt: bj("2025-12-01"),
      probation: opts.probation ?? true,
      probationEndsOn: endsOn ? day(endsOn) : null,
      probationResult: opts.result ?? null,
    },
    select: { id: true },
  });
}

beforeAll(async () => {
  reviewer = await makeUser({ role: "REVIEWER", realName: "审核员甲" });

  // Registrations. Monday 11-30: waited Tue–Fri = 4 working days, past the 3-day target
  // (due Thursday). Thursday 12-03: 1 day. Registered 11-20, sent back, resubmitted Wednesday
  // 12-02 (its latest 已收到 message): 2 days. Approved and rejected ones do not count.
  const p1 = await nominator(bj("2026-11-30"), "PENDING");
  await nominator(bj("2026-12-03"), "PENDING");
  const p3 = await nominator(bj("2026-11-20"), "PENDING");
  await db().user.update({ where: { id: p3.id }, data: { reviewedAt: bj("2026-11-25") } });
  await db().notification.create({ data: { userId: p3.id, kind: "account.received", createdAt: bj("2026-12-02") } });
  await nominator(bj("2026-11-16"), "APPROVED");
  await nominator(bj("2026-10-01"), "REJECTED");
  ids.p1 = p1.id;

  // Vacancies and nominations.
  const by = await nominator(bj("2026-09-01"));
  const v1 = await vacancy("副局长甲", new Date(NOW.getTime() + 2 * DAY_MS)); // open, closing in 2 days
  const v2 = await vacancy("副局长乙", bj("2026-11-27")); // closed Friday 11-27: decisions due Wednesday 12-02
  const v3 = await vacancy("副局长丙", new Date(NOW.getTime() + 5 * DAY_MS)); // open, not closing soon
  const v4 = await vacancy("副局长丁", new Date(NOW.getTime() + 1 * DAY_MS)); // closing tomorrow, nothing yet
  await vacancy("副局长戊", new Date(NOW.getTime() + 1 * DAY_MS), "DRAFT"); // a draft never counts
  Object.assign(ids, { v1: v1.id, v2: v2.id, v3: v3.id, v4: v4.id });
  await nomination(v1.id, by.id, "SUBMITTED", bj("2026-12-03", 11));
  await nomination(v1.id, by.id, "SUBMITTED", bj("2026-12-04", 9));
  await nomination(v1.id, by.id, "ACCEPTED", bj("2026-12-02", 1));
  await nomination(v1.id, by.id, "WITHDRAWN", bj("2026-12-03", 15));
  await nomination(v2.id, by.id, "SUBMITTED", bj("2026-11-20"));
  await nomination(v3.id, by.id, "SUBMITTED", bj("2026-11-10"));
  await nomination(v3.id, by.id, "ACCEPTED", bj("2026-10-01")); // before the chart's 30 days
  // The talent pool: one still valid, one past its year (no longer decidable).
  await nomination(null, by.id, "SUBMITTED", bj("2026-11-01"), new Date(NOW.getTime() + 300 * DAY_MS));
  await nomination(null, by.id, "SUBMITTED", bj("2025-12-01"), new Date(NOW.getTime() - DAY_MS));

  // 公示: one in its period (two persons, one of them the reviewer), one ended, one draft, one general.
  const n1 = await notice("关于贺恩盛等同志任职前公示", "2026-12-01", "2026-12-07", ["贺恩盛", "审核员甲"]);
  await notice("关于某同志任职前公示（已结束）", "2026-11-20", "2026-11-26", ["某某"]);
  await notice("关于某同志任职前公示（草稿）", "2026-12-01", "2026-12-07", ["某某"], { status: "DRAFT" });
  await notice("工作通知", "2026-12-01", "2026-12-07", [], { kind: "GENERAL" });
  ids.n1 = n1.id;
  const he = n1.entries.find((e) => e.name === "贺恩盛")!.id;
  const me = n1.entries.find((e) => e.name === "审核员甲")!.id;
  await objection(n1.id, he, "PENDING");
  await objection(n1.id, he, "ACCEPTED");
  await objection(n1.id, he, "CLOSED");
  await objection(n1.id, me, "PENDING"); // about the reader: never counted for them

  // Probations (the horizon is 60 days: 2027-02-02).
  ids.a1 = (await appointment("甲某", "2027-01-10")).id;
  ids.a2 = (await appointment("乙某", "2026-11-30")).id; // ended, not assessed
  await appointment("丙某", "2027-03-01"); // beyond 60 days
  await appointment("丁某", "2026-12-20", { result: "COMPETENT" }); // assessed
  await appointment("戊某", "2026-12-20", { status: "DRAFT" }); // not published
  await appointment("己某", null, { probation: false });

  home = await consoleHome(reviewer, { now: NOW });
});

describe("the console home, counted", () => {
  it("pending registrations, the overdue ones and the oldest one's working days against the 3-day target", () => {
    expect(home.reviewDays).toBe(3);
    expect(home.registrations).toEqual({ pending: 3, overdue: 1, oldest: { id: ids.p1, waitedDays: 4, overdue: true } });
  });

  it("nominations to decide per vacancy: 已提交 and still valid, overdue and closed first; the talent pool apart", () => {
    const n = home.nominations;
    expect(n.total).toBe(5);
    expect(n.pool).toBe(1);
    expect(n.moreVacancies).toBe(0);
    expect(n.vacancies.map((v) => [v.id, v.pending, v.closed, v.overdue])).toEqual([
      [ids.v2, 1, true, true],
      [ids.v1, 2, false, false],
      [ids.v3, 1, false, false],
    ]);
    expect(n.vacancies[0].name).toBe("副局长乙（舟山市海洋经济发展局）");
  });

  it("vacancies closing within 3 days, with the nominations that count (withdrawn ones not)", () => {
    expect(home.closing.total).toBe(2);
    expect(home.closing.lines.map((l) => [l.id, l.nominations])).toEqual([
      [ids.v4, 0],
      [ids.v1, 3],
    ]);
  });

  it("公示 in their period with their open objections (closed ones and those about the reader left out)", () => {
    expect(home.notices.lines).toEqual([
      { id: ids.n1, title: "关于贺恩盛等同志任职前公示", startsOn: "2026-12-01", endsOn: "2026-12-07", persons: 2, openObjections: 2 },
    ]);
    expect(home.notices.openObjections).toBe(2);
  });

  it("open and overdue cases are the case inbox's own counts", async () => {
    expect(home.cases).toEqual(await caseCounts(reviewer, { now: NOW }));
    expect(home.cases.OBJECTION.open).toBe(2);
  });

  it("probations within 60 days, unassessed and published, the ended one first and marked", () => {
    expect(home.probations.total).toBe(2);
    expect(home.probations.overdue).toBe(1);
    expect(home.probations.lines.map((p) => [p.id, p.endsOn, p.overdue])).toEqual([
      [ids.a2, "2026-11-30", true],
      [ids.a1, "2027-01-10", false],
    ]);
  });

  it("charts: nominations per Beijing day for open vacancies over 30 days, registrations per week over 12", () => {
    const days = home.charts.nominationsPerDay;
    expect(days).toHaveLength(30);
    expect(days[0].day).toBe("2026-11-05");
    expect(days[29].day).toBe("2026-12-04");
    const nonZero = Object.fromEntries(days.filter((d) => d.count > 0).map((d) => [d.day, d.count]));
    // v1's three (not the withdrawn one; 01:00 Beijing on 12-02 is 12-02) and v3's of 11-10;
    // not the closed v2's, nor anything before the 30 days.
    expect(nonZero).toEqual({ "2026-11-10": 1, "2026-12-02": 1, "2026-12-03": 1, "2026-12-04": 1 });

    const weeks = home.charts.registrationsPerWeek;
    expect(weeks).toHaveLength(12);
    expect(weeks[11].day).toBe("2026-11-30");
    expect(weeks[0].day).toBe("2026-09-14");
    const perWeek = Object.fromEntries(weeks.filter((w) => w.count > 0).map((w) => [w.day, w.count]));
    // p1, p2 (week of 11-30); p3 and the approved one (11-16); the rejected one of Thursday
    // 10-01 (week of 09-28). The nominator of 09-01 is before the 12 weeks; staff never count.
    expect(perWeek).toEqual({ "2026-11-30": 2, "2026-11-16": 2, "2026-09-28": 1 });
    expect(mondayOf("2026-12-06")).toBe("2026-11-30");
  });
});

describe("the console home is for staff only", () => {
  it("refuses visitors and every account that is not approved staff", async () => {
    for (const [who, actor] of await lesserActors()) {
      await expect(consoleHome(actor, { now: NOW })).rejects.toBeInstanceOf(AuthzError);
      void who;
    }
  });

  it("an administrator reads it too", async () => {
    const admin = await makeUser({ role: "ADMIN", realName: "管理员乙" });
    await expect(consoleHome(admin, { now: NOW })).resolves.toMatchObject({ reviewDays: 3 });
  });
});

describe("where one lands after signing in (no page asked for another)", () => {
  const landing = async (u: { phone: string }, address: string) => {
    const b = new Browser(address);
    expect((await b.signIn(u.phone, FIXTURE_PASSWORD)).ok).toBe(true);
    return landingPath((await b.session()).user as { role?: string; status?: string });
  };

  it("staff on the console home, nominators (pending ones too) on their account", async () => {
    expect(await landing(await makeUser({ role: "REVIEWER" }), "198.51.100.11")).toBe("/admin");
    expect(await landing(await makeUser({ role: "ADMIN" }), "198.51.100.12")).toBe("/admin");
    expect(await landing(await makeUser(), "198.51.100.13")).toBe("/account");
    expect(await landing(await makeUser({ status: "PENDING" }), "198.51.100.14")).toBe("/account");
    // A suspended reviewer is no longer staff.
    expect(await landing(await makeUser({ role: "REVIEWER", status: "SUSPENDED" }), "198.51.100.15")).toBe("/account");
    expect(landingPath(null)).toBe("/account");
  });
});
