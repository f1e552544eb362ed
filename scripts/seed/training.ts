// Demo data for 干部教育培训: a class held last month (finished, with attendance, so the
// reports and the personal records have hours), one open for sign-up with people pending,
// admitted and waiting (so the console has decisions to make and the home page its line), and
// an online class still in draft. Run after the accounts. Deterministic.
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "../../lib/generated/prisma/client";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** 09:00 Beijing time, `days` from `now` (whole Beijing days). */
function morning(now: number, days: number, hour = 9): Date {
  const beijingMidnight = Math.floor((now + 8 * HOUR) / DAY) * DAY - 8 * HOUR;
  return new Date(beijingMidnight + days * DAY + hour * HOUR);
}

type Session = { title: string; startsAt: Date; hours: number; tenths: number };

/**
 * When a seeded attendance was recorded: inside its own session, never the seeding day's time of
 * day. Staff mark the list (LIST) 20 minutes in; people check in with the code (CODE) in the
 * session's first 15 minutes, a minute apart by their place in the list.
 */
function markedAt(session: { startsAt: Date }, method: "LIST" | "CODE", i: number): Date {
  const minutes = method === "LIST" ? 20 : i % 15;
  return new Date(session.startsAt.getTime() + minutes * 60_000);
}

async function makeClass(
  prisma: PrismaClient,
  data: {
    title: string;
    organizer: string;
    kind: string;
    place?: string;
    onlineUrl?: string;
    description: string;
    capacity: number;
    eligibleLevels?: string[];
    signupOpensAt: Date;
    signupClosesAt: Date;
    status: string;
    publishedAt: Date | null;
    createdById: string | null;
  },
  sessions: Session[],
  materials: { title: string; url: string }[],
) {
  const c = await prisma.trainingClass.create({
    data: {
      ...data,
      place: data.place ?? null,
      onlineUrl: data.onlineUrl ?? null,
      eligibleLevels: JSON.stringify(data.eligibleLevels ?? []),
      eligibleUnits: "[]",
      sessions: {
        create: sessions.map((s, i) => ({
          position: i,
          title: s.title,
          startsAt: s.startsAt,
          endsAt: new Date(s.startsAt.getTime() + s.hours * HOUR),
          hoursTenths: s.tenths,
          checkinSecret: randomBytes(32).toString("base64url"),
        })),
      },
      materials: { create: materials },
    },
    select: { id: true, sessions: { select: { id: true, startsAt: true }, orderBy: { position: "asc" } } },
  });
  return c;
}

