// The selection loop closed (issue 11): shortlist → 任职前公示 draft → published (公示中) → 公示结果
// per person → the 任免 gate → 已任命 (remaining nominations end, nominators told once) → 试用期;
// and the one-year validity of every nomination in the tally. Real database (SQLite here, and
// PostgreSQL in the integration-pg project), objections as Case rows in each outcome.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { formatDay } from "@/lib/calendar/dates";
import { MIN_NOTICE_WORKING_DAYS } from "@/lib/calendar/notice-period";
import { loadWorkCalendar } from "@/lib/data/holidays";
import { submitNomination, expireDueNominations } from "@/lib/data/nominations";
import { setShortlisted, vacancyTally } from "@/lib/data/nomination-review";
import { draftNoticeFromShortlist, noticeDraftState } from "@/lib/data/notice-drafts";
import { getNoticeResults, recordNoticeResult } from "@/lib/data/notice-results";
import * as notices from "@/lib/data/notices";
import * as appointments from "@/lib/data/appointments";
import { assessProbation, listDueProbations } from "@/lib/data/probations";
import { backfillExpiryOnce } from "@/lib/data/sweeps";
import { makeUser, makeVacancy, targeted } from "./nominations-fixtures";
import { appointmentInput } from "./boards-fixtures";

// Each test builds a vacancy, nominators, a shortlist and a 公示 through the data layer; on a shared
// machine (and PostgreSQL's first statements) that outlasts Jest's 5 s default.
jest.setTimeout(60_000);

const DAY = 86_400_000;
// A Tuesday in September 2026 (Beijing 10:00): the 公示 runs 9月2日 (Wed) to 9月8日 (Tue), 5 working days.
const T0 = new Date("2026-09-01T02:00:00Z");
const UPCOMING = T0;
const ACTIVE = new Date("2026-09-03T02:00:00Z");
const ENDED = new Date("2026-09-10T02:00:00Z");

let seq = 0;
const GIVEN = "甲乙丙丁戊己庚辛壬癸";
const personName = () => `林${GIVEN[seq % 10]}${GIVEN[Math.floor(seq++ / 10) % 10]}`;

/** A vacancy whose window closed before T0, one nominator per person, all shortlisted. */
async function shortlistedVacancy(staff: Actor, count: number) {
  const v = await makeVacancy({ opensAt: new Date(T0.getTime() - 10 * DAY), closesAt: new Date(T0.getTime() - DAY) });
  const people: { name: string; candidateId: string; nominator: Actor }[] = [];
  for (let i = 0; i < count; i++) {
    const nominator = await makeUser();
    const name = personName();
    const n = await submitNomination(nominator, targeted(nominator, v.id, { name }), { now: new Date(T0.getTime() - 5 * DAY) });
    const row = await db().nomination.findUniqueOrThrow({ where: { id: n.id }, select: { candidateId: true } });
    await setShortlisted(staff, v.id, row.candidateId, true);
    people.push({ name, candidateId: row.candidateId, nominator });
  }
  return { v, people };
}

/** An objection about a person, in the given outcome. */
async function objection(noticeId: string, noticeEntryId: string, outcome: Outcome) {
  if (outcome === "none") return;
  const [status, conclusion] = {
    open: ["ACCEPTED", null],
    NO_EFFECT: ["CLOSED", "NO_EFFECT"],
    DEFER: ["CLOSED", "DEFER"],
    REFUSE: ["CLOSED", "REFUSE"],
    dismissed: ["DISMISSED", null],
  }[outcome];
  await db().case.create({
    data: {
      kind: "OBJECTION",
      number: `FY-T-${randomBytes(6).toString("hex")}`,
      status: status!,
      conclusion,
      title: "对任职前公示人选的反映",
      noticeId,
      noticeEntryId,
      acceptDueOn: new Date(Date.UTC(2026, 8, 4)),
      contentHash: randomBytes(16).toString("hex"),
    },
  });
}

