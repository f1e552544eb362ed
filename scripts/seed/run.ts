import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { databaseUrl, providerOf, sqliteFile } from "../../lib/db/url";
import { seedDemo } from "./index";

export function scriptClient(url = databaseUrl()): PrismaClient {
  return providerOf(url) === "postgresql"
    ? new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) })
    : new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${sqliteFile(url)}` }) });
}

/** Seeds the demo data set when the database has no accounts yet. */
export async function seedIfEmpty(log: (s: string) => void): Promise<boolean> {
  const prisma = scriptClient();
  try {
    if ((await prisma.user.count()) > 0) return false;
    log("empty database: seeding demo data");
    await seedDemo(prisma, log);
    return true;
  } finally {
    await prisma.$disconnect();
  }
}
