import "server-only";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type Database from "better-sqlite3";
import { PrismaClient } from "../generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "../generated/prisma-pg/client";
import { keepCompiledStatements } from "./statement-cache";
import { databaseUrl, providerOf, sqliteFile } from "./url";

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const globalForPrisma = globalThis as unknown as { openselectPrisma?: PrismaClient };

/**
 * A client for `url`. Both providers' clients are generated from the one schema, so their
 * model APIs are the same; the PostgreSQL one is typed as the SQLite one for the app's code.
 */
export function createPrismaClient(url: string = databaseUrl()): PrismaClient {
  if (providerOf(url) === "postgresql") {
    const max = Number(process.env.DATABASE_POOL_SIZE ?? 10);
    return new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: url, max }) }) as unknown as PrismaClient;
  }
  // The busy timeout queues writers instead of failing with SQLITE_BUSY under concurrent
  // submissions (WAL mode, set once by scripts/prepare.ts, lets readers go on meanwhile).
  return new PrismaClient({ adapter: sqliteAdapter(url) });
}

/** The SQLite adapter the app's client uses (the bench builds its clients with it too). */
export function sqliteAdapter(url: string) {
  return new SqliteAdapter({ url: `file:${sqliteFile(url)}`, timeout: 10_000 });
}

/** Prisma's better-sqlite3 adapter, with the connection's compiled statements kept (statement-cache.ts). */
class SqliteAdapter extends PrismaBetterSqlite3 {
  override async connect() {
    const adapter = await super.connect();
    keepCompiledStatements((adapter as unknown as { client: Database.Database }).client);
    return adapter;
  }
}

/** The one Prisma client of this process (reused across hot reloads in development). */
export function db(): PrismaClient {
  globalForPrisma.openselectPrisma ??= createPrismaClient();
  return globalForPrisma.openselectPrisma;
}

export function isPostgres(): boolean {
  return providerOf(databaseUrl()) === "postgresql";
}
