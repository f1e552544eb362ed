// 公开数据 on the real database: the figures per Beijing year for a known set of rows (drafts,
// withdrawn and unpublished items left out), small-count suppression per unit, the CSV, and the
// cache: the page's figures stay cached until a publish (or a write named in
// lib/statistics/writes.ts) expires them. Only the session lookup and Next's cache functions are
// replaced; the cache is a small tag-aware stand-in so that expiry can be seen.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { tagCacheStore } from "./support/tag-cache";
import { parseDay } from "@/lib/calendar/dates";
import { resetClock, setClock } from "@/lib/calendar/clock";
import { makeUser } from "./support/users";
import { vacancyInput } from "./boards-fixtures";

const fake = globalThis as unknown as { statsCaller: Actor | null };
fake.statsCaller = null;
jest.mock("@/lib/auth/session", () => ({ currentActor: async () => (globalThis as unknown as typeof fake).statsCaller }));
jest.mock("next/cache", () => jest.requireActual("./support/tag-cache").tagAwareNextCache());

jest.mock("next-intl/server", () => ({ getLocale: async () => "zh-CN", setRequestLocale: jest.fn() }));

import { z } from "zod";
import { publicStatistics } from "@/lib/data/public-stats";
import { statistics } from "@/lib/data/statistics-cache";
import { serverAction } from "@/lib/actions/pipeline";
import { readBoardVersions } from "@/lib/data/board-versions";
import { boardVersionWatcher } from "@/lib/cache/board-version-poller";
import { createVacancy } from "@/lib/data/vacancies";
import * as vacancyActions from "@/app/[locale]/(admin)/admin/vacancies/actions";
import { GET as csvRoute } from "@/app/[locale]/(public)/statistics/csv/route";
import { form } from "./boards-fixtures";
import StatisticsPage from "@/app/[locale]/(public)/statistics/page";
import { YearChart } from "@/components/statistics/year-chart";

/** A server component's output as text; client components (the charts) kept with their props. */
async function renderText(node: unknown, charts: Record<string, unknown>[]): Promise<string> {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return (await Promise.all(node.map((n) => renderText(n, charts)))).join("");
  const el = node as { type: unknown; props: Record<string, unknown> };
  if (el.type === YearChart) {
    charts.push(el.props);
    return "";
  }
  if (typeof el.type === "function") return renderText(await (el.type as (p: unknown) => unknown)(el.props), charts);
  return renderText(el.props?.children, charts);
}

jest.setTimeout(60_000);

const bj = (text: string) => new Date(`${text}+08:00`);
const NOW = bj("2026-06-15T10:00:00");
const A = "舟山市生态环境局";
const B = "舟山市档案馆";
const C = "舟山市港航局";
let seq = 0;
const next = () => ++seq;

async function vacancy(unit: string, publishedAt: Date | null, status = "PUBLISHED") {
  const n = next();
  await db().vacancy.create({
    data: {
      post: `岗位${n}`,
      unit,
      level: "SECTION",
      headcount: 1,
      duties: "职责",
      qualifications: "条件",
      opensAt: publishedAt ?? NOW,
      closesAt: new Date((publishedAt ?? NOW).getTime() + 7 * 86_400_000),
      status,
      publishedAt,
    },
  });
}

async function appointment(unit: string, decidedOn: string, status = "PUBLISHED") {
  await db().appointment.create({
    data: {
      kind: "APPOINT",
      personName: `任命${next()}`,
      post: "副局长",
      unit,
      decidedOn: parseDay(decidedOn)!,
      status,
      publishedAt: status === "PUBLISHED" ? NOW : null,
    },
  });
}

async function notice(kind: string, status: string, startsOn: string | null) {
  await db().notice.create({
    data: {
      kind,
      title: `公示${next()}`,
      body: "正文",
      status,
      startsOn: startsOn ? parseDay(startsOn) : null,
      publishedAt: status === "DRAFT" ? null : NOW,
    },
  });
}

