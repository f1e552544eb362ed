// Demo nominations: targeted ones on the published vacancies (the vacancy board's seed runs
// first; when there is none, a few realistic vacancies are created here so the demo works
// either way), tallies with several distinct nominators per person, reviewer decisions and a
// shortlist on a closed vacancy, and a talent pool that spans more than a year (some expired).
// The demo nominator 张伟 (13900000003) is left free to nominate on every open vacancy.
import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client";
import { precheck } from "../../lib/nominations/precheck";
import { candidateMatchKey } from "../../lib/nominations/match-key";
import { receiptNumber } from "../../lib/nominations/receipt";
import { expiryFor, slotKeyFor, uniqueKeyFor } from "../../lib/nominations/rules";
import { serializeNominee, type NomineeSnapshot } from "../../lib/nominations/snapshot";
import { RELATIONSHIPS, SUITABLE_FIELDS } from "../../lib/nominations/scales";
import { demoName, pick, rng, UNITS } from "./people";

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Vacancies of our own, only when the board has seeded none. Dates relative to now. */
function fallbackVacancies(now: number) {
  const at = (days: number, hour = 9) => {
    const d = new Date(now + days * DAY);
    d.setUTCHours(hour - 8, 0, 0, 0); // hour in Shanghai
    return d;
  };
  return [
    {
      post: "副局长",
      unit: "舟山市海洋经济发展局",
      level: "DEPUTY_DIVISION",
      headcount: 1,
      duties: "协助局长分管海洋产业规划、港航物流和涉海招商工作。",
      qualifications: "大学本科及以上学历；现任正科级领导职务满 3 年；年龄一般不超过 45 周岁；熟悉海洋经济工作。",
      maxAge: 45,
      minEducation: "BACHELOR",
      requiredLevel: "SECTION",
      minYearsAtLevel: 3,
      maxPerNominator: 2,
      opensAt: at(-6),
      closesAt: at(8, 17),
    },
    {
      post: "党委副书记",
      unit: "舟山市普陀区六横镇",
      level: "SECTION",
      headcount: 1,
      duties: "协助党委书记抓好党建、基层治理和平安建设工作。",
      qualifications: "大学专科及以上学历；现任副科级领导职务满 2 年；具有乡镇（街道）工作经历者优先。",
      maxAge: 40,
      minEducation: "JUNIOR_COLLEGE",
      requiredLevel: "DEPUTY_SECTION",
      minYearsAtLevel: 2,
      maxPerNominator: 1,
      opensAt: at(-3),
      closesAt: at(11, 17),
    },
    {
      post: "港航科科长",
      unit: "舟山市交通运输局",
      level: "SECTION",
      headcount: 1,
      duties: "负责港口、航道和水路运输行业管理。",
      qualifications: "大学本科及以上学历；现任副科级领导职务满 2 年。",
      maxAge: 40,
      minEducation: "BACHELOR",
      requiredLevel: "DEPUTY_SECTION",
      minYearsAtLevel: 2,
      maxPerNominator: 1,
      opensAt: at(-40),
      closesAt: at(-26, 17),
    },
    {
      post: "副县长",
      unit: "嵊泗县人民政府",
      level: "DEPUTY_DIVISION",
      headcount: 1,
      duties: "分管文化旅游、海岛公园建设和渔业转型工作。",
      qualifications: "大学本科及以上学历；现任正科级领导职务满 3 年；年龄一般不超过 45 周岁。",
      maxAge: 45,
      minEducation: "BACHELOR",
      requiredLevel: "SECTION",
      minYearsAtLevel: 3,
      maxPerNominator: 1,
      opensAt: at(5),
      closesAt: at(19, 17),
    },
  ];
}

const POSTS: [string, string, number][] = [
  ["团工委书记", "DEPUTY_SECTION", 4],
  ["办公室主任", "SECTION", 5],
  ["科长", "SECTION", 3],
  ["副科长", "DEPUTY_SECTION", 2],
  ["副镇长", "DEPUTY_SECTION", 3],
  ["党委委员、副镇长", "DEPUTY_SECTION", 5],
  ["综合执法队队长", "SECTION", 2],
  ["四级调研员", "SECTION", 6],
  ["一级主任科员", "STAFF", 4],
  ["副局长", "DEPUTY_DIVISION", 2],
];

