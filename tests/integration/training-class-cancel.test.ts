// 干部教育培训 (issue 13): a class called off ends the sign-ups still waiting on it. Before, its
// pending and waiting sign-ups stayed 待审核 and 候补 for good — the person's record, the class
// page's sign-up box and the staff list all said a decision or a place might still come. Now:
// - 待审核 and 候补 become 培训班已取消 (a final state; the places they held are given back);
// - an admission (已录取) stays: it is the person's record, and sessions already attended keep
//   their 学时 as lib/training/credit.ts defines (admitted sign-up, class not a draft);
// - withdrawn and declined sign-ups are left as they ended; everyone live is told (notify());
// - /account/training says 培训班已取消 instead of 待审核 / 候补.
// Real SQLite, real zh-CN catalog.
import "./support/page-mocks";
import { renderPage, setPageCaller } from "./support/page-mocks";
import { db } from "@/lib/db/client";
import { cancelClass } from "@/lib/data/training/classes";
import { decideEnrolment } from "@/lib/data/training/enrolments";
import { myTrainingRecord } from "@/lib/data/training/records";
import { renderNotification } from "@/lib/notifications/render";
import { makeUser } from "./support/users";
import { makeEnrolment, makeTrainingClass, markPresent } from "./support/training-admin-world";

const DAY = 86_400_000;

test("cancelling a class ends its pending and waiting sign-ups, keeps admissions and their hours, and tells each person", async () => {
  const staff = await makeUser({ role: "REVIEWER", realName: "培训管理员" });
  const now = Date.now();
  const c = await makeTrainingClass({
    capacity: 3,
    sessions: [
      { startsAt: new Date(now - 2 * DAY), hoursTenths: 30 }, // held: the admitted person attended
      { startsAt: new Date(now + 5 * DAY), hoursTenths: 40 }, // will not take place
    ],
  });
  const [pending, admitted, waiting, declined, withdrawn] = await Promise.all([0, 1, 2, 3, 4].map(() => makeUser()));
  const ids = {
    pending: await makeEnrolment(c.id, pending!.id, "PENDING"),
    admitted: await makeEnrolment(c.id, admitted!.id, "APPROVED"),
    waiting: await makeEnrolment(c.id, waiting!.id, "WAITLISTED"),
    declined: await makeEnrolment(c.id, declined!.id, "DECLINED"),
    withdrawn: await makeEnrolment(c.id, withdrawn!.id, "CANCELLED"),
  };
  await markPresent(c.sessionIds[0]!, ids.admitted);

  expect(await cancelClass(staff, c.id, "因工作安排调整，本期培训取消")).toEqual({ told: 3 });

  const status = async (id: string) => (await db().trainingEnrolment.findUniqueOrThrow({ where: { id } })).status;
  expect({
    pending: await status(ids.pending),
    admitted: await status(ids.admitted),
    waiting: await status(ids.waiting),
    declined: await status(ids.declined),
    withdrawn: await status(ids.withdrawn),
  }).toEqual({
    pending: "CLASS_CANCELLED",
    admitted: "APPROVED",
    waiting: "CLASS_CANCELLED",
    declined: "DECLINED",
    withdrawn: "CANCELLED",
  });
  // The place the pending sign-up held is given back (the counter counts 待审核 and 已录取 only).
  expect((await db().trainingClass.findUniqueOrThrow({ where: { id: c.id } })).seatsTaken).toBe(1);
  // An ended sign-up is final: staff cannot decide it any more.
  await expect(decideEnrolment(staff, ids.pending, "APPROVE")).rejects.toMatchObject({ messageKey: "training.errors.classNotOpen" });

  // Everyone live was told, once, in words that say what became of their sign-up.
  for (const u of [pending!, admitted!, waiting!])
    expect(await db().notification.count({ where: { userId: u.id, kind: "training.classCancelled" } })).toBe(1);
  for (const u of [declined!, withdrawn!]) expect(await db().notification.count({ where: { userId: u.id } })).toBe(0);
  const note = await db().notification.findFirstOrThrow({ where: { userId: pending!.id, kind: "training.classCancelled" } });
  expect(renderNotification("zh-CN", note.kind, JSON.parse(note.params)).body).toContain("报名随之终止");

  // The hours of the session attended stay credited to the admitted person.
  const record = await myTrainingRecord(admitted!);
  expect(record.totalTenths).toBe(30);
  expect(record.classes[0]).toMatchObject({ classStatus: "CANCELLED", enrolmentStatus: "APPROVED", creditedTenths: 30 });

  // The record page says the class was called off instead of a decision still to come.
  setPageCaller(pending!);
  const mine = await renderPage("@/app/[locale]/(account)/account/training/page");
  expect(mine.text).toContain("培训班已取消");
  expect(mine.text).not.toContain("待审核");
  setPageCaller(waiting!);
  expect((await renderPage("@/app/[locale]/(account)/account/training/page")).text).not.toContain("候补");
  setPageCaller(admitted!);
  const kept = await renderPage("@/app/[locale]/(account)/account/training/page");
  expect(kept.text).toContain("培训班已取消");
  expect(kept.text).toContain("获得 3 学时");
});