async function objection(kind: string, createdAt: Date, status = "PENDING", closedAt: Date | null = null) {
  await db().case.create({
    data: {
      kind,
      number: `FY-TEST-${next()}`,
      title: "反映",
      status,
      createdAt,
      closedAt,
      acceptDueOn: parseDay("2025-12-31")!,
      contentHash: `hash-${next()}`,
    },
  });
}

async function nomination(submittedAt: Date, status: string) {
  const nominator = await makeUser({ role: "NOMINATOR" });
  const candidate = await db().candidate.create({
    data: {
      name: "被推荐人",
      gender: "M",
      birthDate: parseDay("1980-01-01")!,
      workUnit: A,
      currentPost: "科长",
      currentLevel: "SECTION",
      yearsAtLevel: 5,
      education: "BACHELOR",
    },
  });
  await db().nomination.create({
    data: {
      receiptNo: `R${next()}`,
      kind: "OPEN",
      nominatorId: nominator.id,
      candidateId: candidate.id,
      relationship: "同事",
      reasonDe: "德",
      reasonNeng: "能",
      reasonQin: "勤",
      reasonJi: "绩",
      reasonLian: "廉",
      signedName: "推荐人",
      status,
      submittedAt,
    },
  });
}

async function trainingClass(status: string) {
  return db().trainingClass.create({
    data: {
      title: `培训班${next()}`,
      organizer: "市委组织部",
      kind: "CENTRAL",
      capacity: 100,
      signupOpensAt: bj("2025-03-01T09:00:00"),
      signupClosesAt: bj("2025-03-20T17:00:00"),
      status,
      publishedAt: status === "DRAFT" ? null : bj("2025-03-01T09:00:00"),
    },
  });
}

async function session(classId: string, startsAt: Date, hoursTenths: number) {
  return db().trainingSession.create({
    data: {
      classId,
      title: `第${next()}讲`,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3 * 3_600_000),
      hoursTenths,
      checkinSecret: `s${next()}`,
    },
  });
}

/** `people` attendees from `unit`, each at every one of `sessions`. */
async function attend(unit: string, people: number, classId: string, sessions: string[]) {
  for (let i = 0; i < people; i++) {
    const u = await makeUser({ role: "NOMINATOR" });
    await db().user.update({ where: { id: u.id }, data: { workUnit: unit } });
    const e = await db().trainingEnrolment.create({ data: { classId, userId: u.id, status: "APPROVED" } });
    for (const s of sessions) await db().trainingAttendance.create({ data: { sessionId: s, enrolmentId: e.id, method: "LIST" } });
  }
}

async function survey(published: boolean, answers: string[]) {
  const s = await db().survey.create({
    data: {
      title: published ? "2025年度选人用人工作满意度测评" : "未公布的测评",
      year: 2025,
      opensAt: bj("2025-11-01T09:00:00"),
      closesAt: bj("2025-11-15T17:00:00"),
      status: "CLOSED",
      resultsPublishedAt: published ? NOW : null,
    },
  });
  const q = (position: number, kind: string, text: string, isPublished: boolean) =>
    db().surveyQuestion.create({ data: { surveyId: s.id, position, kind, text, published: isPublished } });
  const shown = await q(0, "SCALE", "对干部选任信息公开工作的评价", true);
  const hidden = await q(1, "SCALE", "未公布的问题", false);
  const text = await q(2, "TEXT", "意见建议", true);
  for (const a of answers) {
    await db().surveyResponse.create({
      data: {
        id: next() * 7919 + (published ? 1 : 2),
        surveyId: s.id,
        answers: JSON.stringify({ [shown.id]: a, [hidden.id]: "UNSATISFIED", [text.id]: "无" }),
      },
    });
  }
}

