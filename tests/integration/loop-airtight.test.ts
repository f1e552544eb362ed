// The selection loop without a side door (issue 11), against a real database, through the actions
// and the pages they redirect to (real zh-CN catalog):
// - 已任命 is never a hand move: the vacancy's console move, crafted or not, is refused in the data
//   layer and the action; only a 任免 that passes the gate fills the vacancy;
// - nor is 公示中 without a published 任职前公示 of the vacancy (publishing it is the way);
// - a 任命 that fills a vacancy names a person of that vacancy's own 公示;
// - publishing the drafted 任职前公示 and the 任免 answer with the page's banner, in the words the
//   browser waits for (已发布，公开栏目已更新。 and what happened to the vacancy);
// - the console home lists the 公示 whose period ended and that wait for 公示结果, with a link;
// - the 试用期 list, like every console queue, can be exported (staff only, audited).
import "./support/page-mocks";
import { pageProps, renderPage, setPageCaller } from "./support/page-mocks";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { resetClock, setClock } from "@/lib/calendar/clock";
import { submitNomination } from "@/lib/data/nominations";
import { setShortlisted } from "@/lib/data/nomination-review";
import { recordNoticeResult } from "@/lib/data/notice-results";
import { getVacancy, setVacancyStatus } from "@/lib/data/vacancies";
import * as appointments from "@/lib/data/appointments";
import { consoleHome } from "@/lib/data/console-home";
import { vacancyStatusAction } from "@/app/[locale]/(admin)/admin/vacancies/actions";
import { draftNoticeAction } from "@/app/[locale]/(admin)/admin/nominations/[vacancyId]/actions";
import { noticeStatusAction } from "@/app/[locale]/(admin)/admin/notices/actions";
import { appointmentStatusAction } from "@/app/[locale]/(admin)/admin/appointments/actions";
import { NextRequest } from "next/server";
import { GET as exportProbations } from "@/app/[locale]/(admin)/admin/exports/probations/route";
import { callAction, formData } from "./support/call-action";
import { makeUser as makeStaff } from "./support/users";
import { makeUser, makeVacancy, targeted } from "./nominations-fixtures";
import { appointmentInput } from "./boards-fixtures";

jest.setTimeout(90_000);

const DAY = 86_400_000;
// A Tuesday in September 2026 (Beijing 10:00): a 公示 drafted now runs 9月2日 to 9月8日.
const T0 = new Date("2026-09-01T02:00:00Z");
const ENDED = new Date("2026-09-10T02:00:00Z");

let seq = 0;
const GIVEN = "甲乙丙丁戊己庚辛壬癸";
const personName = () => `韩${GIVEN[seq % 10]}${GIVEN[Math.floor(seq++ / 10) % 10]}`;

/** A vacancy whose window closed before T0, `count` persons nominated and shortlisted. */
async function shortlistedVacancy(staff: Actor, count: number, post = "港航物流处处长") {
  const v = await makeVacancy({ opensAt: new Date(T0.getTime() - 10 * DAY), closesAt: new Date(T0.getTime() - DAY), post });
  const nominators: Actor[] = [];
  for (let i = 0; i < count; i++) {
    const nominator = await makeUser();
    const n = await submitNomination(nominator, targeted(nominator, v.id, { name: personName() }), {
      now: new Date(T0.getTime() - 5 * DAY),
    });
    const { candidateId } = await db().nomination.findUniqueOrThrow({ where: { id: n.id }, select: { candidateId: true } });
    await setShortlisted(staff, v.id, candidateId, true);
    nominators.push(nominator);
  }
  return { v, nominators };
}

const redirectOf = async (action: unknown, fields: Record<string, string>) =>
  callAction(action as never, [{}, formData(fields)]).then((o) => (o.kind === "redirect" ? o.to : o));

/** 发布任职前公示 then 发布, as the console does it, at T0; the notice's id. */
async function publishedNotice(staff: Actor, vacancyId: string) {
  setClock(T0);
  const drafted = await redirectOf(draftNoticeAction, { vacancyId });
  expect(drafted).toMatch(/^\/admin\/notices\/[^/?]+\?done=drafted$/);
  const noticeId = (drafted as string).split("/")[3]!.split("?")[0]!;
  expect(await redirectOf(noticeStatusAction, { id: noticeId, to: "PUBLISHED" })).toBe(`/admin/notices/${noticeId}?done=vacancyAdvanced`);
  return noticeId;
}

