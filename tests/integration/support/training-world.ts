// 干部教育培训 fixtures: classes, sessions and sign-ups written as real rows.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";

const HOUR = 3600_000;
const DAY = 24 * HOUR;

export interface ClassOpts {
  title?: string;
  capacity?: number;
  status?: string;
  eligibleLevels?: string[];
  eligibleUnits?: string[];
  opensAt?: Date;
  closesAt?: Date;
  /** Sessions: start and hours (学时 × 10). */
  sessions?: { startsAt: Date; hoursTenths: number; minutes?: number; title?: string }[];
}

/** A published class taking sign-ups now (window: a day ago … in a week). */
export async function makeClass(opts: ClassOpts = {}, now: Date = new Date()) {
  const c = await db().trainingClass.create({
    data: {
      title: opts.title ?? "全市年轻干部能力提升培训班",
      organizer: "市委组织部",
      kind: "CENTRAL",
      place: "市委党校报告厅",
      description: "围绕推动高质量发展开展专题培训。",
      capacity: opts.capacity ?? 10,
      eligibleLevels: JSON.stringify(opts.eligibleLevels ?? []),
      eligibleUnits: JSON.stringify(opts.eligibleUnits ?? []),
      signupOpensAt: opts.opensAt ?? new Date(now.getTime() - DAY),
      signupClosesAt: opts.closesAt ?? new Date(now.getTime() + 7 * DAY),
      status: opts.status ?? "PUBLISHED",
      publishedAt: (opts.status ?? "PUBLISHED") === "DRAFT" ? null : new Date(now.getTime() - DAY),
    },
  });
  const sessions = [];
  for (const [i, s] of (opts.sessions ?? []).entries()) {
    sessions.push(
      await db().trainingSession.create({
        data: {
          classId: c.id,
          position: i,
          title: s.title ?? `第${i + 1}讲`,
          startsAt: s.startsAt,
          endsAt: new Date(s.startsAt.getTime() + (s.minutes ?? 120) * 60_000),
          hoursTenths: s.hoursTenths,
          checkinSecret: randomBytes(32).toString("base64url"),
        },
      }),
    );
  }
  return { ...c, sessions };
}

/** A sign-up written directly (with its place counted when it holds one). */
export async function enrol(classId: string, userId: string, status: string, waitlistedAt: Date | null = null) {
  const e = await db().trainingEnrolment.create({ data: { classId, userId, status, waitlistedAt } });
  if (status === "PENDING" || status === "APPROVED") {
    await db().trainingClass.update({ where: { id: classId }, data: { seatsTaken: { increment: 1 } } });
  }
  return e;
}

export async function setProfile(userId: string, data: { cadreLevel?: string | null; workUnit?: string }) {
  await db().user.update({ where: { id: userId }, data });
}

export { HOUR, DAY };
