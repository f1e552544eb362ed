import "server-only";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { databaseUrl, providerOf, sqliteFile } from "./url";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const globalForPrisma = globalThis as unknown as { openselectPrisma?: PrismaClient };

function create(): PrismaClient {
  const url = databaseUrl();
  if (providerOf(url) === "postgresql") {
    const max = Number(process.env.DATABASE_POOL_SIZE ?? 10);
    return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max }) });
  }
  // WAL lets readers proceed while one writer commits; busy timeout queues writers instead
  // of failing with SQLITE_BUSY under concurrent submissions.
  return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${sqliteFile(url)}`, timeout: 10_000 }) });
}

/** The one Prisma client of this process (reused across hot reloads in development). */
export function db(): PrismaClient {
  globalForPrisma.openselectPrisma ??= create();
  return globalForPrisma.openselectPrisma;
}

export function isPostgres(): boolean {
  return providerOf(databaseUrl()) === "postgresql";
}