let staff: Actor;
beforeAll(async () => {
  staff = await makeStaff({ role: "REVIEWER", realName: "审核员韩" });
  setPageCaller(staff);
});
afterEach(() => resetClock());

describe("已任命 only through a 任免 that passes the gate", () => {
  test("the vacancy's own move to 已任命 is refused in the data layer and the action, and the console does not offer it", async () => {
    const { v, nominators } = await shortlistedVacancy(staff, 1);
    await publishedNotice(staff, v.id); // 公示中, as the loop gets there
    // A crafted call (the type says no; the caller's value says FILLED).
    await expect(setVacancyStatus(staff, v.id, "FILLED" as never, T0)).rejects.toMatchObject({
      messageKey: "boardErrors.fillByAppointment",
    });
    setClock(T0);
    const crafted = await callAction(vacancyStatusAction as never, [{}, formData({ id: v.id, to: "FILLED" })]);
    expect(crafted.kind).toBe("returned");
    expect(await getVacancy(staff, v.id, T0)).toMatchObject({ status: "NOTICE" });
    expect((await getVacancy(staff, v.id, T0)).moves.map((m) => m.to)).toEqual(["CANCELLED"]);
    expect(await db().auditLog.count({ where: { action: "vacancy.fill", entityId: v.id } })).toBe(0);
    // Its nominations still stand and nobody was told of an appointment.
    expect(await db().nomination.count({ where: { vacancyId: v.id, status: "SUBMITTED" } })).toBe(1);
    expect(await db().notification.count({ where: { userId: nominators[0]!.id, kind: "vacancy.filled" } })).toBe(0);
    // The page says how it comes about instead of offering the move.
    const { text } = await renderPage("@/app/[locale]/(admin)/admin/vacancies/[id]/page", pageProps({ id: v.id }));
    expect(text).toContain("岗位不能手动标记为已任命");
    expect(text).not.toContain("标记已任命");
  });

  test("a 任命 for one vacancy naming a person of another vacancy's 公示 is refused when saved and when published", async () => {
    const one = await shortlistedVacancy(staff, 1, "甲岗位处长");
    const other = await shortlistedVacancy(staff, 1, "乙岗位处长");
    const noticeId = await publishedNotice(staff, other.v.id);
    const [entry] = await db().noticeEntry.findMany({ where: { noticeId } });
    await recordNoticeResult(staff, entry!.id, "NO_OBJECTION", ENDED);
    await expect(
      appointments.createAppointment(staff, appointmentInput({ vacancyId: one.v.id, noticeEntryId: entry!.id, personName: entry!.name })),
    ).rejects.toMatchObject({ fieldErrors: { vacancyId: ["loop.errors.personOtherVacancy"] } });
    // A row written some other way is still held by the gate at publishing.
    const row = await db().appointment.create({
      data: {
        ...appointmentInput({ personName: entry!.name }),
        docNumber: null,
        vacancyId: one.v.id,
        noticeId,
        noticeEntryId: entry!.id,
        status: "DRAFT",
      },
    });
    await expect(appointments.publishAppointment(staff, row.id, ENDED)).rejects.toMatchObject({
      messageKey: "loop.gate.personOtherVacancy",
    });
    expect((await db().vacancy.findUniqueOrThrow({ where: { id: one.v.id } })).status).toBe("PUBLISHED");
  });
});