beforeAll(async () => {
  setClock(NOW);
  // Vacancies: A 5 published (one later cancelled) + 1 draft; B 1; C 6; one published at 01:00 on
  // 1 January 2026 in Beijing (still 2025 in UTC).
  for (let i = 0; i < 4; i++) await vacancy(A, bj("2025-03-01T10:00:00"));
  await vacancy(A, bj("2025-03-02T10:00:00"), "CANCELLED");
  await vacancy(A, null, "DRAFT");
  await vacancy(B, bj("2025-04-01T10:00:00"));
  for (let i = 0; i < 6; i++) await vacancy(C, bj("2025-05-01T10:00:00"));
  await vacancy(C, bj("2026-01-01T01:00:00"));
  // 任免: A 9, B 2, C 7 published in 2025; a draft and a withdrawn one not counted.
  for (let i = 0; i < 9; i++) await appointment(A, "2025-06-01");
  for (let i = 0; i < 2; i++) await appointment(B, "2025-06-01");
  for (let i = 0; i < 7; i++) await appointment(C, "2025-07-01");
  await appointment(A, "2025-08-01", "DRAFT");
  await appointment(A, "2025-08-01", "UNPUBLISHED");
  // 任职前公示: two held; withdrawn, draft and general notices not counted.
  await notice("PRE_APPOINTMENT", "PUBLISHED", "2025-06-02");
  await notice("PRE_APPOINTMENT", "PUBLISHED", "2025-09-01");
  await notice("PRE_APPOINTMENT", "UNPUBLISHED", "2025-10-08");
  await notice("PRE_APPOINTMENT", "DRAFT", "2025-11-03");
  await notice("GENERAL", "PUBLISHED", null);
  // Objections: three received in 2025; two finished in 2025, one in 2026; a letter (TALK) not counted.
  await objection("OBJECTION", bj("2025-06-03T09:00:00"), "CLOSED", bj("2025-06-20T09:00:00"));
  await objection("OBJECTION", bj("2025-09-02T09:00:00"), "DISMISSED", bj("2025-09-03T09:00:00"));
  await objection("OBJECTION", bj("2025-12-30T09:00:00"), "CLOSED", bj("2026-01-05T09:00:00"));
  await objection("TALK", bj("2025-06-03T09:00:00"), "CLOSED", bj("2025-06-04T09:00:00"));
  // Nominations: three received in 2025 (one at 00:30 on 1 January in Beijing), one withdrawn.
  await nomination(bj("2025-01-01T00:30:00"), "SUBMITTED");
  await nomination(bj("2025-03-05T09:00:00"), "ACCEPTED");
  await nomination(bj("2025-03-06T09:00:00"), "REJECTED");
  await nomination(bj("2025-03-07T09:00:00"), "WITHDRAWN");
  // Training: sessions of 3.5 and 1.5 学时. A: 6 people at the first, 1 more at the second (22.5);
  // B: 2 people (7); C: 8 people (28). A class never published does not count.
  const cls = await trainingClass("PUBLISHED");
  const s1 = await session(cls.id, bj("2025-04-01T09:00:00"), 35);
  const s2 = await session(cls.id, bj("2025-04-02T09:00:00"), 15);
  await attend(A, 6, cls.id, [s1.id]);
  await attend(A, 1, cls.id, [s2.id]);
  await attend(B, 2, cls.id, [s1.id]);
  await attend(C, 8, cls.id, [s1.id]);
  const draft = await trainingClass("DRAFT");
  const s3 = await session(draft.id, bj("2025-04-03T09:00:00"), 100);
  await attend(C, 1, draft.id, [s3.id]);
  // Satisfaction: 3 满意, 1 基本满意, 1 不满意, 1 不了解 → 4 / 5 = 80%.
  await survey(true, ["SATISFIED", "SATISFIED", "SATISFIED", "BASIC", "UNSATISFIED", "UNKNOWN"]);
  await survey(false, ["SATISFIED", "SATISFIED", "SATISFIED", "SATISFIED", "SATISFIED"]);
});

afterAll(() => resetClock());