const REASONS = {
  reasonDe: ["政治立场坚定，对党忠诚，严守政治纪律和政治规矩，群众公认度高。", "理想信念坚定，品行端正，为人正派，团结同志，口碑很好。"],
  reasonNeng: [
    "熟悉港航物流业务，统筹协调能力强，善于破解项目推进中的难题。",
    "基层工作经验丰富，处置突发事件沉着果断，群众工作能力突出。",
  ],
  reasonQin: ["工作勤勉敬业，长期扎根海岛一线，台风防御期间连续驻守一线。", "责任心强，敢于担当，节假日经常加班，作风扎实。"],
  reasonJi: ["牵头推进六横港区多个重点项目落地，年度考核连续三年优秀。", "主导完成渔民转产转业帮扶工作，受到市委市政府通报表扬。"],
  reasonLian: ["廉洁自律，严格执行中央八项规定精神，从无违规违纪反映。", "严格要求家属和身边工作人员，清正廉洁，经得起监督。"],
};

interface Person extends NomineeSnapshot {
  userId: string | null;
}

/** A deterministic cast of nominees: realistic Zhoushan cadres, some outside the conditions. */
function cast(count: number, r: () => number): Person[] {
  return Array.from({ length: count }, () => {
    const male = r() < 0.6;
    const [post, level, years] = pick(r, POSTS);
    const year = 1976 + Math.floor(r() * 18);
    return {
      name: demoName(r, male),
      gender: male ? "M" : "F",
      birthDate: new Date(Date.UTC(year, Math.floor(r() * 12), 1 + Math.floor(r() * 28))),
      workUnit: pick(r, UNITS),
      currentPost: post,
      currentLevel: level,
      yearsAtLevel: Math.max(1, years + Math.floor(r() * 3) - 1),
      education: pick(r, ["BACHELOR", "BACHELOR", "BACHELOR", "MASTER", "JUNIOR_COLLEGE", "DOCTOR"]),
      phone: null,
      userId: null,
    };
  });
}