describe("no way round the 公示 either", () => {
  test("a vacancy in 公示中 cannot go back to 已发布 while its 任职前公示 stands (a 任免 would then publish without filling it)", async () => {
    const { v } = await shortlistedVacancy(staff, 1, "海洋经济处处长");
    const noticeId = await publishedNotice(staff, v.id);
    expect((await getVacancy(staff, v.id, T0)).moves.map((m) => m.to)).toEqual(["CANCELLED"]);
    await expect(setVacancyStatus(staff, v.id, "PUBLISHED", T0)).rejects.toMatchObject({ messageKey: "boardErrors.reopenWhileNotice" });
    expect((await db().vacancy.findUniqueOrThrow({ where: { id: v.id } })).status).toBe("NOTICE");
    // Withdrawn, the 公示 no longer stands: the vacancy may go back to choose again.
    setClock(T0);
    expect(await redirectOf(noticeStatusAction, { id: noticeId, to: "UNPUBLISHED" })).toBe(`/admin/notices/${noticeId}?done=unpublish`);
    expect((await getVacancy(staff, v.id, T0)).moves.map((m) => m.to)).toEqual(["PUBLISHED", "CANCELLED"]);
    await setVacancyStatus(staff, v.id, "PUBLISHED", T0);
  });

  test("公示中 is never a hand move without a published 任职前公示 of the vacancy: refused in words, not offered, the page says how", async () => {
    const { v, nominators } = await shortlistedVacancy(staff, 1, "海事服务处处长");
    // Nominations closed, nothing published: the console offers no 转入公示中 and explains the way.
    expect((await getVacancy(staff, v.id, T0)).moves.map((m) => m.to)).toEqual(["CANCELLED"]);
    await expect(setVacancyStatus(staff, v.id, "NOTICE", T0)).rejects.toMatchObject({ messageKey: "boardErrors.noticeNeedsPreNotice" });
    setClock(T0);
    const crafted = await callAction(vacancyStatusAction as never, [{}, formData({ id: v.id, to: "NOTICE" })]);
    expect(crafted).toMatchObject({ kind: "returned", state: { message: "boardErrors.noticeNeedsPreNotice" } });
    expect((await db().vacancy.findUniqueOrThrow({ where: { id: v.id } })).status).toBe("PUBLISHED");
    expect(await db().auditLog.count({ where: { action: "vacancy.notice", entityId: v.id } })).toBe(0);
    expect(await db().notification.count({ where: { userId: nominators[0]!.id, kind: "vacancy.notice" } })).toBe(0);
    const page = await renderPage("@/app/[locale]/(admin)/admin/vacancies/[id]/page", pageProps({ id: v.id }));
    expect(page.text).not.toContain("转入公示中");
    expect(page.text).toContain("发布任职前公示");
    expect(page.hrefs).toContain(`/admin/nominations/${v.id}`);

    // The loop's own way: 发布任职前公示 moves it; withdrawn, back by hand; published again, 公示中 again.
    const noticeId = await publishedNotice(staff, v.id);
    expect((await db().vacancy.findUniqueOrThrow({ where: { id: v.id } })).status).toBe("NOTICE");
    expect(await redirectOf(noticeStatusAction, { id: noticeId, to: "UNPUBLISHED" })).toBe(`/admin/notices/${noticeId}?done=unpublish`);
    // Withdrawn, the 公示 no longer stands: nor can the vacancy be put back into 公示中 by hand.
    await setVacancyStatus(staff, v.id, "PUBLISHED", T0);
    await expect(setVacancyStatus(staff, v.id, "NOTICE", T0)).rejects.toMatchObject({ messageKey: "boardErrors.noticeNeedsPreNotice" });
    expect(await redirectOf(noticeStatusAction, { id: noticeId, to: "PUBLISHED" })).toBe(`/admin/notices/${noticeId}?done=vacancyAdvanced`);
    expect((await db().vacancy.findUniqueOrThrow({ where: { id: v.id } })).status).toBe("NOTICE");

    // A vacancy left 已发布 while its 公示 stands (a row written some other way): the hand move is the repair.
    await db().vacancy.update({ where: { id: v.id }, data: { status: "PUBLISHED" } });
    expect((await getVacancy(staff, v.id, T0)).moves.map((m) => m.to)).toEqual(["NOTICE", "CANCELLED"]);
    expect(await redirectOf(vacancyStatusAction, { id: v.id, to: "NOTICE" })).toBe(`/admin/vacancies/${v.id}?done=notice`);
    expect((await db().vacancy.findUniqueOrThrow({ where: { id: v.id } })).status).toBe("NOTICE");
  });
});

describe("the moves answer with the page's banner", () => {
  test("publishing the drafted 任职前公示 and then the 任免 says 已发布，公开栏目已更新。 and what became of the vacancy", async () => {
    const { v } = await shortlistedVacancy(staff, 1);
    const noticeId = await publishedNotice(staff, v.id);
    const notice = await renderPage(
      "@/app/[locale]/(admin)/admin/notices/[id]/page",
      pageProps({ id: noticeId }, { done: "vacancyAdvanced" }),
    );
    expect(notice.text).toContain("已发布，公开栏目已更新。");
    expect(notice.text).toContain("对应岗位已转入公示中");

    const [entry] = await db().noticeEntry.findMany({ where: { noticeId } });
    await recordNoticeResult(staff, entry!.id, "NO_OBJECTION", ENDED);
    const ap = await appointments.createAppointment(
      staff,
      appointmentInput({ vacancyId: v.id, noticeEntryId: entry!.id, personName: entry!.name }),
    );
    setClock(ENDED);
    expect(await redirectOf(appointmentStatusAction, { id: ap.id, to: "PUBLISHED" })).toBe(
      `/admin/appointments/${ap.id}?done=vacancyFilled`,
    );
    expect((await db().vacancy.findUniqueOrThrow({ where: { id: v.id } })).status).toBe("FILLED");
    const page = await renderPage(
      "@/app/[locale]/(admin)/admin/appointments/[id]/page",
      pageProps({ id: ap.id }, { done: "vacancyFilled" }),
    );
    expect(page.text).toContain("已发布，公开栏目已更新。");
    expect(page.text).toContain("对应岗位已标记为已任命");
  });
});

