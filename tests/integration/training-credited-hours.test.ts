// One definition of credited 学时, on the real database: hours are credited for the attended
// sessions of an admitted (已录取) sign-up in a class that was published. A person's record, the
// staff reports' 认定学时 and 公开数据's "training hours delivered" read the same figure — before,
// the statistics (and the reports) summed every attendance row, so a sign-up withdrawn or declined
// after attending still counted there while the person's record showed nothing for it.
import { myTrainingRecord } from "@/lib/data/training/records";
import { trainingReport } from "@/lib/data/training/reports";
import { publicStatistics } from "@/lib/data/public-stats";
import { db } from "@/lib/db/client";
import { makeUser } from "./support/users";
import { enrol, makeClass } from "./support/training-world";

jest.setTimeout(120_000);

// Sessions in 2024 (北京时间), a year no other row of this file touches.
const at = (iso: string) => new Date(iso);

test("the record, the reports and 公开数据 count the same 学时 for a year", async () => {
  const [admitted, withdrawn, declined] = [await makeUser(), await makeUser(), await makeUser()];
  const reviewer = await makeUser({ role: "REVIEWER" });
  const c = await makeClass({
    title: "学时口径测试培训班",
    sessions: [
      { startsAt: at("2024-05-06T01:00:00Z"), hoursTenths: 15 },
      { startsAt: at("2024-05-07T01:00:00Z"), hoursTenths: 25 },
    ],
  });
  const attend = async (enrolmentId: string, sessions = c.sessions) => {
    for (const s of sessions) await db().trainingAttendance.create({ data: { sessionId: s.id, enrolmentId, method: "LIST" } });
  };
  // Admitted and present twice: 1.5 + 2.5 = 4 学时.
  await attend((await enrol(c.id, admitted.id, "APPROVED")).id);
  // Present at the first session, then the sign-up was withdrawn / declined: nothing credited.
  const w = await enrol(c.id, withdrawn.id, "APPROVED");
  await attend(w.id, c.sessions.slice(0, 1));
  await db().trainingEnrolment.update({ where: { id: w.id }, data: { status: "CANCELLED" } });
  const d = await enrol(c.id, declined.id, "APPROVED");
  await attend(d.id, c.sessions.slice(1));
  await db().trainingEnrolment.update({ where: { id: d.id }, data: { status: "DECLINED" } });
  // A draft class's attendance never counts.
  const draft = await makeClass({ status: "DRAFT", sessions: [{ startsAt: at("2024-06-03T01:00:00Z"), hoursTenths: 30 }] });
  await attend((await enrol(draft.id, admitted.id, "APPROVED")).id, draft.sessions);

  const records = await Promise.all([admitted, withdrawn, declined].map((u) => myTrainingRecord(u)));
  const recordTenths = records.map((r) => r.years.find((y) => y.year === 2024)?.tenths ?? 0);
  expect(recordTenths).toEqual([40, 0, 0]);

  const stats = await publicStatistics(at("2026-12-02T01:00:00Z"));
  expect(stats.years.find((y) => y.year === 2024)?.trainingHoursTenths).toBe(40);

  const report = await trainingReport(reviewer, 2024);
  expect(report.total.creditedTenths).toBe(40);
  expect(report.classes.find((r) => r.classId === c.id)?.creditedTenths).toBe(40);
  expect(report.years.find((y) => y.year === 2024)?.creditedTenths).toBe(40);
  expect(report.units.reduce((sum, u) => sum + u.creditedTenths, 0)).toBe(40);
  // Attendance itself is a fact and stays counted: three people were present, four marks.
  expect(report.classes.find((r) => r.classId === c.id)).toMatchObject({ attendees: 3, attendances: 4 });
});
