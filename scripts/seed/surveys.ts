// Demo 满意度测评: last year's survey (2025 in the demo year 2026), closed, with its rating results published (so the
// public results page, the year-over-year comparison and the statistics page have a past year),
// and this year's survey open now (accounts online and codes handed out at two meetings), with
// part of the answers in. Responses are written like live ones: random keys, no time, no person,
// and the participation marks apart. The demo nominators have not answered this year's, so
// signing in as one shows the survey on /account and the home page.
import { randomInt } from "node:crypto";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { newSurveyCode, surveyCodeHash } from "../../lib/survey/code";
import { shanghaiToday } from "../../lib/calendar/dates";
import { rng } from "./people";

const DAY = 86_400_000;

const QUESTIONS = [
  { kind: "SCALE", text: "您对本地区干部选拔任用工作的总体评价", topic: "干部选拔任用工作总体评价" },
  { kind: "SCALE", text: "您对干部选任信息公开工作的评价", topic: "干部选任信息公开" },
  { kind: "SCALE", text: "您对干部选拔初始提名工作的评价", topic: "干部选拔初始提名" },
  { kind: "SCALE", text: "您对整治用人上不正之风工作的评价", topic: "整治用人上不正之风" },
  { kind: "TEXT", text: "您对进一步做好选人用人工作的意见和建议", topic: null },
] as const;

/** How people answered each rating question: weights of 满意 / 基本满意 / 不满意 / 不了解. */
const PROFILES: Record<"last" | "this", Record<string, number[]>> = {
  last: {
    干部选拔任用工作总体评价: [58, 28, 6, 8],
    干部选任信息公开: [49, 30, 11, 10],
    干部选拔初始提名: [41, 31, 13, 15],
    整治用人上不正之风: [55, 29, 7, 9],
  },
  this: {
    干部选拔任用工作总体评价: [64, 26, 4, 6],
    干部选任信息公开: [61, 27, 5, 7],
    干部选拔初始提名: [52, 30, 8, 10],
    整治用人上不正之风: [60, 27, 5, 8],
  },
};

const COMMENTS = [
  "建议进一步扩大干部选任信息公开的范围，公示时说明任职理由。",
  "希望初始提名环节听取更多基层干部的意见。",
  "民主推荐的范围可以再扩大一些，让群众更多参与。",
  "网上推荐平台使用方便，建议延长推荐时间。",
  "建议及时反馈对推荐意见的采纳情况。",
  "希望加强对新提拔干部试用期的考核和公开。",
  "建议对年轻干部多压担子，多到基层一线锻炼。",
];

const SCALE = ["SATISFIED", "BASIC", "UNSATISFIED", "UNKNOWN"];

const MEETINGS: Record<"last" | "this", { unit: string; level: string | null; issued: number; used: number }[]> = {
  last: [
    { unit: "市直机关", level: "DIVISION", issued: 60, used: 57 },
    { unit: "市直机关", level: "SECTION", issued: 90, used: 84 },
    { unit: "定海区", level: null, issued: 70, used: 66 },
    { unit: "嵊泗县", level: null, issued: 45, used: 41 },
  ],
  this: [
    { unit: "市直机关", level: "DIVISION", issued: 60, used: 38 },
    { unit: "普陀区", level: null, issued: 80, used: 0 },
  ],
};

function pickWeighted(r: () => number, weights: number[]): string {
  const total = weights.reduce((a, b) => a + b, 0);
  let x = r() * total;
  for (const [i, w] of weights.entries()) {
    if ((x -= w) < 0) return SCALE[i];
  }
  return SCALE[SCALE.length - 1];
}

function shuffle<T>(items: T[]): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** Distinct random positive 31-bit keys (the tables are empty on a fresh seed). */
function keys(n: number, taken = new Set<number>()): number[] {
  const out: number[] = [];
  while (out.length < n) {
    const id = randomInt(1, 2 ** 31);
    if (!taken.has(id)) {
      taken.add(id);
      out.push(id);
    }
  }
  return out;
}