const OUTCOMES = ["none", "open", "NO_EFFECT", "DEFER", "REFUSE", "dismissed"] as const;
type Outcome = (typeof OUTCOMES)[number];

/** A published 公示 of six persons drafted from the shortlist, one objection outcome each. */
async function noticeWithOutcomes(staff: Actor) {
  const { v, people } = await shortlistedVacancy(staff, OUTCOMES.length);
  const { id } = await draftNoticeFromShortlist(staff, v.id, T0);
  expect(await notices.publishNotice(staff, id, T0)).toEqual({ vacancyAdvanced: true });
  const entries = await db().noticeEntry.findMany({ where: { noticeId: id }, orderBy: { position: "asc" } });
  const byOutcome = new Map<Outcome, (typeof entries)[number]>();
  for (const [i, outcome] of OUTCOMES.entries()) {
    await objection(id, entries[i].id, outcome);
    byOutcome.set(outcome, entries[i]);
  }
  return { v, noticeId: id, people, byOutcome };
}

describe("from the shortlist to the 公示", () => {
  test("发布任职前公示 drafts a 公示 with the shortlisted persons and a period of at least 5 working days", async () => {
    const staff = await makeUser({ role: "REVIEWER" });
    const { v, people } = await shortlistedVacancy(staff, 2);
    expect(await noticeDraftState(staff, v.id, T0)).toMatchObject({ canDraft: true, reason: null, shortlisted: 2, current: null });

    const { id } = await draftNoticeFromShortlist(staff, v.id, T0);
    const n = await db().notice.findUniqueOrThrow({ where: { id }, include: { entries: { orderBy: { position: "asc" } } } });
    expect(n).toMatchObject({ kind: "PRE_APPOINTMENT", status: "DRAFT", vacancyId: v.id });
    expect(n.title).toContain(v.post);
    expect(n.contact).toBeTruthy();
    // Starts the next working day; ends when it has MIN_NOTICE_WORKING_DAYS working days.
    expect(formatDay(n.startsOn!)).toBe("2026-09-02");
    const cal = await loadWorkCalendar();
    expect(cal.countWorkingDays(formatDay(n.startsOn!), formatDay(n.endsOn!))).toBeGreaterThanOrEqual(MIN_NOTICE_WORKING_DAYS);
    expect(formatDay(n.endsOn!)).toBe("2026-09-08");
    expect(n.entries.map((e) => e.candidateId)).toEqual(people.map((p) => p.candidateId));
    expect(n.entries[0]).toMatchObject({
      name: people[0].name,
      gender: "M",
      birthYearMonth: "1983-11",
      education: "大学本科",
      currentPost: "舟山市普陀区农林水利局团工委书记",
      proposedPost: `${v.unit}${v.post}`,
    });
    expect(await db().auditLog.count({ where: { action: "notice.draftFromShortlist", entityId: id } })).toBe(1);

    // A second press opens the draft instead of making another.
    expect(await noticeDraftState(staff, v.id, T0)).toMatchObject({ canDraft: false, current: { id, isDraft: true } });
    await expect(draftNoticeFromShortlist(staff, v.id, T0)).rejects.toMatchObject({ messageKey: "loop.draft.noticeExists" });

    // Edited by staff, the persons kept keep their rows and candidate links.
    const before = n.entries.map((e) => e.id);
    await notices.updateNotice(staff, id, {
      kind: "PRE_APPOINTMENT",
      title: n.title,
      body: `${n.body}\n补充说明。`,
      vacancyId: v.id,
      startsOn: n.startsOn!,
      workingDays: 5,
      contact: n.contact!,
      entries: n.entries.map((e) => ({
        name: e.name,
        gender: e.gender as "M" | "F",
        birthYearMonth: e.birthYearMonth,
        education: e.education,
        currentPost: e.currentPost,
        proposedPost: e.proposedPost,
      })),
    });
    const after = await db().noticeEntry.findMany({ where: { noticeId: id }, orderBy: { position: "asc" } });
    expect(after.map((e) => e.id)).toEqual(before);
    expect(after.map((e) => e.candidateId)).toEqual(people.map((p) => p.candidateId));

    // Publishing it moves the vacancy to 公示中 and tells the nominators (vacancy.notice).
    expect(await notices.publishNotice(staff, id, T0)).toEqual({ vacancyAdvanced: true });
    expect((await db().vacancy.findUniqueOrThrow({ where: { id: v.id } })).status).toBe("NOTICE");
    for (const p of people) expect(await db().notification.count({ where: { userId: p.nominator.id, kind: "vacancy.notice" } })).toBe(1);
  });

  test("refused while the window is open, with no shortlist, and past the calendar's known years", async () => {
    const staff = await makeUser({ role: "REVIEWER" });
    const open = await makeVacancy({ opensAt: new Date(T0.getTime() - DAY), closesAt: new Date(T0.getTime() + DAY) });
    await expect(draftNoticeFromShortlist(staff, open.id, T0)).rejects.toMatchObject({ messageKey: "loop.draft.windowOpen" });
    const empty = await makeVacancy({ opensAt: new Date(T0.getTime() - 3 * DAY), closesAt: new Date(T0.getTime() - DAY) });
    await expect(draftNoticeFromShortlist(staff, empty.id, T0)).rejects.toMatchObject({ messageKey: "loop.draft.shortlistEmpty" });
    const { v } = await shortlistedVacancy(staff, 1);
    // A late December day whose period reaches into a year no one has entered.
    const far = new Date(Date.UTC(2099, 11, 28, 2));
    await expect(draftNoticeFromShortlist(staff, v.id, far)).rejects.toMatchObject({ messageKey: "loop.draft.calendarNotCovered" });
    expect(await db().notice.count({ where: { vacancyId: v.id } })).toBe(0);
  });
});

