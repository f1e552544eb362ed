// Every console action of the boards, called as a crafted POST would call it, by visitors,
// pending / rejected users, approved nominators and a suspended reviewer: refused, nothing
// written. Then the same through the data layer's own doors. Only the session lookup (who is
// signed in) and Next's cache functions are replaced; validation, data layer and database are real.
import type { Actor } from "@/lib/auth/actor";
import { AuthzError } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { lesserActors, makeUser } from "./support/users";
import { form, generalNoticeInput, policyInput, vacancyInput, appointmentInput } from "./boards-fixtures";

let signedIn: Actor | null = null;
jest.mock("@/lib/auth/session", () => ({ currentActor: async () => signedIn }));
const updateTag = jest.fn();
jest.mock("next/cache", () => ({
  revalidatePath: jest.fn(),
  revalidateTag: jest.fn(),
  updateTag: (t: string) => updateTag(t),
  unstable_cache: (fn: unknown) => fn,
}));

import * as policyActions from "@/app/[locale]/(admin)/admin/policies/actions";
import * as vacancyActions from "@/app/[locale]/(admin)/admin/vacancies/actions";
import * as noticeActions from "@/app/[locale]/(admin)/admin/notices/actions";
import * as appointmentActions from "@/app/[locale]/(admin)/admin/appointments/actions";
import * as calendarActions from "@/app/[locale]/(admin)/admin/calendar/actions";
import * as policies from "@/lib/data/policies";
import * as vacancies from "@/lib/data/vacancies";
import * as notices from "@/lib/data/notices";
import * as appointments from "@/lib/data/appointments";
import * as holidays from "@/lib/data/holidays";
import { readBoardVersions } from "@/lib/data/board-versions";
import { newYearOnly } from "./support/holiday-rows";

const NOW = new Date();

const policyForm = { title: "越权测试", category: "LAWS", issuer: "某机关", issuedOn: "2026-03-01", body: "正文" };
const vacancyForm = {
  post: "越权岗位",
  unit: "某单位",
  level: "SECTION",
  headcount: "1",
  duties: "职责",
  qualifications: "条件",
  opensAt: "2026-12-01T09:00",
  closesAt: "2099-12-15T17:00",
};
const noticeForm = { kind: "GENERAL", title: "越权公告", body: "正文" };
const appointmentForm = { kind: "APPOINT", personName: "某人", post: "某职务", unit: "某单位", decidedOn: "2026-10-01" };

async function counts() {
  const [p, v, n, a, h, audit] = await Promise.all([
    db().policy.count(),
    db().vacancy.count(),
    db().notice.count(),
    db().appointment.count(),
    db().holidayArrangement.count(),
    db().auditLog.count(),
  ]);
  return { p, v, n, a, h, audit, versions: Object.fromEntries(await readBoardVersions()) };
}