export async function seedNominations(prisma: PrismaClient): Promise<void> {
  const now = Date.now();
  const r = rng(4242);
  let vacancies = await prisma.vacancy.findMany({ where: { status: { not: "DRAFT" } }, orderBy: { opensAt: "asc" } });
  if (vacancies.length === 0) {
    for (const v of fallbackVacancies(now)) {
      await prisma.vacancy.create({ data: { ...v, status: "PUBLISHED", publishedAt: new Date(v.opensAt.getTime() - DAY) } });
    }
    vacancies = await prisma.vacancy.findMany({ where: { status: { not: "DRAFT" } }, orderBy: { opensAt: "asc" } });
  }
  const users = await prisma.user.findMany({
    where: { status: "APPROVED", role: "NOMINATOR" },
    select: { id: true, realName: true, phone: true, gender: true, birthDate: true, workUnit: true, position: true },
    orderBy: { createdAt: "asc" },
  });
  const demoNominator = users.find((u) => u.phone === "13900000003");
  const nominators = users.filter((u) => u !== demoNominator);
  const reviewer = await prisma.user.findFirst({ where: { role: "REVIEWER", status: "APPROVED" }, select: { id: true } });
  if (nominators.length < 3) return;

  const people = cast(28, r);
  // One approved user nominates themself for the first open vacancy (自荐).
  const selfUser = nominators[0];
  people.unshift({
    name: selfUser.realName,
    gender: selfUser.gender,
    birthDate: selfUser.birthDate,
    workUnit: selfUser.workUnit,
    currentPost: selfUser.position,
    currentLevel: "SECTION",
    yearsAtLevel: 4,
    education: "MASTER",
    phone: null,
    userId: selfUser.id,
  });

  const candidateIds = new Map<Person, string>();
  async function candidateFor(p: Person): Promise<string> {
    const known = candidateIds.get(p);
    if (known) return known;
    const { userId, ...facts } = p;
    const c = await prisma.candidate.create({
      data: { ...facts, userId, aliases: { create: { matchKey: candidateMatchKey(p) } } },
      select: { id: true },
    });
    candidateIds.set(p, c.id);
    return c.id;
  }

  const rows: Prisma.NominationCreateManyInput[] = [];
  const shortlist: { vacancyId: string; candidateId: string }[] = [];
  const usedReceipts = new Set<string>();
  const receipt = (kind: "TARGETED" | "OPEN", at: Date) => {
    let n = receiptNumber(kind, at);
    while (usedReceipts.has(n)) n = receiptNumber(kind, at);
    usedReceipts.add(n);
    return n;
  };
  const reasons = () => ({
    reasonDe: pick(r, REASONS.reasonDe),
    reasonNeng: pick(r, REASONS.reasonNeng),
    reasonQin: pick(r, REASONS.reasonQin),
    reasonJi: pick(r, REASONS.reasonJi),
    reasonLian: pick(r, REASONS.reasonLian),
  });

  for (const [vi, v] of vacancies.entries()) {
    if (v.opensAt.getTime() > now) continue; // not open yet: nothing to nominate
    const end = Math.min(v.closesAt.getTime(), now) - HOUR;
    const closed = v.closesAt.getTime() <= now;
    // A cancelled vacancy's nominations were voided when it was cancelled (keys released).
    const cancelled = v.status === "CANCELLED";
    // Popular candidates first: person i is named by a decreasing number of nominators.
    const field = people.slice(1 + ((vi * 5) % 20), 1 + ((vi * 5) % 20) + 6);
    const slots = new Map<string, number>();
    for (const [ci, person] of field.entries()) {
      const wanted = Math.max(1, Math.min(nominators.length - 1, 7 - ci * 1 - Math.floor(r() * 2)));
      const chosen = [...nominators].sort(() => r() - 0.5).slice(0, wanted);
      for (const u of chosen) {
        const used = slots.get(u.id) ?? 0;
        if (used >= v.maxPerNominator) continue;
        if (u.id === person.userId) continue;
        slots.set(u.id, used + 1);
        const candidateId = await candidateFor(person);
        const at = new Date(v.opensAt.getTime() + Math.floor(r() * Math.max(HOUR, end - v.opensAt.getTime())));
        const flags = precheck(v, person, at);
        const decided = cancelled
          ? "VOID"
          : closed
            ? flags.length > 0 && r() < 0.6
              ? "REJECTED"
              : "ACCEPTED"
            : r() < 0.15
              ? "ACCEPTED"
              : "SUBMITTED";
        rows.push({
          receiptNo: receipt("TARGETED", at),
          kind: "TARGETED",
          vacancyId: v.id,
          nominatorId: u.id,
          candidateId,
          isSelf: false,
          relationship: pick(r, RELATIONSHIPS),
          ...reasons(),
          nominee: serializeNominee(person),
          signedName: u.realName,
          flags: JSON.stringify(flags),
          status: decided,
          reviewNote: decided === "REJECTED" ? "经审核，不符合本岗位任职资格条件。" : null,
          reviewedAt: decided === "SUBMITTED" ? null : new Date(Math.min(now, at.getTime() + 2 * DAY)),
          reviewedById: decided === "SUBMITTED" ? null : (reviewer?.id ?? null),
          submittedAt: at,
          uniqueKey: cancelled ? null : uniqueKeyFor({ kind: "TARGETED", vacancyId: v.id, nominatorId: u.id, candidateId }),
          slotKey: cancelled ? null : slotKeyFor(v.id, u.id, used + 1),
        });
      }
      const shortlisted = candidateIds.get(person);
      if (closed && !cancelled && ci < 2 && shortlisted) shortlist.push({ vacancyId: v.id, candidateId: shortlisted });
    }
    // The self-nomination, on the first vacancy that is open now.
    if (!closed && !cancelled && !rows.some((x) => x.isSelf)) {
      const person = people[0];
      const candidateId = await candidateFor(person);
      const at = new Date(v.opensAt.getTime() + HOUR);
      const used = slots.get(selfUser.id) ?? 0;
      if (used < v.maxPerNominator) {
        rows.push({
          receiptNo: receipt("TARGETED", at),
          kind: "TARGETED",
          vacancyId: v.id,
          nominatorId: selfUser.id,
          candidateId,
          isSelf: true,
          relationship: "SELF",
          ...reasons(),
          nominee: serializeNominee(person),
          signedName: selfUser.realName,
          flags: JSON.stringify(precheck(v, person, at)),
          status: "SUBMITTED",
          submittedAt: at,
          uniqueKey: uniqueKeyFor({ kind: "TARGETED", vacancyId: v.id, nominatorId: selfUser.id, candidateId }),
          slotKey: slotKeyFor(v.id, selfUser.id, used + 1),
        });
      }
    }
    // The demo nominator has one earlier nomination, on a closed vacancy, so 我的推荐 shows history.
    if (closed && !cancelled && demoNominator && !rows.some((x) => x.nominatorId === demoNominator.id)) {
      const person = field[0];
      const candidateId = await candidateFor(person);
      const at = new Date(v.opensAt.getTime() + 2 * DAY);
      rows.push({
        receiptNo: receipt("TARGETED", at),
        kind: "TARGETED",
        vacancyId: v.id,
        nominatorId: demoNominator.id,
        candidateId,
        isSelf: false,
        relationship: "COLLEAGUE",
        ...reasons(),
        nominee: serializeNominee(person),
        signedName: demoNominator.realName,
        flags: JSON.stringify(precheck(v, person, at)),
        status: "ACCEPTED",
        reviewedAt: new Date(at.getTime() + 3 * DAY),
        reviewedById: reviewer?.id ?? null,
        submittedAt: at,
        uniqueKey: uniqueKeyFor({ kind: "TARGETED", vacancyId: v.id, nominatorId: demoNominator.id, candidateId }),
        slotKey: slotKeyFor(v.id, demoNominator.id, 1),
      });
    }
  }

  // The talent pool: non-targeted recommendations over the last fourteen months.
  const poolPeople = people.slice(12);
  for (let i = 0; i < 24; i++) {
    const person = poolPeople[i % poolPeople.length];
    const u = nominators[(i * 7) % nominators.length];
    if (u.id === person.userId) continue;
    const at = new Date(now - Math.floor(r() * 420) * DAY - Math.floor(r() * 8) * HOUR);
    const candidateId = await candidateFor(person);
    const expiresAt = expiryFor("OPEN", at)!;
    const expired = expiresAt.getTime() <= now;
    const key = uniqueKeyFor({ kind: "OPEN", vacancyId: null, nominatorId: u.id, candidateId });
    if (rows.some((x) => x.uniqueKey === key)) continue;
    const status = expired ? "EXPIRED" : r() < 0.3 ? "ACCEPTED" : "SUBMITTED";
    rows.push({
      receiptNo: receipt("OPEN", at),
      kind: "OPEN",
      nominatorId: u.id,
      candidateId,
      isSelf: false,
      relationship: pick(r, RELATIONSHIPS),
      ...reasons(),
      suitableField: pick(r, SUITABLE_FIELDS),
      nominee: serializeNominee(person),
      signedName: u.realName,
      status,
      reviewedAt: status === "ACCEPTED" ? new Date(at.getTime() + 5 * DAY) : null,
      reviewedById: status === "ACCEPTED" ? (reviewer?.id ?? null) : null,
      submittedAt: at,
      expiresAt,
      uniqueKey: expired ? null : key,
    });
  }

  await prisma.nomination.createMany({ data: rows });
  for (const s of shortlist) await prisma.shortlist.create({ data: { ...s, createdById: reviewer?.id ?? null } });
}
