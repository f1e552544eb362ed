// Demo history for 公开数据: the other seeds date everything within the last few months, so the
// statistics page would show one year, and per unit nothing but suppressed figures. This adds
// the three previous years' finished selections — vacancies filled after a 任职前公示 and a
// published 任免, their (closed) targeted nominations — so the page has several years, charts
// with a trend and units with enough to publish. Deterministic (a fixed pseudo-random sequence).
// Run after seedBoards and seedNominations (it reuses their nominators and candidates).
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { parseDay, shanghaiDay } from "../../lib/calendar/dates";
import { receiptNumber } from "../../lib/nominations/receipt";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const UNITS: { unit: string; posts: string[] }[] = [
  { unit: "舟山市交通运输局", posts: ["副局长", "综合规划处处长", "运输管理处处长"] },
  { unit: "舟山市教育局", posts: ["副局长", "基础教育处处长", "人事处处长"] },
  { unit: "定海区人民政府", posts: ["副区长", "办公室副主任"] },
  { unit: "普陀区人民政府", posts: ["副区长", "办公室主任"] },
  { unit: "岱山县人民政府", posts: ["副县长"] },
  { unit: "嵊泗县人民政府", posts: ["副县长"] },
];
/** Vacancies per unit (in UNITS order) for three years ago, two years ago and last year. */
const PER_YEAR = [
  [6, 5, 2, 1, 1, 0],
  [7, 5, 5, 2, 0, 1],
  [8, 6, 5, 3, 2, 1],
];
const SURNAMES = ["王", "李", "张", "陈", "林", "周", "吴", "徐", "孙", "胡", "朱", "高", "何", "郑", "叶"];
const GIVEN = ["建华", "海燕", "志强", "丽君", "晓东", "文涛", "静怡", "国平", "雪梅", "振宇", "春燕", "立新", "晨曦", "浩然", "秀英"];

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/** 10:00 Beijing time on a day of `year`. */
const beijing = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day, 2));
const dayOf = (d: Date) => parseDay(d.toISOString().slice(0, 10))!;

export async function seedStatisticsHistory(prisma: PrismaClient, now: Date = new Date()): Promise<void> {
  const r = random(20260601);
  const thisYear = shanghaiDay(now).year;
  const reviewer = await prisma.user.findFirst({ where: { role: "REVIEWER" }, select: { id: true } });
  // Templates: what seeded nominators said about seeded candidates (the nominee as described).
  const templates = await prisma.nomination.findMany({
    where: { kind: "TARGETED" },
    select: {
      nominatorId: true,
      candidateId: true,
      relationship: true,
      reasonDe: true,
      reasonNeng: true,
      reasonQin: true,
      reasonJi: true,
      reasonLian: true,
      nominee: true,
      signedName: true,
    },
    take: 40,
    orderBy: { submittedAt: "asc" },
  });
  const receipts = new Set((await prisma.nomination.findMany({ select: { receiptNo: true } })).map((n) => n.receiptNo));
  let person = 0;

  for (const [k, counts] of PER_YEAR.entries()) {
    const year = thisYear - 3 + k;
    let month = 1;
    for (const [u, count] of counts.entries()) {
      for (let i = 0; i < count; i++) {
        const { unit, posts } = UNITS[u];
        const post = `${unit.replace(/人民政府$/, "")}${posts[i % posts.length]}`;
        // Published between January and September, so the 公示 and 任免 fall in the same year.
        const published = beijing(year, ((month++ - 1) % 9) + 1, 3 + Math.floor(r() * 20));
        const closes = new Date(published.getTime() + 10 * DAY + 7 * HOUR);
        const vacancy = await prisma.vacancy.create({
          data: {
            post,
            unit,
            level: posts[i % posts.length].startsWith("副") ? "DEPUTY_DIVISION" : "SECTION",
            headcount: 1,
            duties: `负责${post}职责范围内的工作。`,
            qualifications: "具有大学本科以上文化程度，具有 5 年以上工龄和 2 年以上基层工作经历。",
            opensAt: published,
            closesAt: closes,
            status: "FILLED",
            publishedAt: published,
            createdById: reviewer?.id ?? null,
            createdAt: new Date(published.getTime() - 3 * DAY),
          },
          select: { id: true },
        });

        // Closed targeted nominations (the selection is over): none holds a slot any more.
        const nominations = 3 + Math.floor(r() * 7);
        for (let n = 0; n < nominations && templates.length; n++) {
          const t = templates[Math.floor(r() * templates.length)];
          const at = new Date(published.getTime() + Math.floor(r() * 9) * DAY + Math.floor(r() * 8) * HOUR);
          let receiptNo = receiptNumber("TARGETED", at);
          while (receipts.has(receiptNo)) receiptNo = receiptNumber("TARGETED", at);
          receipts.add(receiptNo);
          await prisma.nomination.create({
            data: {
              ...t,
              receiptNo,
              kind: "TARGETED",
              vacancyId: vacancy.id,
              status: "CLOSED",
              submittedAt: at,
              reviewedAt: new Date(at.getTime() + 2 * DAY),
              reviewedById: reviewer?.id ?? null,
            },
          });
        }

        const name = `${SURNAMES[person % SURNAMES.length]}${GIVEN[(person * 7) % GIVEN.length]}`;
        person++;
        const startsOn = dayOf(new Date(closes.getTime() + 20 * DAY));
        const notice = await prisma.notice.create({
          data: {
            kind: "PRE_APPOINTMENT",
            title: `${post}拟任人选任职前公示`,
            body: "经研究，拟任用下列同志，现予以公示。公示期间，对公示对象有异议的，可以通过本平台或来电、来信反映。",
            startsOn,
            endsOn: new Date(startsOn.getTime() + 6 * DAY),
            contact: "电话：0580-12380",
            status: "PUBLISHED",
            publishedAt: new Date(startsOn.getTime() - 14 * HOUR),
            vacancyId: vacancy.id,
            createdById: reviewer?.id ?? null,
            entries: {
              create: {
                name,
                gender: person % 3 === 0 ? "F" : "M",
                birthYearMonth: `${1976 + (person % 12)}-${String((person % 12) + 1).padStart(2, "0")}`,
                education: "大学，学士",
                currentPost: `${unit.replace(/人民政府$/, "")}科长`,
                proposedPost: posts[i % posts.length],
                result: "NO_OBJECTION",
                resultAt: new Date(startsOn.getTime() + 8 * DAY),
              },
            },
          },
          select: { id: true, entries: { select: { id: true } } },
        });
        const decidedOn = new Date(startsOn.getTime() + 14 * DAY);
        await prisma.appointment.create({
          data: {
            kind: "APPOINT",
            personName: name,
            post,
            unit,
            docNumber: `舟委干〔${year}〕${10 + person}号`,
            decidedOn,
            status: "PUBLISHED",
            publishedAt: new Date(decidedOn.getTime() + 2 * DAY),
            vacancyId: vacancy.id,
            noticeId: notice.id,
            noticeEntryId: notice.entries[0].id,
            createdById: reviewer?.id ?? null,
          },
        });
      }
    }
  }
}