async function seedSurvey(
  prisma: PrismaClient,
  year: number,
  which: "last" | "this",
  opts: {
    opensAt: Date;
    closesAt: Date;
    status: "OPEN" | "CLOSED";
    publish: boolean;
    accounts: { id: string; workUnit: string; cadreLevel: string | null }[];
  },
  taken: { codes: Set<number>; responses: Set<number>; marks: Set<number> },
) {
  const r = rng(year);
  const survey = await prisma.survey.create({
    data: {
      title: `${year}年度选人用人工作满意度测评`,
      description:
        "为深入了解干部群众对本地区选人用人工作的评价，现开展年度满意度测评。测评采取无记名方式，作答与作答人分开保存，任何人都无法查出某一份作答的填写人。请根据您的了解如实评价。",
      year,
      opensAt: opts.opensAt,
      closesAt: opts.closesAt,
      forAccounts: true,
      forCodes: true,
      status: opts.status,
      resultsPublishedAt: opts.publish ? new Date(opts.closesAt.getTime() + 10 * DAY) : null,
      createdAt: new Date(opts.opensAt.getTime() - 7 * DAY),
    },
  });
  const questions: { id: string; kind: string; topic: string | null }[] = [];
  for (const [i, q] of QUESTIONS.entries()) {
    questions.push(
      await prisma.surveyQuestion.create({
        data: {
          surveyId: survey.id,
          position: i + 1,
          kind: q.kind,
          text: q.text,
          topic: q.topic,
          published: opts.publish && q.kind === "SCALE",
        },
      }),
    );
  }
  const answer = () => {
    const a: Record<string, string> = {};
    for (const q of questions) {
      if (q.kind === "SCALE") a[q.id] = pickWeighted(r, PROFILES[which][q.topic!]);
      else if (r() < 0.12) a[q.id] = COMMENTS[Math.floor(r() * COMMENTS.length)];
    }
    return JSON.stringify(a);
  };
  const responses: { unit: string | null; level: string | null; answers: string }[] = [];
  // Meeting codes: issued, some used (the used ones answered).
  for (const m of MEETINGS[which]) {
    const ids = keys(m.issued, taken.codes);
    await prisma.surveyCode.createMany({
      data: ids.map((id, i) => ({
        id,
        surveyId: survey.id,
        codeHash: surveyCodeHash(newSurveyCode().replaceAll("-", "")),
        unit: m.unit,
        level: m.level,
        used: i < m.used,
      })),
    });
    for (let i = 0; i < m.used; i++) responses.push({ unit: m.unit, level: m.level, answers: answer() });
  }
  // Accounts online: a mark each, and a response with the account's unit and level.
  const markIds = keys(opts.accounts.length, taken.marks);
  await prisma.surveyParticipation.createMany({
    data: opts.accounts.map((a, i) => ({ id: markIds[i], surveyId: survey.id, userId: a.id })),
  });
  for (const a of opts.accounts) responses.push({ unit: a.workUnit, level: a.cadreLevel, answers: answer() });
  const responseIds = keys(responses.length, taken.responses);
  await prisma.surveyResponse.createMany({ data: shuffle(responses).map((x, i) => ({ id: responseIds[i], surveyId: survey.id, ...x })) });
  return responses.length;
}

export async function seedSurveys(prisma: PrismaClient, at: Date = new Date()): Promise<void> {
  const now = at.getTime();
  const year = Number(shanghaiToday(at).slice(0, 4));
  const taken = { codes: new Set<number>(), responses: new Set<number>(), marks: new Set<number>() };
  const approved = await prisma.user.findMany({
    where: { status: "APPROVED", role: "NOMINATOR" },
    select: { id: true, workUnit: true, cadreLevel: true, phone: true },
    orderBy: { phone: "asc" },
  });
  // The demo logins (139 0000 00xx) stay unanswered this year, so they can try the survey.
  const others = approved.filter((u) => !u.phone.startsWith("1390000"));
  const lastYear = new Date(now - 365 * DAY);
  await seedSurvey(
    prisma,
    year - 1,
    "last",
    { opensAt: new Date(lastYear.getTime() - 10 * DAY), closesAt: lastYear, status: "CLOSED", publish: true, accounts: others },
    taken,
  );
  await seedSurvey(
    prisma,
    year,
    "this",
    {
      opensAt: new Date(now - 5 * DAY),
      closesAt: new Date(now + 16 * DAY),
      status: "OPEN",
      publish: false,
      accounts: others.slice(0, Math.ceil(others.length / 2)),
    },
    taken,
  );
}