describe("console actions refuse everyone but approved staff", () => {
  test("every action, every lesser actor: an authorization message, no row and no audit entry written, no cache touched", async () => {
    const staff = await makeUser({ role: "REVIEWER" });
    const draftPolicy = await policies.createPolicy(staff, policyInput());
    const draftVacancy = await vacancies.createVacancy(staff, vacancyInput(NOW));
    const publishedVacancy = await vacancies.createVacancy(staff, vacancyInput(NOW));
    await vacancies.publishVacancy(staff, publishedVacancy.id, NOW);
    const draftNotice = await notices.createNotice(staff, generalNoticeInput());
    const draftAppointment = await appointments.createAppointment(staff, appointmentInput());
    await holidays.saveHolidayYear(staff, 2027, newYearOnly(2027));
    updateTag.mockClear();

    const attempts: [string, () => Promise<{ message?: string }>][] = [
      ["createPolicy", () => policyActions.savePolicyAction({}, form(policyForm))],
      ["editPolicy", () => policyActions.savePolicyAction({}, form({ ...policyForm, id: draftPolicy.id }))],
      ["publishPolicy", () => policyActions.policyStatusAction({}, form({ id: draftPolicy.id, to: "PUBLISHED" }))],
      ["createVacancy", () => vacancyActions.saveVacancyAction({}, form(vacancyForm))],
      ["editVacancy", () => vacancyActions.saveVacancyAction({}, form({ ...vacancyForm, id: draftVacancy.id }))],
      ["publishVacancy", () => vacancyActions.vacancyStatusAction({}, form({ id: draftVacancy.id, to: "PUBLISHED" }))],
      ["cancelVacancy", () => vacancyActions.cancelVacancyAction({}, form({ id: publishedVacancy.id, reason: "越权撤销" }))],
      ["createNotice", () => noticeActions.saveNoticeAction({}, form(noticeForm))],
      ["editNotice", () => noticeActions.saveNoticeAction({}, form({ ...noticeForm, id: draftNotice.id }))],
      ["publishNotice", () => noticeActions.noticeStatusAction({}, form({ id: draftNotice.id, to: "PUBLISHED" }))],
      ["createAppointment", () => appointmentActions.saveAppointmentAction({}, form(appointmentForm))],
      ["editAppointment", () => appointmentActions.saveAppointmentAction({}, form({ ...appointmentForm, id: draftAppointment.id }))],
      ["publishAppointment", () => appointmentActions.appointmentStatusAction({}, form({ id: draftAppointment.id, to: "PUBLISHED" }))],
      ["saveHolidays", () => calendarActions.saveHolidayYearAction({}, form({ year: "2028", text: "2028-01-01 元旦 休" }))],
      ["deleteHolidays", () => calendarActions.deleteHolidayYearAction({}, form({ id: "2027" }))],
    ];
    const before = await counts();
    const lesser = await lesserActors();
    for (const [who, actor] of lesser) {
      signedIn = actor;
      for (const [name, attempt] of attempts) {
        const result = await attempt();
        expect([who, name, result.message]).toEqual([
          who,
          name,
          actor ? expect.stringMatching(/^errors\.auth\.(forbidden|notApproved)$/) : "errors.auth.unauthenticated",
        ]);
      }
    }
    expect(await counts()).toEqual(before);
    expect(updateTag).not.toHaveBeenCalled();
    expect((await db().policy.findUniqueOrThrow({ where: { id: draftPolicy.id } })).status).toBe("DRAFT");
    expect((await db().vacancy.findUniqueOrThrow({ where: { id: draftVacancy.id } })).status).toBe("DRAFT");
    expect((await db().vacancy.findUniqueOrThrow({ where: { id: publishedVacancy.id } })).status).toBe("PUBLISHED");
    expect((await db().notice.findUniqueOrThrow({ where: { id: draftNotice.id } })).status).toBe("DRAFT");
    expect((await db().appointment.findUniqueOrThrow({ where: { id: draftAppointment.id } })).status).toBe("DRAFT");
  });
});

describe("the data layer's doors refuse them too", () => {
  test("every console read and write throws AuthzError for lesser actors", async () => {
    const staff = await makeUser({ role: "ADMIN" });
    const p = await policies.createPolicy(staff, policyInput());
    const v = await vacancies.createVacancy(staff, vacancyInput(NOW));
    const n = await notices.createNotice(staff, generalNoticeInput());
    const a = await appointments.createAppointment(staff, appointmentInput());
    const calls: [string, (x: Actor | null) => Promise<unknown>][] = [
      ["listPolicies", (x) => policies.listPolicies(x, {})],
      ["getPolicy", (x) => policies.getPolicy(x, p.id)],
      ["createPolicy", (x) => policies.createPolicy(x, policyInput())],
      ["updatePolicy", (x) => policies.updatePolicy(x, p.id, policyInput())],
      ["setPolicyStatus", (x) => policies.setPolicyStatus(x, p.id, "PUBLISHED")],
      ["listVacanciesAdmin", (x) => vacancies.listVacanciesAdmin(x, {})],
      ["getVacancy", (x) => vacancies.getVacancy(x, v.id)],
      ["vacancyChoices", (x) => vacancies.vacancyChoices(x)],
      ["createVacancy", (x) => vacancies.createVacancy(x, vacancyInput(NOW))],
      ["updateVacancy", (x) => vacancies.updateVacancy(x, v.id, vacancyInput(NOW))],
      ["publishVacancy", (x) => vacancies.publishVacancy(x, v.id)],
      ["setVacancyStatus", (x) => vacancies.setVacancyStatus(x, v.id, "NOTICE")],
      ["cancelVacancy", (x) => vacancies.cancelVacancy(x, v.id, "x")],
      ["listNotices", (x) => notices.listNotices(x, {})],
      ["getNotice", (x) => notices.getNotice(x, n.id)],
      ["noticeChoices", (x) => notices.noticeChoices(x)],
      ["createNotice", (x) => notices.createNotice(x, generalNoticeInput())],
      ["updateNotice", (x) => notices.updateNotice(x, n.id, generalNoticeInput())],
      ["setNoticeStatus", (x) => notices.setNoticeStatus(x, n.id, "PUBLISHED")],
      ["listAppointments", (x) => appointments.listAppointments(x, {})],
      ["getAppointment", (x) => appointments.getAppointment(x, a.id)],
      ["createAppointment", (x) => appointments.createAppointment(x, appointmentInput())],
      ["updateAppointment", (x) => appointments.updateAppointment(x, a.id, appointmentInput())],
      ["setAppointmentStatus", (x) => appointments.setAppointmentStatus(x, a.id, "PUBLISHED")],
      ["calendarOverview", (x) => holidays.calendarOverview(x)],
      ["getHolidayYearRows", (x) => holidays.getHolidayYearRows(x, 2027)],
      ["saveHolidayYear", (x) => holidays.saveHolidayYear(x, 2027, newYearOnly(2027))],
      ["deleteHolidayYear", (x) => holidays.deleteHolidayYear(x, 2027)],
    ];
    const before = await counts();
    for (const [who, actor] of await lesserActors()) {
      for (const [name, call] of calls) {
        const error = await call(actor).then(
          () => null,
          (e: unknown) => e,
        );
        expect([who, name, error instanceof AuthzError]).toEqual([who, name, true]);
      }
    }
    expect(await counts()).toEqual(before);
  });
});

