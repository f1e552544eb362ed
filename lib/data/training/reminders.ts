import "server-only";
// The reminder the day before a training session (notification training.reminder): every
// admitted person of a published class is told once per Beijing day they have sessions, within
// the 24 hours before the day's first session starts, with that session's title and time. Once
// only across every instance and run: the JobMark key (sign-up, Beijing day) is claimed in the
// transaction that writes the notifications. A sign-up admitted later than that still gets one on
// the next run if the session has not started.
import { db } from "../../db/client";
import { transaction } from "../../db/tx";
import { instantTable, shanghaiToday } from "../../calendar/dates";
import { claimMarks, forEachItem, unclaimed } from "../job-marks";
import { notify } from "../notify";

export const REMINDER_LEAD_MS = 24 * 3600_000;

const reminderKey = (enrolmentId: string, day: string) => `trainingReminder:${enrolmentId}:${day}`;

/** Sends the due reminders; returns how many people were told. */
export async function sendTrainingReminders(now: Date): Promise<number> {
  const sessions = await db().trainingSession.findMany({
    where: { startsAt: { gt: now, lte: new Date(now.getTime() + REMINDER_LEAD_MS) }, class: { status: "PUBLISHED" } },
    orderBy: [{ startsAt: "asc" }, { position: "asc" }],
    select: { id: true, title: true, startsAt: true, classId: true, class: { select: { title: true } } },
  });
  // The first session of each class and Beijing day (the one the reminder names).
  const firsts = new Map<string, (typeof sessions)[number]>();
  for (const s of sessions) {
    const key = `${s.classId}:${shanghaiToday(s.startsAt)}`;
    if (!firsts.has(key)) firsts.set(key, s);
  }
  return forEachItem([...firsts.values()], async (s) => {
    const day = shanghaiToday(s.startsAt);
    const admitted = await db().trainingEnrolment.findMany({
      where: { classId: s.classId, status: "APPROVED" },
      select: { id: true, userId: true },
    });
    const open = new Set(await unclaimed(admitted.map((e) => reminderKey(e.id, day))));
    const due = admitted.filter((e) => open.has(reminderKey(e.id, day)));
    if (due.length === 0) return 0;
    return transaction(async (tx) => {
      const claimed = await claimMarks(
        tx,
        due.map((e) => reminderKey(e.id, day)),
        now,
      );
      const told = due.filter((e) => claimed.has(reminderKey(e.id, day)));
      await notify(
        tx,
        told.map((e) => ({
          userId: e.userId,
          kind: "training.reminder" as const,
          params: { title: s.class.title, session: s.title, time: instantTable(s.startsAt) },
          link: `/training/${s.classId}`,
        })),
        now,
      );
      return told.length;
    });
  });
}
