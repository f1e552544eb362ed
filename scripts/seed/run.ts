import type { PrismaClient } from "../../lib/generated/prisma/client";
import { createPrismaClient } from "../../lib/db/client";
import { databaseUrl } from "../../lib/db/url";
import { seedDemo } from "./index";

export function scriptClient(url = databaseUrl()): PrismaClient {
  return createPrismaClient(url);
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
