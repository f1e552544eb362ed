// 干部教育培训 attendance: check-in codes valid only during their session and only for admitted
// people, the staff list, and hours credited for attended sessions only, summed exactly per year.
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/data/errors";
import { checkIn, markAttendance, sessionCheckinDisplay } from "@/lib/data/training/attendance";
import { myTrainingRecord } from "@/lib/data/training/records";
import { checkinCodeMatches, currentCheckinCode, CHECKIN_STEP_MS } from "@/lib/training/checkin-code";
import { makeUser } from "./support/users";
import { enrol, makeClass, HOUR, DAY } from "./support/training-world";

jest.setTimeout(60_000);

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof DomainError) return e.messageKey;
    throw e;
  }
  throw new Error("expected a refusal");
}

const MIN = 60_000;

async function secretOf(sessionId: string) {
  return (await db().trainingSession.findUniqueOrThrow({ where: { id: sessionId } })).checkinSecret;
}

describe("check-in with the session code", () => {
  it("accepted from 30 minutes before the start until the end, refused outside", async () => {
    const start = new Date(Date.now() + 3 * DAY);
    const c = await makeClass({ sessions: [{ startsAt: start, hoursTenths: 15, minutes: 90 }] });
    const s = c.sessions[0];
    const u = await makeUser();
    await enrol(c.id, u.id, "APPROVED");
    const secret = await secretOf(s.id);
    const codeAt = (t: Date) => currentCheckinCode(secret, t).code;

    const early = new Date(start.getTime() - 31 * MIN);
    expect(await refusal(checkIn(u, codeAt(early), { now: early }))).toBe("training.errors.checkinNoSession");
    const late = new Date(start.getTime() + 90 * MIN + 1000);
    expect(await refusal(checkIn(u, codeAt(late), { now: late }))).toBe("training.errors.checkinNoSession");
    // Yesterday's code for the same session, during the session: wrong.
    const during = new Date(start.getTime() + 20 * MIN);
    expect(await refusal(checkIn(u, codeAt(new Date(during.getTime() - DAY)), { now: during }))).toBe("training.errors.checkinWrongCode");
    expect(await db().trainingAttendance.count({ where: { sessionId: s.id } })).toBe(0);

    const door = new Date(start.getTime() - 30 * MIN);
    const ok = await checkIn(u, codeAt(door), { now: door });
    expect(ok).toMatchObject({ classId: c.id, hoursTenths: 15, already: false });
    // A second check-in changes nothing.
    expect((await checkIn(u, ` ${codeAt(during).slice(0, 3)} ${codeAt(during).slice(3)} `, { now: during })).already).toBe(true);
    const rows = await db().trainingAttendance.findMany({ where: { sessionId: s.id } });
    expect(rows.map((r) => r.method)).toEqual(["CODE"]);
  });

  it("the code changes every five minutes; the one just replaced still works, the one before does not", () => {
    const secret = "a-secret-of-a-session";
    const t = new Date(Math.floor(Date.now() / CHECKIN_STEP_MS) * CHECKIN_STEP_MS + 1000);
    const { code, changesAt } = currentCheckinCode(secret, t);
    expect(code).toMatch(/^\d{6}$/);
    expect(changesAt.getTime() - t.getTime()).toBe(CHECKIN_STEP_MS - 1000);
    expect(checkinCodeMatches(secret, code, new Date(t.getTime() + CHECKIN_STEP_MS))).toBe(true);
    expect(checkinCodeMatches(secret, code, new Date(t.getTime() + 2 * CHECKIN_STEP_MS))).toBe(false);
    expect(checkinCodeMatches("another-session", code, t)).toBe(code === currentCheckinCode("another-session", t).code);
  });

  it("only admitted sign-ups check in: pending, waiting, withdrawn and strangers are refused", async () => {
    const start = new Date(Date.now() + 5 * DAY);
    const c = await makeClass({ sessions: [{ startsAt: start, hoursTenths: 20 }] });
    const during = new Date(start.getTime() + 10 * MIN);
    const code = currentCheckinCode(await secretOf(c.sessions[0].id), during).code;
    for (const status of ["PENDING", "WAITLISTED", "CANCELLED", "DECLINED"]) {
      const u = await makeUser();
      await enrol(c.id, u.id, status);
      expect([status, await refusal(checkIn(u, code, { now: during }))]).toEqual([status, "training.errors.checkinNotAdmitted"]);
    }
    const stranger = await makeUser();
    expect(await refusal(checkIn(stranger, code, { now: during }))).toBe("training.errors.checkinNotEnrolled");
    const unapproved = await makeUser({ status: "PENDING" });
    await expect(checkIn(unapproved, code, { now: during })).rejects.toMatchObject({ code: "notApproved" });
    expect(await refusal(checkIn(stranger, "12a456", { now: during }))).toBe("training.errors.checkinFormat");
    expect(await db().trainingAttendance.count({ where: { sessionId: c.sessions[0].id } })).toBe(0);
  });

  it("twenty tries per ten minutes per account", async () => {
    const start = new Date(Date.now() + 7 * DAY);
    const c = await makeClass({ sessions: [{ startsAt: start, hoursTenths: 10 }] });
    const u = await makeUser();
    await enrol(c.id, u.id, "APPROVED");
    const during = new Date(start.getTime() + 10 * MIN);
    const right = currentCheckinCode(await secretOf(c.sessions[0].id), during).code;
    const wrong = right === "000000" ? "000001" : "000000";
    for (let i = 0; i < 20; i++) await refusal(checkIn(u, wrong, { now: during }));
    expect(await refusal(checkIn(u, right, { now: during }))).toBe("training.errors.checkinTooMany");
  });

  it("the venue screen: a QR code of the check-in address with the code, only while check-in is open", async () => {
    const start = new Date(Date.now() + 9 * DAY);
    const c = await makeClass({ sessions: [{ startsAt: start, hoursTenths: 10 }] });
    const staff = await makeUser({ role: "REVIEWER" });
    const before = await sessionCheckinDisplay(staff, c.sessions[0].id, { now: new Date(start.getTime() - HOUR) });
    expect([before.window, before.display]).toEqual(["notYet", null]);
    const open = await sessionCheckinDisplay(staff, c.sessions[0].id, { now: start });
    expect(open.window).toBe("open");
    expect(open.display!.url).toMatch(new RegExp(`/training/check-in\\?code=${open.display!.code}$`));
    expect(open.display!.svg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(open.display!.svg).not.toMatch(/<script|href=/);
    await expect(sessionCheckinDisplay(await makeUser(), c.sessions[0].id)).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("the staff list and the hours", () => {
  it("hours: 1.5 + 2.5 + 0.5 = 4.5 exactly, per year, attended sessions of admitted sign-ups only", async () => {
    const staff = await makeUser({ role: "ADMIN" });
    const u = await makeUser();
    const y = (iso: string) => new Date(iso);
    // 2025: three attended sessions (1.5 + 2.5 + 0.5) and one missed (3.0).
    const a = await makeClass({
      sessions: [
        { startsAt: y("2025-03-02T01:00:00Z"), hoursTenths: 15 },
        { startsAt: y("2025-03-03T01:00:00Z"), hoursTenths: 25 },
        { startsAt: y("2025-03-04T01:00:00Z"), hoursTenths: 5 },
        { startsAt: y("2025-03-05T01:00:00Z"), hoursTenths: 30 },
      ],
    });
    const ea = await enrol(a.id, u.id, "APPROVED");
    for (const s of a.sessions.slice(0, 3)) await markAttendance(staff, { sessionId: s.id, enrolmentIds: [ea.id], present: true });
    // 2026 (北京时间): 2025-12-31 17:00 UTC is 2026-01-01 01:00 in Beijing; 0.1 + 0.2.
    const b = await makeClass({
      sessions: [
        { startsAt: y("2025-12-31T17:00:00Z"), hoursTenths: 1 },
        { startsAt: y("2026-06-01T01:00:00Z"), hoursTenths: 2 },
      ],
    });
    const eb = await enrol(b.id, u.id, "APPROVED");
    await markAttendance(staff, { sessionId: b.sessions[0].id, enrolmentIds: [eb.id], present: true });
    await markAttendance(staff, { sessionId: b.sessions[1].id, enrolmentId: eb.id, present: true });
    // A class whose admission was later withdrawn: its attendance earns nothing.
    const d = await makeClass({ sessions: [{ startsAt: y("2025-05-01T01:00:00Z"), hoursTenths: 40 }] });
    const ed = await enrol(d.id, u.id, "APPROVED");
    await markAttendance(staff, { sessionId: d.sessions[0].id, enrolmentIds: [ed.id], present: true });
    await db().trainingEnrolment.update({ where: { id: ed.id }, data: { status: "DECLINED" } });

    const r = await myTrainingRecord(u);
    expect(r.years).toEqual([
      { year: 2026, tenths: 3, classes: 1 },
      { year: 2025, tenths: 45, classes: 1 },
    ]);
    expect(r.totalTenths).toBe(48);
    const ra = r.classes.find((x) => x.classId === a.id)!;
    expect(ra.creditedTenths).toBe(45);
    expect(ra.sessions.map((s) => s.attended)).toEqual([true, true, true, false]);
    expect(r.classes.find((x) => x.classId === d.id)!.creditedTenths).toBe(0);

    // Unmarking takes the hours away again.
    expect((await markAttendance(staff, { sessionId: a.sessions[1].id, enrolmentIds: [ea.id], present: false })).changed).toBe(1);
    expect((await myTrainingRecord(u)).years.find((x) => x.year === 2025)!.tenths).toBe(20);
  });

  it("the list marks admitted people only, not before the session, not in a cancelled class; staff only", async () => {
    const staff = await makeUser({ role: "REVIEWER" });
    const start = new Date(Date.now() + 2 * DAY);
    const c = await makeClass({ sessions: [{ startsAt: start, hoursTenths: 10 }] });
    const [u1, u2] = [await makeUser(), await makeUser()];
    const e1 = await enrol(c.id, u1.id, "APPROVED");
    const e2 = await enrol(c.id, u2.id, "PENDING");
    const sid = c.sessions[0].id;
    expect(await refusal(markAttendance(staff, { sessionId: sid, enrolmentIds: [e1.id], present: true }))).toBe(
      "training.errors.sessionNotStarted",
    );
    const at = { now: start };
    expect(await refusal(markAttendance(staff, { sessionId: sid, enrolmentIds: [e1.id, e2.id], present: true }, at))).toBe(
      "training.errors.notAdmitted",
    );
    await expect(markAttendance(u1, { sessionId: sid, enrolmentIds: [e1.id], present: true }, at)).rejects.toMatchObject({
      code: "forbidden",
    });
    // A sign-up of another class is not on this list.
    const other = await makeClass();
    const eo = await enrol(other.id, u1.id, "APPROVED");
    await expect(markAttendance(staff, { sessionId: sid, enrolmentIds: [eo.id], present: true }, at)).rejects.toMatchObject({
      messageKey: "errors.notFound",
    });
    expect((await markAttendance(staff, { sessionId: sid, enrolmentIds: [e1.id], present: true }, at)).changed).toBe(1);
    // Marking again: nothing new, and a code check-in afterwards is "already".
    expect((await markAttendance(staff, { sessionId: sid, enrolmentIds: [e1.id], present: true }, at)).changed).toBe(0);
    expect(await db().auditLog.count({ where: { action: "training.attendance.mark", entityId: sid } })).toBe(1);
    await db().trainingClass.update({ where: { id: c.id }, data: { status: "CANCELLED" } });
    expect(await refusal(markAttendance(staff, { sessionId: sid, enrolmentIds: [e1.id], present: false }, at))).toBe(
      "training.errors.classNotOpen",
    );
  });

  it("a check-in and a staff mark at the same moment leave one attendance row", async () => {
    const staff = await makeUser({ role: "REVIEWER" });
    const start = new Date(Date.now() + 11 * DAY);
    const c = await makeClass({ sessions: [{ startsAt: start, hoursTenths: 10 }] });
    const u = await makeUser();
    const e = await enrol(c.id, u.id, "APPROVED");
    const code = currentCheckinCode(await secretOf(c.sessions[0].id), start).code;
    await Promise.all([
      checkIn(u, code, { now: start }),
      markAttendance(staff, { sessionId: c.sessions[0].id, enrolmentIds: [e.id], present: true }, { now: start }),
      checkIn(u, code, { now: start }),
    ]);
    expect(await db().trainingAttendance.count({ where: { sessionId: c.sessions[0].id } })).toBe(1);
  });
});

describe("the reminder the day before", () => {
  it("told once per admitted person and day, however many runs and instances; others are not told", async () => {
    const { sendTrainingReminders } = await import("@/lib/data/training/reminders");
    // 09:00 北京时间 on a day three weeks ahead: both sessions fall on that one Beijing day whatever
    // the time the test runs (from now + 20 days, the afternoon session crossed midnight at 20:00).
    const day = new Date(Date.now() + 20 * DAY).toLocaleDateString("en-CA", { timeZone: "Asia/Shanghai" });
    const start = new Date(`${day}T09:00:00+08:00`);
    const c = await makeClass({
      title: "提醒测试培训班",
      sessions: [
        { startsAt: start, hoursTenths: 10, title: "上午专题" },
        { startsAt: new Date(start.getTime() + 4 * HOUR), hoursTenths: 10, title: "下午研讨" },
      ],
    });
    const [yes, pending] = [await makeUser(), await makeUser()];
    await enrol(c.id, yes.id, "APPROVED");
    await enrol(c.id, pending.id, "PENDING");
    // Two days before: nothing yet.
    await sendTrainingReminders(new Date(start.getTime() - 2 * DAY));
    expect(await db().notification.count({ where: { userId: yes.id, kind: "training.reminder" } })).toBe(0);
    const eve = new Date(start.getTime() - 20 * HOUR);
    await Promise.all([sendTrainingReminders(eve), sendTrainingReminders(eve), sendTrainingReminders(new Date(eve.getTime() + HOUR))]);
    const told = await db().notification.findMany({ where: { userId: yes.id, kind: "training.reminder" } });
    expect(told).toHaveLength(1);
    expect(JSON.parse(told[0].params)).toMatchObject({ title: "提醒测试培训班", session: "上午专题" });
    expect(await db().notification.count({ where: { userId: pending.id, kind: "training.reminder" } })).toBe(0);
  });
});

describe("demo data", () => {
  it("张伟 (13900000003) has a finished class with 6 学时; a class is open with places, another full with a waiting list", async () => {
    const { seedTraining } = await import("@/scripts/seed/training");
    const zhang = await makeUser({ phone: "13900000003", realName: "张伟" });
    for (let i = 0; i < 34; i++) await makeUser();
    await seedTraining(db());
    const r = await myTrainingRecord(zhang);
    expect(r.totalTenths).toBe(60);
    expect(r.classes.map((c) => [c.title, c.enrolmentStatus, c.creditedTenths])).toEqual([["年轻干部履职能力提升培训班", "APPROVED", 60]]);
    const roomy = await db().trainingClass.findFirstOrThrow({ where: { title: "干部选拔任用工作业务培训班" } });
    expect(roomy.status).toBe("PUBLISHED");
    expect(roomy.capacity - roomy.seatsTaken).toBeGreaterThan(30);
    const full = await db().trainingClass.findFirstOrThrow({ where: { title: "新时代组织工作专题讲座" } });
    expect(full.seatsTaken).toBe(full.capacity);
    expect(await db().trainingEnrolment.count({ where: { classId: full.id, status: "WAITLISTED" } })).toBe(1);
    // Each attendance is stamped within its own session (start to end), not with the seeding
    // day's time of day: the staff attendance list shows when each person was marked.
    const marks = await db().trainingAttendance.findMany({
      where: { session: { class: { title: "年轻干部履职能力提升培训班" } } },
      select: { createdAt: true, session: { select: { startsAt: true, endsAt: true } } },
    });
    expect(marks.length).toBeGreaterThan(60);
    const outside = marks.filter((m) => m.createdAt < m.session.startsAt || m.createdAt > m.session.endsAt);
    expect(outside).toEqual([]);
  });
});