describe("the console home: 公示 awaiting their results", () => {
  test("a 公示 whose period ended is listed with the persons waiting and a link to record them, until all are recorded", async () => {
    const { v } = await shortlistedVacancy(staff, 2, "海事服务处处长");
    const noticeId = await publishedNotice(staff, v.id);
    const title = (await db().notice.findUniqueOrThrow({ where: { id: noticeId } })).title;

    // In its period: listed as such, not yet as waiting for results.
    const during = await consoleHome(staff, { now: new Date("2026-09-03T02:00:00Z") });
    expect(during.notices.lines.map((l) => l.id)).toContain(noticeId);
    expect(during.notices.awaitingResults.lines.map((l) => l.id)).not.toContain(noticeId);

    const after = await consoleHome(staff, { now: ENDED });
    expect(after.notices.lines.map((l) => l.id)).not.toContain(noticeId);
    expect(after.notices.awaitingResults.lines.find((l) => l.id === noticeId)).toEqual({
      id: noticeId,
      title,
      endsOn: "2026-09-08",
      waiting: 2,
      openObjections: 0,
    });
    setClock(ENDED);
    const { text, hrefs } = await renderPage("@/app/[locale]/(admin)/admin/page");
    expect(text).toContain("待记录公示结果");
    expect(text).toContain("公示期满 2026年9月8日");
    expect(text).toContain("2 人待记录");
    expect(hrefs).toContain(`/admin/notices/${noticeId}#loop-results-title`);

    const entries = await db().noticeEntry.findMany({ where: { noticeId } });
    await recordNoticeResult(staff, entries[0]!.id, "NO_OBJECTION", ENDED);
    expect((await consoleHome(staff, { now: ENDED })).notices.awaitingResults.lines.find((l) => l.id === noticeId)?.waiting).toBe(1);
    await recordNoticeResult(staff, entries[1]!.id, "NO_OBJECTION", ENDED);
    expect((await consoleHome(staff, { now: ENDED })).notices.awaitingResults.lines.map((l) => l.id)).not.toContain(noticeId);
  });
});

describe("the 试用期 list can be exported", () => {
  test("the probations due, most urgent first with their state in words, as .csv and .xlsx; staff only; audited", async () => {
    const now = new Date("2026-11-02T02:00:00Z");
    setClock(now);
    const make = (personName: string, endsOn: string) =>
      db().appointment.create({
        data: {
          ...appointmentInput({ personName }),
          docNumber: null,
          status: "PUBLISHED",
          publishedAt: new Date("2025-11-01T02:00:00Z"),
          probation: true,
          probationEndsOn: new Date(`${endsOn}T00:00:00Z`),
        },
      });
    await make("试用甲", "2026-12-20");
    await make("试用乙", "2026-10-30");
    await make("试用丙", "2027-06-01"); // not due within 60 days
    const get = (format: string) => exportProbations(new NextRequest(`http://localhost:3000/admin/exports/probations?format=${format}`));

    setPageCaller(null);
    expect((await get("csv")).status).toBe(401);
    setPageCaller(await makeUser());
    expect((await get("csv")).status).toBe(403);
    setPageCaller(staff);
    const csv = await get("csv");
    expect(csv.status).toBe(200);
    const text = (await csv.text()).replace(/^\uFEFF/, "");
    const lines = text.trim().split(/\r?\n/);
    expect(lines[0]).toBe("姓名,单位,职务,任职日期,试用期满,状态");
    expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(["试用乙", "试用甲"]);
    expect(lines[1]).toContain("已满 3 天未考核");
    expect(lines[2]).toContain("2026-12-20,48 天后期满");
    expect((await get("xlsx")).headers.get("content-type")).toContain("spreadsheetml");
    expect(await db().auditLog.count({ where: { action: "export.probations", actorId: staff.id } })).toBe(2);
  });
});
