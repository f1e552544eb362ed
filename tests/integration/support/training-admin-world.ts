// Rows for the 干部教育培训 console's tests and its entries in the authorization matrix: a class
// (draft or published, with a session), sign-ups and attendance, written straight to the
// database so each test names exactly what it counts.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";

const DAY = 86_400_000;

export interface ClassRows {
  id: string;
  sessionIds: string[];
}

/** A class with sessions (start, hours in tenths); published with an open sign-up window unless told otherwise. */
export async function makeTrainingClass(
  opts: {
    status?: "DRAFT" | "PUBLISHED" | "FINISHED" | "CANCELLED";
    capacity?: number;
    seatsTaken?: number;
    title?: string;
    sessions?: { startsAt: Date; hoursTenths: number; hours?: number }[];
  } = {},
): Promise<ClassRows> {
  const now = Date.now();
  const status = opts.status ?? "PUBLISHED";
  const c = await db().trainingClass.create({
    data: {
      title: opts.title ?? `测试培训班（${randomBytes(3).toString("hex")}）`,
      organizer: "中共舟山市委组织部",
      kind: "CENTRAL",
      place: "舟山市委党校",
      capacity: opts.capacity ?? 30,
      seatsTaken: opts.seatsTaken ?? 0,
      signupOpensAt: new Date(now - DAY),
      signupClosesAt: new Date(now + 7 * DAY),
      status,
      publishedAt: status === "DRAFT" ? null : new Date(now - DAY),
    },
    select: { id: true },
  });
  const sessionIds: string[] = [];
  for (const [i, s] of (opts.sessions ?? [{ startsAt: new Date(now + 10 * DAY), hoursTenths: 30 }]).entries()) {
    const row = await db().trainingSession.create({
      data: {
        classId: c.id,
        position: i,
        title: `第${i + 1}讲`,
        startsAt: s.startsAt,
        endsAt: new Date(s.startsAt.getTime() + 3 * 3_600_000),
        hoursTenths: s.hoursTenths,
        checkinSecret: randomBytes(32).toString("base64url"),
      },
      select: { id: true },
    });
    sessionIds.push(row.id);
  }
  return { id: c.id, sessionIds };
}

/** A sign-up of a user for a class, in a status; a place-holding one also counts in seatsTaken. */
export async function makeEnrolment(classId: string, userId: string, status = "PENDING", createdAt = new Date()): Promise<string> {
  const e = await db().trainingEnrolment.create({
    data: { classId, userId, status, createdAt, waitlistedAt: status === "WAITLISTED" ? createdAt : null },
    select: { id: true },
  });
  if (status === "PENDING" || status === "APPROVED")
    await db().trainingClass.update({ where: { id: classId }, data: { seatsTaken: { increment: 1 } } });
  return e.id;
}

export async function markPresent(sessionId: string, enrolmentId: string): Promise<void> {
  await db().trainingAttendance.create({ data: { sessionId, enrolmentId, method: "LIST" } });
}
