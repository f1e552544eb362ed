// Publishing on the four boards through the real data layer and database: what the public
// sees before and after each move, the rules each move enforces, and the audit trail.
import { db } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { formatDay, parseDay } from "@/lib/calendar/dates";
import * as policies from "@/lib/data/policies";
import * as vacancies from "@/lib/data/vacancies";
import * as notices from "@/lib/data/notices";
import * as appointments from "@/lib/data/appointments";
import { recordNoticeResult } from "@/lib/data/notice-results";
import { searchPublished } from "@/lib/data/search";
import { sitemapEntries } from "@/lib/data/sitemap";
import { feedEntries } from "@/lib/data/feeds";
import { DomainError } from "@/lib/data/errors";
import { makeUser } from "./support/users";
import { appointmentInput, generalNoticeInput, policyInput, preNoticeInput, vacancyInput } from "./boards-fixtures";

// Thursday 2026-09-17, 10:00 in Beijing: the week before the 2026 国庆 holiday.
const NOW = new Date("2026-09-17T02:00:00Z");
const DAY = 86_400_000;

async function audits(entityId: string) {
  return (await db().auditLog.findMany({ where: { entityId }, orderBy: { id: "asc" } })).map((a) => a.action);
}

describe("policies", () => {
  test("a draft is invisible; published it shows on the board, detail and search; withdrawn it is gone; every step audited", async () => {
    const staff = await makeUser({ role: "REVIEWER" });
    const { id } = await policies.createPolicy(staff, policyInput({ title: "政策甲一号测试文件" }));
    expect(await policies.getPublishedPolicy(id)).toBeNull();
    expect((await policies.listPublishedPolicies({})).rows.map((r) => r.id)).not.toContain(id);

    await policies.publishPolicy(staff, id, NOW);
    const shown = await policies.getPublishedPolicy(id);
    expect(shown).toMatchObject({ title: "政策甲一号测试文件", issuer: "中共舟山市委组织部", docNumber: "舟组通〔2026〕8号" });
    expect(formatDay(shown!.issuedOn)).toBe("2026-03-15");
    expect((await policies.listPublishedPolicies({ category: "LOCAL_RULES" })).rows.map((r) => r.id)).toContain(id);
    expect((await policies.listPublishedPolicies({ category: "LAWS" })).rows.map((r) => r.id)).not.toContain(id);
    expect((await searchPublished({ q: "甲一号" }))!.rows.map((r) => r.id)).toEqual([id]);

    // Published content is not edited in place.
    await expect(policies.updatePolicy(staff, id, policyInput({ title: "改" }))).rejects.toMatchObject({
      messageKey: "boardErrors.unpublishFirst",
    });

    await policies.unpublishPolicy(staff, id);
    expect(await policies.getPublishedPolicy(id)).toBeNull();
    await policies.updatePolicy(staff, id, policyInput({ title: "政策甲一号测试文件（修订）" }));
    await policies.publishPolicy(staff, id, new Date(NOW.getTime() + DAY));
    // A republication keeps the first publication time.
    expect((await db().policy.findUniqueOrThrow({ where: { id } })).publishedAt).toEqual(NOW);
    expect(await audits(id)).toEqual(["policy.create", "policy.publish", "policy.unpublish", "policy.update", "policy.publish"]);
  });

  test("moves outside the machine are refused", async () => {
    const staff = await makeUser({ role: "REVIEWER" });
    const { id } = await policies.createPolicy(staff, policyInput());
    await expect(policies.unpublishPolicy(staff, id)).rejects.toMatchObject({ messageKey: "boardErrors.badTransition" });
    await policies.publishPolicy(staff, id);
    await expect(policies.publishPolicy(staff, id)).rejects.toMatchObject({ messageKey: "boardErrors.badTransition" });
    await expect(policies.setPolicyStatus(staff, id, "DRAFT")).rejects.toMatchObject({ messageKey: "boardErrors.badTransition" });
  });
});