describe("public statistics", () => {
  test("the figures per Beijing year: drafts, withdrawn and unpublished items, letters and unpublished classes left out", async () => {
    const s = await publicStatistics(NOW);
    expect(s.years).toEqual([
      {
        year: 2025,
        vacancies: 12,
        nominations: 3,
        notices: 2,
        objectionsReceived: 3,
        objectionsHandled: 2,
        appointments: 18,
        trainingHoursTenths: 575,
      },
      {
        year: 2026,
        vacancies: 1,
        nominations: 0,
        notices: 0,
        objectionsReceived: 0,
        objectionsHandled: 1,
        appointments: 0,
        trainingHoursTenths: 0,
      },
    ]);
    expect(s.satisfaction).toEqual([
      {
        year: 2025,
        survey: "2025年度选人用人工作满意度测评",
        question: "对干部选任信息公开工作的评价",
        topic: null,
        permille: 800,
        answered: 5,
      },
    ]);
  });

  test("per unit: figures under 5 (or hours of fewer than 5 people) suppressed, and the one figure that would reveal them too", async () => {
    const s = await publicStatistics(NOW);
    const y2025 = s.units.find((u) => u.year === 2025)!;
    // B (1 vacancy, 2 任免, 2 people) is suppressed throughout, so not listed. Each column then
    // hides its smallest other figure, or total minus shown would give B's: A's 5 vacancies,
    // C's 7 任免, A's 22.5 学时.
    expect(y2025.rows).toEqual(
      [
        { unit: C, values: { vacancies: 6, appointments: null, trainingHoursTenths: 280 } },
        { unit: A, values: { vacancies: null, appointments: 9, trainingHoursTenths: null } },
      ].sort((x, y) => x.unit.localeCompare(y.unit, "zh-CN")),
    );
    expect(y2025.omitted).toBe(1);
    const all = JSON.stringify(s);
    expect(all).not.toContain(B);
    // Nothing identifying: no names of anyone in the rows above.
    for (const word of ["任命1", "被推荐人", "推荐人", "测试用户", "公示1", "反映"]) expect(all).not.toContain(word);
    // 2026: one unit with one vacancy, suppressed and not listed.
    expect(s.units.find((u) => u.year === 2026)).toEqual({ year: 2026, rows: [], omitted: 1 });
  });

  test("the page: every figure in words of the catalog, three charts named by their summaries, the CSV link, nothing identifying", async () => {
    tagCacheStore().clear();
    const charts: Record<string, unknown>[] = [];
    const text = await renderText(await StatisticsPage({ params: Promise.resolve({ locale: "zh-CN" }) }), charts);
    expect(text).toContain("干部工作统计");
    expect(text).toContain("下载数据（CSV）");
    expect(text).toContain("2025年12");
    expect(text).toContain("57.5");
    expect(text).toContain("80%");
    expect(text).toContain("不予公布");
    expect(text).not.toMatch(/statistics\.|figures\.|unitFigures\./);
    expect(text).not.toContain(B);
    expect(charts).toHaveLength(3);
    expect(charts.map((c) => c.summary)).toEqual([
      expect.stringContaining("2026年：发布空缺岗位（个） 1，收到推荐（份） 0"),
      expect.stringContaining("办结公示反映（件） 1"),
      expect.stringContaining("教育培训学时（学时） 0"),
    ]);
    expect(charts[0].years).toEqual(["2025年", "2026年"]);
  });

  test("the CSV: UTF-8 with a byte-order mark, Chinese headers, one row per figure, suppressed figures empty with a note", async () => {
    const res = await csvRoute(new Request("http://localhost/zh-CN/statistics/csv"), { params: Promise.resolve({ locale: "zh-CN" }) });
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toContain(`filename*=UTF-8''${encodeURIComponent("干部工作统计.csv")}`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trim().split("\n");
    expect(lines[0]).toBe("年度,指标,单位,数值,说明");
    expect(lines).toContain("2025,发布空缺岗位（个）,全部,12,");
    expect(lines).toContain("2025,收到推荐（份）,全部,3,");
    expect(lines).toContain("2025,开展任职前公示（次）,全部,2,");
    expect(lines).toContain("2025,收到公示反映（件）,全部,3,");
    expect(lines).toContain("2026,办结公示反映（件）,全部,1,");
    expect(lines).toContain("2025,发布任免（项）,全部,18,");
    expect(lines).toContain("2025,教育培训学时（学时）,全部,57.5,");
    expect(lines).toContain(`2025,教育培训学时（学时）,${C},28,`);
    expect(lines).toContain(`2025,发布空缺岗位（个）,${A},,数字小于5或人数少于5，不予公布`);
    expect(lines).toContain("2025,满意率（%）：2025年度选人用人工作满意度测评：对干部选任信息公开工作的评价,全部,80,有效回答 5 份");
    expect(lines.join("\n")).not.toContain(B);
    // The English CSV says the same in English.
    const en = await csvRoute(new Request("http://localhost/en/statistics/csv"), { params: Promise.resolve({ locale: "en" }) });
    const enLines = new TextDecoder().decode(new Uint8Array(await en.arrayBuffer()).slice(3)).split("\n");
    expect(enLines[0]).toBe("Year,Figure,Unit,Value,Note");
    expect(enLines).toContain("2025,Training hours delivered,All,57.5,");
  });

  test("cached until a publish expires it: the page's figures change after a vacancy is published", async () => {
    tagCacheStore().clear();
    const staff = await makeUser({ role: "REVIEWER" });
    fake.statsCaller = staff;
    const before = (await statistics()).years.find((y) => y.year === 2026)!.vacancies;
    // Written behind the cache's back: the cached figures do not move.
    await vacancy(C, bj("2026-06-01T10:00:00"));
    expect((await statistics()).years.find((y) => y.year === 2026)!.vacancies).toBe(before);
    // Publishing through the console expires the vacancies board, and the figures with it.
    const { id } = await createVacancy(staff, vacancyInput(NOW, { closesAt: bj("2026-07-01T17:00:00") }));
    const out = await vacancyActions.vacancyStatusAction({}, form({ id, to: "PUBLISHED" })).then(
      () => "returned",
      (e: { digest?: string }) => e.digest ?? String(e),
    );
    expect(out).toContain("NEXT_REDIRECT");
    expect((await statistics()).years.find((y) => y.year === 2026)!.vacancies).toBe(before + 2);
  });

  test("a write named in lib/statistics/writes.ts expires the statistics and raises their version for the other instances", async () => {
    const poll = boardVersionWatcher();
    await poll();
    await statistics();
    const first = (await statistics()).years.find((y) => y.year === 2025)!.objectionsHandled;
    await objection("OBJECTION", bj("2025-10-01T09:00:00"), "CLOSED", bj("2025-10-02T09:00:00"));
    expect((await statistics()).years.find((y) => y.year === 2025)!.objectionsHandled).toBe(first);
    const versionBefore = (await readBoardVersions()).get("statistics") ?? 0;
    // The real pipeline, with an action of that name (the case console's close needs a whole case world).
    const closeCase = serverAction({
      name: "closeCase",
      access: "anyone",
      input: z.object({}),
      handle: async () => null,
      done: () => ({}),
    });
    await closeCase({}, form({}));
    expect((await statistics()).years.find((y) => y.year === 2025)!.objectionsHandled).toBe(first + 1);
    expect((await readBoardVersions()).get("statistics")).toBe(versionBefore + 1);
    expect(await poll()).toEqual(["statistics"]);
    // An action not named there leaves the statistics alone.
    const other = serverAction({
      name: "markMessageRead",
      access: "anyone",
      input: z.object({}),
      handle: async () => null,
      done: () => ({}),
    });
    await other({}, form({}));
    expect((await readBoardVersions()).get("statistics")).toBe(versionBefore + 1);
  });
});
