// Demo data for the embedded default. Each board's seed lives in its own file; this runs
// them in order on an empty database.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { seedAccounts } from "./accounts";
import { seedBoards } from "./boards";
import { seedNominations } from "./nominations";
import { seedStatisticsHistory } from "./statistics";
import { seedCases } from "./cases";
import { seedSurveys } from "./surveys";
import { seedTraining } from "./training";
import { rebuildSearchIndex } from "../../lib/data/search-documents";

export async function seedDemo(prisma: PrismaClient, log: (s: string) => void = console.log): Promise<void> {
  const t0 = Date.now();
  await seedAccounts(prisma);
  await seedBoards(prisma);
  // After the boards: nominations are made on the vacancies seeded before them.
  await seedNominations(prisma);
  // 公开数据: the previous years' finished selections (reusing the seeded nominators and candidates).
  await seedStatisticsHistory(prisma);
  // After the boards and accounts: an objection names a person of a seeded 任职前公示.
  await seedCases(prisma);
  // 满意度测评: last year's published results and this year's open survey (after the accounts).
  await seedSurveys(prisma);
  // 干部教育培训: a finished class with attendance, one open with sign-ups to decide, a draft (after the accounts).
  await seedTraining(prisma);
  // The boards were inserted directly: the search index is filled from them in one go.
  await rebuildSearchIndex(prisma);
  log(`demo data seeded in ${Date.now() - t0} ms`);
}