describe("a reviewer through the actions", () => {
  test("bad input gets field errors in catalog keys and writes nothing", async () => {
    signedIn = await makeUser({ role: "REVIEWER" });
    const before = await counts();
    const v = await vacancyActions.saveVacancyAction(
      {},
      form({
        ...vacancyForm,
        headcount: "0",
        opensAt: "2026-12-15T09:00",
        closesAt: "2026-12-01T09:00",
        requiredLevel: "DEPUTY_BUREAU",
        minYearsAtLevel: "40",
      }),
    );
    expect(v.message).toBe("errors.invalid");
    expect(v.errors).toMatchObject({ headcount: ["boardErrors.headcount"], minYearsAtLevel: ["boardErrors.minYears"] });
    const v2 = await vacancyActions.saveVacancyAction(
      {},
      form({ ...vacancyForm, opensAt: "2026-12-15T09:00", closesAt: "2026-12-01T09:00", requiredLevel: "DEPUTY_BUREAU" }),
    );
    expect(v2.errors).toMatchObject({ closesAt: ["boardErrors.windowOrder"], requiredLevel: ["boardErrors.requiredLevelAbovePost"] });
    expect(v2.values).toMatchObject({ post: "越权岗位" });
    const p = await policyActions.savePolicyAction({}, form({ ...policyForm, title: "  ", issuedOn: "2026-02-30" }));
    expect(p.errors).toMatchObject({ title: ["errors.required"], issuedOn: ["boardErrors.day"] });
    const n = await noticeActions.saveNoticeAction(
      {},
      form({
        kind: "PRE_APPOINTMENT",
        title: "公示",
        body: "正文",
        startsOn: "2026-12-01",
        workingDays: "3",
        contact: "电话",
        "entry.0.name": "张三",
        "entry.0.gender": "M",
        "entry.0.birthYearMonth": "1983-13",
        "entry.0.education": "大学",
        "entry.0.currentPost": "科长",
        "entry.0.proposedPost": "",
      }),
    );
    expect(n.errors).toMatchObject({
      workingDays: ["boardErrors.workingDays"],
      "entries.0.birthYearMonth": ["boardErrors.birthYearMonth"],
      "entries.0.proposedPost": ["errors.required"],
    });
    expect(n.values).toMatchObject({ "entry.0.name": "张三" });
    const a = await appointmentActions.saveAppointmentAction({}, form({ ...appointmentForm, kind: "PROMOTE" }));
    expect(a.errors).toMatchObject({ kind: ["errors.invalid"] });
    expect(await counts()).toEqual(before);
  });

  test("a valid save redirects to the item and expires the board's cache; publishing does too", async () => {
    signedIn = await makeUser({ role: "REVIEWER" });
    updateTag.mockClear();
    const before = await readBoardVersions();
    const redirect = await policyActions.savePolicyAction({}, form(policyForm)).then(
      () => null,
      (e: { digest?: string }) => e.digest ?? "",
    );
    expect(redirect).toMatch(/NEXT_REDIRECT.*\/admin\/policies\/\w+\?done=created/);
    const id = /\/admin\/policies\/(\w+)\?/.exec(redirect!)![1];
    expect(updateTag).toHaveBeenCalledWith("board:policies");
    await expect(policyActions.policyStatusAction({}, form({ id, to: "PUBLISHED" }))).rejects.toMatchObject({
      digest: expect.stringContaining(`/admin/policies/${id}?done=publish`),
    });
    expect(await policies.getPublishedPolicy(id)).toMatchObject({ title: "越权测试" });
    // Other instances learn of both changes from the policies board's version.
    const after = await readBoardVersions();
    expect(after.get("policies")).toBe(before.get("policies")! + 2);
    expect(after.get("vacancies")).toBe(before.get("vacancies"));
    const log = await db().auditLog.findMany({ where: { entityId: id }, orderBy: { id: "asc" } });
    expect(log.map((l) => [l.action, l.actorId])).toEqual([
      ["policy.create", signedIn!.id],
      ["policy.publish", signedIn!.id],
    ]);
  });
});