describe("vacancies", () => {
  test("publish: window must close in the future; then 征集中 until closesAt, 已截止 after, to the second", async () => {
    const staff = await makeUser({ role: "REVIEWER" });
    const closesAt = new Date(NOW.getTime() + 3 * DAY);
    const { id } = await vacancies.createVacancy(staff, vacancyInput(NOW, { closesAt }));
    expect(await vacancies.getPublishedVacancy(id)).toBeNull();
    // Too late to publish this window.
    await expect(vacancies.publishVacancy(staff, id, closesAt)).rejects.toMatchObject({ messageKey: "boardErrors.closesInPast" });
    expect((await db().vacancy.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");

    await vacancies.publishVacancy(staff, id, NOW);
    const v = await vacancies.getPublishedVacancy(id);
    expect(v).toMatchObject({ status: "PUBLISHED", maxAge: 45, minEducation: "BACHELOR", requiredLevel: "SECTION", minYearsAtLevel: 3 });
    const ids = async (status: string, now: Date) => (await vacancies.listVacancies({ status, now })).rows.map((r) => r.id);
    const justBefore = new Date(closesAt.getTime() - 1000);
    expect(await ids("OPEN", justBefore)).toContain(id);
    expect(await ids("CLOSED", justBefore)).not.toContain(id);
    expect(await ids("OPEN", closesAt)).not.toContain(id);
    expect(await ids("CLOSED", closesAt)).toContain(id);
    expect(await vacancies.countOpenVacancies(justBefore)).toBeGreaterThanOrEqual(1);
    expect((await vacancies.listOpenVacancies(closesAt)).map((r) => r.id)).not.toContain(id);
    expect((await vacancies.listVacancies({ unit: "舟山市生态环境局", level: "DEPUTY_DIVISION" })).rows.map((r) => r.id)).toContain(id);
    expect((await vacancies.listVacancies({ level: "SECTION" })).rows.map((r) => r.id)).not.toContain(id);
    expect((await vacancies.vacancyFacets()).units).toContain("舟山市生态环境局");
  });

  test("a published vacancy can be corrected (not with a window already over); later stages cannot", async () => {
    const staff = await makeUser({ role: "ADMIN" });
    const { id } = await vacancies.createVacancy(staff, vacancyInput(NOW));
    await vacancies.publishVacancy(staff, id, NOW);
    await vacancies.updateVacancy(staff, id, vacancyInput(NOW, { duties: "更正后的职责。" }), NOW);
    expect((await vacancies.getPublishedVacancy(id))!.duties).toBe("更正后的职责。");
    await expect(
      vacancies.updateVacancy(
        staff,
        id,
        vacancyInput(NOW, { closesAt: new Date(NOW.getTime() - DAY), opensAt: new Date(NOW.getTime() - 2 * DAY) }),
        NOW,
      ),
    ).rejects.toMatchObject({
      messageKey: "boardErrors.closesInPast",
    });
    await vacancies.cancelVacancy(staff, id, "机构调整，暂不补缺。", NOW);
    await expect(vacancies.updateVacancy(staff, id, vacancyInput(NOW), NOW)).rejects.toMatchObject({
      messageKey: "boardErrors.vacancyNotEditable",
    });
    // Cancelled after publication: still public, with its reason.
    expect(await vacancies.getPublishedVacancy(id)).toMatchObject({ status: "CANCELLED", cancelReason: "机构调整，暂不补缺。" });
    expect((await vacancies.listVacancies({ status: "CANCELLED" })).rows.map((r) => r.id)).toContain(id);
    expect(await audits(id)).toEqual(["vacancy.create", "vacancy.publish", "vacancy.update", "vacancy.cancel"]);
  });

  test("a draft cancelled before publication never becomes public", async () => {
    const staff = await makeUser({ role: "REVIEWER" });
    const { id } = await vacancies.createVacancy(staff, vacancyInput(NOW));
    await vacancies.cancelVacancy(staff, id, "误建");
    expect(await vacancies.getPublishedVacancy(id)).toBeNull();
    expect((await vacancies.listVacancies({ status: "CANCELLED" })).rows.map((r) => r.id)).not.toContain(id);
  });

  test("公示中 only after the window closed, then 已任命 (never by hand); nothing after that", async () => {
    const staff = await makeUser({ role: "REVIEWER" });
    const { id } = await vacancies.createVacancy(staff, vacancyInput(NOW));
    await vacancies.publishVacancy(staff, id, NOW);
    await expect(vacancies.setVacancyStatus(staff, id, "NOTICE", NOW)).rejects.toMatchObject({ messageKey: "boardErrors.windowStillOpen" });
    const later = new Date(NOW.getTime() + 8 * DAY);
    // Closed, but no 任职前公示 of it is published: 公示中 is what publishing one does.
    await expect(vacancies.setVacancyStatus(staff, id, "NOTICE", later)).rejects.toMatchObject({
      messageKey: "boardErrors.noticeNeedsPreNotice",
    });
    // By hand only as the repair of a vacancy left 已发布 while its 公示 stands (a row written directly).
    await db().notice.create({
      data: {
        kind: "PRE_APPOINTMENT",
        title: "任职前公示",
        body: "经研究，拟任用。",
        status: "PUBLISHED",
        publishedAt: later,
        vacancyId: id,
      },
    });
    await vacancies.setVacancyStatus(staff, id, "NOTICE", later);
    await expect(vacancies.setVacancyStatus(staff, id, "FILLED" as never, later)).rejects.toMatchObject({
      messageKey: "boardErrors.fillByAppointment",
    });
    // 已任命 comes from a published 任免 that passed the gate (loop-airtight.test.ts): its own step here.
    await transaction((tx) => vacancies.advanceLinkedVacancy(tx, staff, id, "FILLED", later));
    await expect(vacancies.cancelVacancy(staff, id, "x", later)).rejects.toMatchObject({ messageKey: "boardErrors.badTransition" });
    expect((await vacancies.getPublishedVacancy(id))!.status).toBe("FILLED");
  });
});

describe("notices", () => {
  test("a 任职前公示 gets its last day computed across 国庆 2026 and is listed by period state", async () => {
    const staff = await makeUser({ role: "REVIEWER" });
    const { id } = await notices.createNotice(staff, preNoticeInput("2026-09-28"));
    const row = await db().notice.findUniqueOrThrow({ where: { id }, include: { entries: true } });
    // Mon 09-28, Tue 09-29, Wed 09-30, (10-01…10-07 holiday), Thu 10-08, Fri 10-09.
    expect(formatDay(row.endsOn!)).toBe("2026-10-09");
    expect(row.entries).toHaveLength(1);
    await notices.publishNotice(staff, id, NOW);
    const shown = await notices.getPublishedNotice(id);
    expect(shown).toMatchObject({ kind: "PRE_APPOINTMENT", contact: "电话：0580-12380", workingDays: 5 });
    expect(shown!.entries[0]).toMatchObject({ name: "周海波", gender: "M", birthYearMonth: "1984-07", proposedPost: "副局长" });

    const inState = async (state: string, now: Date) => (await notices.listPublishedNotices({ state, now })).rows.map((r) => r.id);
    expect(await inState("UPCOMING", NOW)).toContain(id);
    const during = new Date("2026-10-05T02:00:00Z");
    expect(await inState("ACTIVE", during)).toContain(id);
    expect(await notices.countActiveNotices(during)).toBeGreaterThanOrEqual(1);
    expect(await inState("ENDED", new Date("2026-10-09T15:59:59Z"))).not.toContain(id);
    expect(await inState("ENDED", new Date("2026-10-09T16:00:00Z"))).toContain(id);
  });

  test("publishing refuses a period that starts in the past or is shorter than 5 working days", async () => {
    const staff = await makeUser({ role: "REVIEWER" });
    const { id } = await notices.createNotice(staff, preNoticeInput("2026-09-16"));
    await expect(notices.publishNotice(staff, id, NOW)).rejects.toMatchObject({ messageKey: "boardErrors.noticeStartsInPast" });

    const short = await notices.createNotice(staff, preNoticeInput("2026-09-18"));
    expect(formatDay((await db().notice.findUniqueOrThrow({ where: { id: short.id } })).endsOn!)).toBe("2026-09-23");
    // A period cut to 4 working days (Fri 09-18, Sun 09-20 make-up, Mon 09-21, Tue 09-22), as if typed directly into the database.
    await db().notice.update({ where: { id: short.id }, data: { endsOn: parseDay("2026-09-22") } });
    await expect(notices.publishNotice(staff, short.id, NOW)).rejects.toMatchObject({ messageKey: "boardErrors.noticeTooShort" });
    expect(await notices.getPublishedNotice(short.id)).toBeNull();

    // The form cannot ask for fewer than 5 either.
    const { noticeSchema } = await import("@/lib/validation/boards");
    const parsed = noticeSchema.safeParse({
      kind: "PRE_APPOINTMENT",
      title: "t",
      body: "b",
      startsOn: "2026-09-18",
      workingDays: "4",
      contact: "c",
      entries: [],
    });
    expect(parsed.success).toBe(false);
  });

  test("a 任职前公示 for a vacancy waits for its window to close, then moves the vacancy to 公示中; the appointment then fills it", async () => {
    const staff = await makeUser({ role: "REVIEWER" });
    const v = await vacancies.createVacancy(staff, vacancyInput(NOW, { closesAt: new Date(NOW.getTime() + 2 * DAY) }));
    await vacancies.publishVacancy(staff, v.id, NOW);
    const n = await notices.createNotice(staff, { ...preNoticeInput("2026-09-28"), vacancyId: v.id });
    await expect(notices.publishNotice(staff, n.id, NOW)).rejects.toMatchObject({ messageKey: "boardErrors.windowStillOpen" });

    const afterClose = new Date(NOW.getTime() + 3 * DAY);
    expect(await notices.publishNotice(staff, n.id, afterClose)).toEqual({ vacancyAdvanced: true });
    expect((await vacancies.getPublishedVacancy(v.id))!).toMatchObject({
      status: "NOTICE",
      notices: [expect.objectContaining({ id: n.id })],
    });
    expect((await notices.getPublishedNotice(n.id))!.vacancy).toMatchObject({ id: v.id });

    // The 任命 names the person of the 公示 and waits for its period and result (the 任免 gate).
    const [entry] = await db().noticeEntry.findMany({ where: { noticeId: n.id } });
    const a = await appointments.createAppointment(staff, appointmentInput({ vacancyId: v.id, noticeId: n.id, noticeEntryId: entry.id }));
    await expect(appointments.publishAppointment(staff, a.id, afterClose)).rejects.toMatchObject({
      messageKey: "loop.gate.noticeUpcoming",
    });
    const ended = new Date("2026-10-20T02:00:00Z");
    await recordNoticeResult(staff, entry.id, "NO_OBJECTION", ended);
    expect(await appointments.publishAppointment(staff, a.id, ended)).toEqual({ vacancyFilled: true });
    expect((await vacancies.getPublishedVacancy(v.id))!.status).toBe("FILLED");
    expect(await appointments.getPublishedAppointment(a.id)).toMatchObject({ vacancy: { id: v.id }, notice: { id: n.id } });
    expect(await audits(v.id)).toEqual(["vacancy.create", "vacancy.publish", "vacancy.notice", "vacancy.fill"]);
  });

  test("a general announcement publishes and withdraws without a period", async () => {
    const staff = await makeUser({ role: "REVIEWER" });
    const { id } = await notices.createNotice(staff, generalNoticeInput());
    await notices.publishNotice(staff, id, NOW);
    expect(await notices.getPublishedNotice(id)).toMatchObject({ kind: "GENERAL", startsOn: null, workingDays: null, entries: [] });
    expect((await notices.listPublishedNotices({ kind: "GENERAL" })).rows.map((r) => r.id)).toContain(id);
    await notices.unpublishNotice(staff, id);
    expect(await notices.getPublishedNotice(id)).toBeNull();
  });
});

describe("appointments", () => {
  test("links are shown only to public items", async () => {
    const staff = await makeUser({ role: "REVIEWER" });
    const draftVacancy = await vacancies.createVacancy(staff, vacancyInput(NOW));
    const draftNotice = await notices.createNotice(staff, generalNoticeInput());
    const a = await appointments.createAppointment(
      staff,
      appointmentInput({ kind: "REMOVE", vacancyId: draftVacancy.id, noticeId: draftNotice.id }),
    );
    expect(await appointments.publishAppointment(staff, a.id)).toEqual({ vacancyFilled: false });
    expect(await appointments.getPublishedAppointment(a.id)).toMatchObject({ kind: "REMOVE", vacancy: null, notice: null });
    expect((await appointments.listPublishedAppointments({ kind: "REMOVE" })).rows.map((r) => r.id)).toContain(a.id);
    await expect(appointments.createAppointment(staff, appointmentInput({ vacancyId: "nonexistent" }))).rejects.toBeInstanceOf(DomainError);
  });
});

describe("drafts never reach the public", () => {
  test("no board, detail, search, feed, sitemap or home list shows a draft or a withdrawn item", async () => {
    const staff = await makeUser({ role: "REVIEWER" });
    const MARK = "草稿暗号七三九";
    const p = await policies.createPolicy(staff, policyInput({ title: `${MARK}政策` }));
    const v = await vacancies.createVacancy(staff, vacancyInput(NOW, { post: `${MARK}岗位` }));
    const n = await notices.createNotice(staff, preNoticeInput("2026-09-28", { title: `${MARK}公示` }));
    const a = await appointments.createAppointment(staff, appointmentInput({ personName: `${MARK}人` }));
    // And one withdrawn item of each publication kind.
    const pw = await policies.createPolicy(staff, policyInput({ title: `${MARK}撤回政策` }));
    await policies.publishPolicy(staff, pw.id);
    await policies.unpublishPolicy(staff, pw.id);

    const ids = [p.id, v.id, n.id, a.id, pw.id];
    const publicText = JSON.stringify([
      await policies.listPublishedPolicies({}),
      await policies.listPublishedPolicies({ q: MARK }),
      await policies.latestPolicies(50),
      await vacancies.listVacancies({}),
      await vacancies.listVacancies({ q: MARK }),
      await vacancies.latestVacancies(50),
      await vacancies.listOpenVacancies(NOW),
      await vacancies.vacancyFacets(),
      await notices.listPublishedNotices({}),
      await notices.listPublishedNotices({ q: MARK }),
      await notices.latestNotices(50),
      await appointments.listPublishedAppointments({}),
      await appointments.listPublishedAppointments({ q: MARK }),
      await appointments.latestAppointments(50),
      // (the result echoes the query itself; its hits and counts are what readers see)
      (await searchPublished({ q: MARK }))!.rows,
      (await searchPublished({ q: MARK }))!.counts,
      await feedEntries("vacancies"),
      await feedEntries("notices"),
      await feedEntries("appointments"),
      await sitemapEntries(),
    ]);
    expect(publicText).not.toContain(MARK);
    for (const id of ids) expect(publicText).not.toContain(id);
    expect(await policies.getPublishedPolicy(p.id)).toBeNull();
    expect(await policies.getPublishedPolicy(pw.id)).toBeNull();
    expect(await vacancies.getPublishedVacancy(v.id)).toBeNull();
    expect(await notices.getPublishedNotice(n.id)).toBeNull();
    expect(await appointments.getPublishedAppointment(a.id)).toBeNull();
    expect(await searchPublished({ q: MARK })).toMatchObject({ total: 0 });
  });
});

describe("search", () => {
  test("finds Chinese substrings on every board, by board and all together, published only", async () => {
    const staff = await makeUser({ role: "REVIEWER" });
    const WORD = "蓝色海湾整治";
    const p = await policies.createPolicy(staff, policyInput({ body: `推进${WORD}行动。` }));
    await policies.publishPolicy(staff, p.id, NOW);
    const v = await vacancies.createVacancy(staff, vacancyInput(NOW, { duties: `牵头${WORD}。` }));
    await vacancies.publishVacancy(staff, v.id, NOW);
    const n = await notices.createNotice(staff, generalNoticeInput({ title: `关于${WORD}的公告` }));
    await notices.publishNotice(staff, n.id, NOW);
    const a = await appointments.createAppointment(staff, appointmentInput({ body: `曾负责${WORD}。` }));
    await appointments.publishAppointment(staff, a.id, NOW);

    const all = await searchPublished({ q: "色海湾整" });
    expect(all!.counts).toEqual({ policies: 1, vacancies: 1, notices: 1, appointments: 1, training: 0 });
    expect(all!.rows.map((r) => r.id).sort()).toEqual([p.id, v.id, n.id, a.id].sort());
    const only = await searchPublished({ q: WORD, kind: "vacancies" });
    expect(only!.rows.map((r) => r.id)).toEqual([v.id]);
    // Notices are found by the names of the persons they list.
    const pre = await notices.createNotice(
      staff,
      preNoticeInput("2026-09-28", {
        entries: [
          { name: "诸葛明远", gender: "M", birthYearMonth: "1985-01", education: "大学", currentPost: "科长", proposedPost: "副局长" },
        ],
      }),
    );
    await notices.publishNotice(staff, pre.id, NOW);
    expect((await searchPublished({ q: "葛明" }))!.rows.map((r) => r.id)).toEqual([pre.id]);
    // LIKE wildcards typed by a reader separate words; they never match everything.
    expect((await searchPublished({ q: "%" }))!.total).toBe(0);
    expect((await searchPublished({ q: "_" }))!.total).toBe(0);
    expect((await searchPublished({ q: "蓝色%整治" }))!.total).toBe(4);
    // Several words: all must match.
    expect((await searchPublished({ q: "海湾 牵头" }))!.rows.map((r) => r.id)).toEqual([v.id]);
    expect(await searchPublished({ q: "   " })).toBeNull();
  });
});
