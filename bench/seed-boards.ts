// A large public data set for the board bench: 2,000 vacancies, 5,000 notices (half of them
// 任职前公示 with persons), 5,000 policy documents and 2,000 appointments, all published, plus
// some drafts. Inserted in batches straight through Prisma (this measures reading, not writing).
import type { PrismaClient } from "../lib/generated/prisma/client";
import { demoName, pick, rng, UNITS } from "../scripts/seed/people";
import { CADRE_LEVELS } from "../lib/validation/qualifications";
import { rebuildSearchIndex } from "../lib/data/search-documents";

export const BENCH_SIZES = { vacancies: 2000, notices: 5000, policies: 5000, appointments: 2000 };

const DAY = 86_400_000;
const BATCH = 500;

async function inBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

const LOREM =
  "根据干部工作需要，按照《党政领导干部选拔任用工作条例》有关规定，现将有关事项公告如下。\n\n- 坚持党管干部原则\n- 坚持五湖四海、任人唯贤\n- 坚持事业为上、人岗相适、人事相宜\n\n";

export async function seedBenchBoards(prisma: PrismaClient, now = new Date()): Promise<{ vacancyIds: string[] }> {
  const r = rng(2026);
  const t = now.getTime();
  const statuses = ["PUBLISHED", "PUBLISHED", "PUBLISHED", "NOTICE", "FILLED", "CANCELLED"];
  const vacancies = Array.from({ length: BENCH_SIZES.vacancies }, (_, i) => {
    const status = statuses[i % statuses.length];
    const opens = t - (i % 60) * DAY;
    return {
      id: `bv${String(i).padStart(6, "0")}`,
      post: `${pick(r, ["副局长", "办公室主任", "综合处处长", "副镇长", "党委委员", "科长"])}（第 ${i + 1} 号）`,
      unit: pick(r, UNITS),
      level: pick(r, CADRE_LEVELS.slice(1, 5)),
      headcount: 1 + (i % 3),
      duties: LOREM.repeat(2),
      qualifications: "大学本科以上学历；现任下一级领导职务满 2 年。",
      maxAge: 45,
      minEducation: "BACHELOR",
      requiredLevel: "STAFF",
      minYearsAtLevel: 2,
      opensAt: new Date(opens),
      closesAt: new Date(opens + (i % 2 ? 30 : 10) * DAY),
      maxPerNominator: 1,
      status,
      cancelReason: status === "CANCELLED" ? "机构调整" : null,
      publishedAt: new Date(opens - DAY),
    };
  });
  // A handful of drafts, which the public pages must skip.
  vacancies.push(...vacancies.slice(0, 20).map((v, i) => ({ ...v, id: `bvd${i}`, status: "DRAFT", publishedAt: null as unknown as Date })));
  await inBatches(vacancies, (b) => prisma.vacancy.createMany({ data: b }));

  const policies = Array.from({ length: BENCH_SIZES.policies }, (_, i) => ({
    title: `关于进一步做好干部工作的若干规定（第 ${i + 1} 号）`,
    category: pick(r, ["PARTY_RULES", "LAWS", "POLICY_DOCS", "LOCAL_RULES", "INTERPRETATION"]),
    issuer: pick(r, ["中共中央办公厅", "中共浙江省委组织部", "中共舟山市委组织部", "舟山市人民政府"]),
    docNumber: `舟组通〔${2010 + (i % 17)}〕${i + 1}号`,
    issuedOn: new Date(Date.UTC(2010 + (i % 17), i % 12, 1 + (i % 28))),
    body: LOREM.repeat(6),
    status: i % 50 === 0 ? "DRAFT" : "PUBLISHED",
    publishedAt: i % 50 === 0 ? null : new Date(t - i * 3_600_000),
  }));
  await inBatches(policies, (b) => prisma.policy.createMany({ data: b }));

  const notices = Array.from({ length: BENCH_SIZES.notices }, (_, i) => {
    const pre = i % 2 === 0;
    const start = Math.floor((t - (i % 400) * DAY) / DAY) * DAY;
    return {
      id: `bn${String(i).padStart(6, "0")}`,
      kind: pre ? "PRE_APPOINTMENT" : "GENERAL",
      title: pre ? `拟任人选任职前公示（第 ${i + 1} 期）` : `关于干部工作的公告（第 ${i + 1} 号）`,
      body: LOREM,
      startsOn: pre ? new Date(start) : null,
      endsOn: pre ? new Date(start + 7 * DAY) : null,
      contact: pre ? "电话：0580-12380" : null,
      status: i % 100 === 0 ? "DRAFT" : "PUBLISHED",
      publishedAt: i % 100 === 0 ? null : new Date(t - i * 1_800_000),
    };
  });
  await inBatches(notices, (b) => prisma.notice.createMany({ data: b }));
  const entries = notices
    .filter((n) => n.kind === "PRE_APPOINTMENT")
    .flatMap((n) =>
      [0, 1].map((position) => ({
        noticeId: n.id,
        position,
        name: demoName(r, r() < 0.6),
        gender: r() < 0.6 ? "M" : "F",
        birthYearMonth: `${1975 + Math.floor(r() * 20)}-${String(1 + Math.floor(r() * 12)).padStart(2, "0")}`,
        education: "大学，学士",
        currentPost: "某局科长",
        proposedPost: "某局副局长",
      })),
    );
  await inBatches(entries, (b) => prisma.noticeEntry.createMany({ data: b }));

  const appointments = Array.from({ length: BENCH_SIZES.appointments }, (_, i) => ({
    kind: i % 3 === 0 ? "REMOVE" : "APPOINT",
    personName: demoName(r, r() < 0.6),
    post: `${pick(r, UNITS)}${pick(r, ["副局长", "局长", "主任", "科长"])}`,
    unit: pick(r, UNITS),
    docNumber: `舟委干〔2026〕${i + 1}号`,
    decidedOn: new Date(Math.floor((t - i * DAY) / DAY) * DAY),
    body: "",
    status: "PUBLISHED",
    publishedAt: new Date(t - i * DAY),
  }));
  await inBatches(appointments, (b) => prisma.appointment.createMany({ data: b }));
  // Inserted around the data layer: fill the search index from what was inserted.
  await rebuildSearchIndex(prisma);

  return { vacancyIds: vacancies.filter((v) => v.status === "PUBLISHED").map((v) => v.id) };
}