describe("the 任免 gate, for each 公示 state and objection outcome", () => {
  const expected: Record<"UPCOMING" | "ACTIVE" | "ENDED", Record<Outcome, string | null>> = {
    UPCOMING: Object.fromEntries(OUTCOMES.map((o) => [o, "loop.gate.noticeUpcoming"])) as Record<Outcome, string>,
    ACTIVE: Object.fromEntries(OUTCOMES.map((o) => [o, "loop.gate.noticeActive"])) as Record<Outcome, string>,
    ENDED: {
      none: null,
      open: "loop.gate.objectionOpen",
      NO_EFFECT: null,
      DEFER: "loop.gate.resultDefer",
      REFUSE: "loop.gate.resultRefuse",
      dismissed: null,
    },
  };
  const results: Record<Outcome, string | null> = {
    none: "NO_OBJECTION",
    open: null,
    NO_EFFECT: "NO_EFFECT",
    DEFER: "DEFER",
    REFUSE: "REFUSE",
    dismissed: "NO_OBJECTION",
  };

  test.each(["UPCOMING", "ACTIVE", "ENDED"] as const)("公示 %s", async (state) => {
    const staff = await makeUser({ role: "REVIEWER" });
    const { v, noticeId, byOutcome } = await noticeWithOutcomes(staff);
    const at = { UPCOMING, ACTIVE, ENDED }[state];

    if (state !== "ENDED") {
      // No result can be recorded before the period ends.
      await expect(recordNoticeResult(staff, byOutcome.get("none")!.id, "NO_OBJECTION", at)).rejects.toMatchObject({
        messageKey: "loop.errors.periodNotEnded",
      });
    } else {
      // Before a result is recorded, even a person without objections waits.
      const first = await appointments.createAppointment(
        staff,
        appointmentInput({ vacancyId: v.id, noticeEntryId: byOutcome.get("none")!.id }),
      );
      await expect(appointments.publishAppointment(staff, first.id, at)).rejects.toMatchObject({ messageKey: "loop.gate.noResult" });
      await db().appointment.delete({ where: { id: first.id } });
      // The one result each outcome allows; 无异议 is refused where an objection was concluded.
      for (const outcome of OUTCOMES) {
        const entry = byOutcome.get(outcome)!;
        const result = results[outcome];
        if (result === null) {
          await expect(recordNoticeResult(staff, entry.id, "NO_OBJECTION", at)).rejects.toMatchObject({
            messageKey: "loop.gate.objectionOpen",
          });
          continue;
        }
        if (result !== "NO_OBJECTION") {
          await expect(recordNoticeResult(staff, entry.id, "NO_OBJECTION", at)).rejects.toMatchObject({
            messageKey: "loop.errors.resultMismatch",
          });
        }
        await recordNoticeResult(staff, entry.id, result as "NO_OBJECTION", at);
      }
      const view = await getNoticeResults(staff, noticeId, at);
      expect(view.period).toBe("ENDED");
      expect(view.rows.map((r) => r.result)).toEqual(OUTCOMES.map((o) => results[o]));
      // 起草任免 is offered for the cleared persons; the open objection is named with its count.
      expect(view.rows.map((r) => r.canDraftAppointment)).toEqual([true, false, true, false, false, true]);
      expect(view.rows.map((r) => r.openObjections)).toEqual([0, 1, 0, 0, 0, 0]);
      expect(view.rows[1]).toMatchObject({ canRecord: false, reason: "loop.gate.objectionOpen" });
      expect(await db().auditLog.count({ where: { action: "notice.result", entityId: noticeId } })).toBe(5);
    }

    for (const outcome of OUTCOMES) {
      const entry = byOutcome.get(outcome)!;
      const a = await appointments.createAppointment(
        staff,
        appointmentInput({ vacancyId: v.id, noticeEntryId: entry.id, personName: entry.name, docNumber: undefined }),
      );
      const dto = await appointments.getAppointment(staff, a.id, at);
      const reason = expected[state][outcome];
      expect({ outcome, ...dto.gate }).toEqual({ outcome, canPublish: reason === null, reason });
      expect(dto.moves.includes("PUBLISHED")).toBe(reason === null);
      if (reason === null) {
        await appointments.publishAppointment(staff, a.id, at);
        expect((await db().appointment.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("PUBLISHED");
      } else {
        await expect(appointments.publishAppointment(staff, a.id, at)).rejects.toMatchObject({ messageKey: reason });
        expect((await db().appointment.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("DRAFT");
      }
    }
  });

  test("a 任命 for the vacancy must name the person of its 公示; a 免去 and an unlinked 任命 are not gated", async () => {
    const staff = await makeUser({ role: "REVIEWER" });
    const { v, noticeId } = await noticeWithOutcomes(staff);
    const bare = await appointments.createAppointment(staff, appointmentInput({ vacancyId: v.id, noticeId }));
    await expect(appointments.publishAppointment(staff, bare.id, ENDED)).rejects.toMatchObject({ messageKey: "loop.gate.noPerson" });
    const removal = await appointments.createAppointment(staff, appointmentInput({ kind: "REMOVE", vacancyId: v.id }));
    await appointments.publishAppointment(staff, removal.id, ENDED);
    const unlinked = await appointments.createAppointment(staff, appointmentInput());
    await appointments.publishAppointment(staff, unlinked.id, ENDED);
  });
});

describe("已任命", () => {
  test("publishing the 任免 fills the vacancy, ends its open nominations and tells each nominator exactly once", async () => {
    const staff = await makeUser({ role: "REVIEWER" });
    const v = await makeVacancy({ opensAt: new Date(T0.getTime() - 10 * DAY), closesAt: new Date(T0.getTime() - DAY), maxPerNominator: 2 });
    const during = new Date(T0.getTime() - 5 * DAY);
    const [a, b, c] = [await makeUser(), await makeUser(), await makeUser()];
    const [x, y] = [personName(), personName()];
    const n1 = await submitNomination(a, targeted(a, v.id, { name: x }), { now: during });
    await submitNomination(a, targeted(a, v.id, { name: y }), { now: during });
    await submitNomination(b, targeted(b, v.id, { name: x }), { now: during });
    await submitNomination(c, targeted(c, v.id, { name: y }), { now: during });
    const cx = (await db().nomination.findUniqueOrThrow({ where: { id: n1.id } })).candidateId;
    await setShortlisted(staff, v.id, cx, true);
    const { id: noticeId } = await draftNoticeFromShortlist(staff, v.id, T0);
    await notices.publishNotice(staff, noticeId, T0);
    const [entry] = await db().noticeEntry.findMany({ where: { noticeId } });
    await recordNoticeResult(staff, entry.id, "NO_OBJECTION", ENDED);
    const ap = await appointments.createAppointment(
      staff,
      appointmentInput({ vacancyId: v.id, noticeEntryId: entry.id, personName: entry.name }),
    );
    // The 公示's link is set from the person.
    expect((await db().appointment.findUniqueOrThrow({ where: { id: ap.id } })).noticeId).toBe(noticeId);

    expect(await appointments.publishAppointment(staff, ap.id, ENDED)).toEqual({ vacancyFilled: true });
    expect((await db().vacancy.findUniqueOrThrow({ where: { id: v.id } })).status).toBe("FILLED");
    const rows = await db().nomination.findMany({ where: { vacancyId: v.id } });
    expect(rows.map((r) => r.status)).toEqual(["CLOSED", "CLOSED", "CLOSED", "CLOSED"]);
    expect(rows.every((r) => r.uniqueKey === null && r.slotKey === null)).toBe(true);
    for (const u of [a, b, c]) {
      expect(await db().notification.count({ where: { userId: u.id, kind: "vacancy.filled" } })).toBe(1);
      // No other message about the ending (nomination.void etc.).
      expect(
        await db().notification.count({
          where: { userId: u.id, kind: { notIn: ["vacancy.filled", "vacancy.notice", "nomination.received"] } },
        }),
      ).toBe(0);
    }
    expect(await db().auditLog.count({ where: { action: "nomination.closeForFilledVacancy", entityId: v.id } })).toBe(1);
    // The filled vacancy's tally still reads as it stood.
    expect((await vacancyTally(staff, v.id, ENDED)).map((t) => t.nominators).sort()).toEqual([2, 2]);
    // Settled: the result can no longer be changed.
    await expect(recordNoticeResult(staff, entry.id, "NO_OBJECTION", ENDED)).rejects.toMatchObject({ messageKey: "loop.results.settled" });
  });
});

describe("试用期", () => {
  test("a 任命 with 试用期 ends a year after the decision; those due within 60 days (and overdue) are listed until assessed", async () => {
    const staff = await makeUser({ role: "REVIEWER" });
    const now = new Date("2026-11-20T02:00:00Z");
    const make = async (decidedOn: string, personName: string, probation = true) => {
      const a = await appointments.createAppointment(
        staff,
        appointmentInput({ decidedOn: new Date(`${decidedOn}T00:00:00Z`), personName, probation }),
      );
      await appointments.publishAppointment(staff, a.id, now);
      return a.id;
    };
    const soon = await make("2025-12-25", "试用甲"); // ends 2026-12-25: in 35 days
    const overdue = await make("2025-10-01", "试用乙"); // ended 2026-10-01
    const later = await make("2026-06-01", "试用丙"); // ends 2027-06-01
    const none = await make("2025-12-20", "无试用", false);
    expect(formatDay((await db().appointment.findUniqueOrThrow({ where: { id: soon } })).probationEndsOn!)).toBe("2026-12-25");
    expect((await db().appointment.findUniqueOrThrow({ where: { id: none } })).probationEndsOn).toBeNull();

    const due = await listDueProbations(staff, now);
    const mine = due.filter((r) => [soon, overdue, later, none].includes(r.id));
    expect(mine.map((r) => [r.id, r.overdue, r.daysLeft])).toEqual([
      [overdue, true, -50],
      [soon, false, 35],
    ]);
    await expect(assessProbation(staff, later, "COMPETENT", "考核合格", now)).rejects.toMatchObject({
      messageKey: "loop.errors.probationNotDue",
    });
    await assessProbation(staff, soon, "COMPETENT", "试用期满考核，德才表现胜任现职。", now);
    await expect(assessProbation(staff, soon, "INCOMPETENT", "再次", now)).rejects.toMatchObject({
      messageKey: "loop.errors.probationAssessed",
    });
    expect((await listDueProbations(staff, now)).map((r) => r.id)).not.toContain(soon);
    expect(await db().auditLog.count({ where: { action: "appointment.probationAssess", entityId: soon } })).toBe(1);
    // 试用期 only for a 任命.
    const { appointmentSchema } = await import("@/lib/validation/boards");
    const parsed = appointmentSchema.safeParse({ ...appointmentInput({ kind: "REMOVE" }), decidedOn: "2026-10-16", probation: "on" });
    expect(parsed.success).toBe(false);
  });
});

describe("one-year validity", () => {
  test("targeted nominations carry a one-year expiry; past it they never count in a tally, whatever their status says", async () => {
    const staff = await makeUser({ role: "REVIEWER" });
    const at = new Date("2026-11-20T02:00:00Z");
    const v = await makeVacancy({
      opensAt: new Date(at.getTime() - 500 * DAY),
      closesAt: new Date(at.getTime() + DAY),
      maxPerNominator: 2,
    });
    const [x, y] = [personName(), personName()];
    const [u1, u2, u3, u4] = [await makeUser(), await makeUser(), await makeUser(), await makeUser()];
    const old = await submitNomination(u1, targeted(u1, v.id, { name: x }), { now: new Date(at.getTime() - 400 * DAY) });
    const oldNull = await submitNomination(u4, targeted(u4, v.id, { name: y }), { now: new Date(at.getTime() - 380 * DAY) });
    await submitNomination(u2, targeted(u2, v.id, { name: x }), { now: new Date(at.getTime() - 10 * DAY) });
    const fresh = await submitNomination(u3, targeted(u3, v.id, { name: y }), { now: new Date(at.getTime() - 10 * DAY) });
    const freshRow = await db().nomination.findUniqueOrThrow({ where: { id: fresh.id } });
    expect(freshRow.expiresAt!.toISOString()).toBe(new Date(freshRow.submittedAt.getTime() + 365 * DAY).toISOString());
    // A row from before targeted nominations were dated.
    await db().nomination.update({ where: { id: oldNull.id }, data: { expiresAt: null } });

    // Both year-old ones are still SUBMITTED in the table, yet neither counts.
    const tally = await vacancyTally(staff, v.id, at);
    expect(Object.fromEntries(tally.map((t) => [t.name, t.nominators]))).toEqual({ [x]: 1, [y]: 1 });

    // The expiry job dates the old row and writes EXPIRED on both; the tally is unchanged.
    await backfillExpiryOnce(at);
    expect((await db().nomination.findUniqueOrThrow({ where: { id: oldNull.id } })).expiresAt).not.toBeNull();
    await expireDueNominations(at);
    expect((await db().nomination.findUniqueOrThrow({ where: { id: old.id } })).status).toBe("EXPIRED");
    expect((await db().nomination.findUniqueOrThrow({ where: { id: oldNull.id } })).status).toBe("EXPIRED");
    expect(await db().notification.count({ where: { userId: u1.id, kind: "nomination.expired" } })).toBe(1);
    expect(Object.fromEntries((await vacancyTally(staff, v.id, at)).map((t) => [t.name, t.nominators]))).toEqual({ [x]: 1, [y]: 1 });
  });
});