export async function seedTraining(prisma: PrismaClient, at: Date = new Date()): Promise<void> {
  const now = at.getTime();
  const staff = await prisma.user.findFirst({ where: { role: "REVIEWER", status: "APPROVED" }, select: { id: true } });
  const people = await prisma.user.findMany({
    where: { status: "APPROVED", role: "NOMINATOR" },
    select: { id: true, phone: true },
    orderBy: { phone: "asc" },
  });
  // The demo logins (139 0000 00xx) are left free to sign up themselves.
  const others = people.filter((u) => !u.phone.startsWith("1390000"));

  const held = await makeClass(
    prisma,
    {
      title: "年轻干部履职能力提升培训班",
      organizer: "中共舟山市委组织部",
      kind: "CENTRAL",
      place: "中共舟山市委党校",
      description: "围绕习近平新时代中国特色社会主义思想、干部选拔任用工作条例和海洋经济发展开展集中培训，提升年轻干部履职能力。",
      capacity: 30,
      signupOpensAt: morning(now, -50),
      signupClosesAt: morning(now, -40, 17),
      status: "FINISHED",
      publishedAt: morning(now, -50),
      createdById: staff?.id ?? null,
    },
    [
      { title: "开班式暨专题辅导：干部选拔任用工作条例解读", startsAt: morning(now, -30), hours: 3, tenths: 30 },
      { title: "海洋经济发展专题", startsAt: morning(now, -29), hours: 3, tenths: 30 },
      { title: "现场教学：舟山港综合保税区", startsAt: morning(now, -28, 14), hours: 2.5, tenths: 25 },
    ],
    [{ title: "培训日程安排", url: "https://www.example.cn/training/2026-young-cadres.pdf" }],
  );
  const attendees = others.slice(0, 24);
  for (const [i, u] of attendees.entries()) {
    const e = await prisma.trainingEnrolment.create({
      data: {
        classId: held.id,
        userId: u.id,
        status: "APPROVED",
        createdAt: morning(now, -45),
        decidedAt: morning(now, -39),
        decidedById: staff?.id ?? null,
      },
    });
    // Most attend all three sessions; every fifth misses the site visit, every seventh the second day.
    for (const [j, s] of held.sessions.entries()) {
      if ((j === 2 && i % 5 === 4) || (j === 1 && i % 7 === 6)) continue;
      const method = j === 0 ? "LIST" : "CODE";
      await prisma.trainingAttendance.create({
        data: {
          sessionId: s.id,
          enrolmentId: e.id,
          method,
          markedById: method === "LIST" ? (staff?.id ?? null) : null,
          createdAt: markedAt(s, method, i),
        },
      });
    }
  }
  // 张伟 (13900000003), a demo login, took part too and missed the site visit: his record shows
  // 6 学时 for this class (3 + 3), the printable record one class.
  const zhang = await prisma.user.findUnique({ where: { phone: "13900000003" }, select: { id: true } });
  if (zhang) {
    const e = await prisma.trainingEnrolment.create({
      data: {
        classId: held.id,
        userId: zhang.id,
        status: "APPROVED",
        createdAt: morning(now, -44),
        decidedAt: morning(now, -39),
        decidedById: staff?.id ?? null,
      },
    });
    for (const s of held.sessions.slice(0, 2)) {
      await prisma.trainingAttendance.create({
        data: { sessionId: s.id, enrolmentId: e.id, method: "CODE", markedById: null, createdAt: markedAt(s, "CODE", attendees.length) },
      });
    }
  }
  await prisma.trainingClass.update({ where: { id: held.id }, data: { seatsTaken: attendees.length + (zhang ? 1 : 0) } });

  // Open for sign-up with places left, everyone eligible: the demo logins can sign up here.
  const roomy = await makeClass(
    prisma,
    {
      title: "干部选拔任用工作业务培训班",
      organizer: "中共舟山市委组织部干部一处",
      kind: "CENTRAL",
      place: "舟山市行政中心二号楼培训室",
      description:
        "面向各单位从事干部人事工作的同志，系统讲解《党政领导干部选拔任用工作条例》、干部选任信息公开和初始提名程序，并安排案例研讨。",
      capacity: 40,
      signupOpensAt: morning(now, -2),
      signupClosesAt: morning(now, 12, 17),
      status: "PUBLISHED",
      publishedAt: morning(now, -2),
      createdById: staff?.id ?? null,
    },
    [
      { title: "干部选拔任用工作条例专题解读", startsAt: morning(now, 18), hours: 3, tenths: 30 },
      { title: "干部选任信息公开与初始提名实务", startsAt: morning(now, 18, 14), hours: 2.5, tenths: 25 },
      { title: "案例研讨与结业测试", startsAt: morning(now, 19), hours: 1.5, tenths: 15 },
    ],
    [{ title: "《党政领导干部选拔任用工作条例》全文", url: "https://www.example.cn/policies/selection-regulation.html" }],
  );
  for (const [k, status] of [
    [31, "APPROVED"],
    [32, "PENDING"],
    [33, "PENDING"],
  ] as const) {
    const u = others[k];
    if (!u) continue;
    await prisma.trainingEnrolment.create({
      data: { classId: roomy.id, userId: u.id, status, createdAt: new Date(now - (40 - k) * HOUR) },
    });
    await prisma.trainingClass.update({ where: { id: roomy.id }, data: { seatsTaken: { increment: 1 } } });
  }

  const open = await makeClass(
    prisma,
    {
      title: "新时代组织工作专题讲座",
      organizer: "中共舟山市委组织部干部教育科",
      kind: "LECTURE",
      place: "舟山市行政中心第一会议室",
      description: "邀请省委党校专家围绕新时代党的组织路线作专题辅导，欢迎科级干部报名参加。",
      capacity: 6,
      eligibleLevels: ["DEPUTY_SECTION", "SECTION", "DEPUTY_DIVISION"],
      signupOpensAt: morning(now, -3),
      signupClosesAt: morning(now, 10, 17),
      status: "PUBLISHED",
      publishedAt: morning(now, -3),
      createdById: staff?.id ?? null,
    },
    [{ title: "新时代党的组织路线专题辅导", startsAt: morning(now, 14, 14), hours: 2, tenths: 20 }],
    [],
  );
  const signups: [number, string][] = [
    [24, "APPROVED"],
    [25, "APPROVED"],
    [26, "PENDING"],
    [27, "PENDING"],
    [28, "PENDING"],
    [29, "PENDING"],
    [30, "WAITLISTED"],
  ];
  let seats = 0;
  for (const [k, status] of signups) {
    const u = others[k];
    if (!u) continue;
    const createdAt = new Date(now - (40 - k) * HOUR);
    await prisma.trainingEnrolment.create({
      data: { classId: open.id, userId: u.id, status, createdAt, waitlistedAt: status === "WAITLISTED" ? createdAt : null },
    });
    if (status !== "WAITLISTED") seats++;
  }
  await prisma.trainingClass.update({ where: { id: open.id }, data: { seatsTaken: seats } });

  await makeClass(
    prisma,
    {
      title: "数字化改革网络专题学习",
      organizer: "中共舟山市委组织部",
      kind: "ONLINE",
      onlineUrl: "https://learning.example.cn/course/digital-reform",
      description: "通过网络学习平台完成数字化改革系列课程。",
      capacity: 200,
      signupOpensAt: morning(now, 5),
      signupClosesAt: morning(now, 20, 17),
      status: "DRAFT",
      publishedAt: null,
      createdById: staff?.id ?? null,
    },
    [{ title: "数字化改革总体架构", startsAt: morning(now, 25), hours: 1.5, tenths: 15 }],
    [],
  );
}
