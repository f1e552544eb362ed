// Prisma's schema engine as WebAssembly (@prisma/schema-engine-wasm), driven through driver
// adapters: computes migration SQL without the native engine binary that the Prisma CLI would
// download. The work is one engine call, `diff`: from = a scratch database that our own runner
// (migrate.ts) brought to the state of the committed migrations (an empty database before the
// first migration), to = the datamodel of prisma/schema.prisma for that provider.
// withEngine/migrationList also give access to the engine's other migrate commands (e.g.
// diagnoseMigrationHistory, the logic behind `prisma migrate status`).
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { DiffTarget, MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import pg from "pg";
import type { Provider } from "../../lib/db/url";
import { startThrowawayPostgres } from "../../tests/helpers/pg-server";
import { applyMigrations, migrationsDir, readMigrations, REPO_ROOT } from "./migrate";
import { externalTables } from "./search-index-filter";

type EngineModule = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

let enginePromise: Promise<EngineModule> | undefined;
let lastPanic: string | undefined;

/**
 * Load the wasm-bindgen glue by hand. The package's entry point does
 * `import * as wasm from "./schema_engine_bg.wasm"`, which Node cannot import; instead we
 * instantiate the .wasm with the glue module as its import object, as a bundler would.
 */
export function loadSchemaEngine(): Promise<EngineModule> {
  enginePromise ??= (async () => {
    // The glue calls this when the Rust side panics; keep the message for our error text.
    (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
      set_message(message: string) {
        lastPanic = message;
      },
    };
    const glue = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = fs.readFileSync(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return enginePromise;
}

function engineError(error: unknown, what: string): Error {
  const detail = error instanceof Error ? error.message : typeof error === "string" ? error : JSON.stringify(error);
  return new Error(`schema engine ${what} failed: ${detail}${lastPanic ? `\npanic: ${lastPanic}` : ""}`);
}

// ---- PostgreSQL "char" columns ------------------------------------------------------------
const PG_CHAR_OID = 18; // PostgreSQL's internal one-byte "char" (pg_catalog flags like relkind)
const PG_TEXT_OID = 25;
type QueryFn = (this: pg.Client, ...args: unknown[]) => unknown;

function charAsText(result: unknown): void {
  for (const r of Array.isArray(result) ? result : [result]) {
    for (const field of (r as pg.QueryResult | undefined)?.fields ?? []) {
      if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    }
  }
}

/**
 * adapter-pg has no column type for "char" (OID 18), which the engine reads from pg_catalog
 * while describing a database ("Column type 'char' could not be deserialized"). On the
 * engine's connections only, such columns are reported as text; their values are strings already.
 */
class CharAsTextClient extends pg.Client {}
const baseQuery = pg.Client.prototype.query as unknown as QueryFn;
(CharAsTextClient.prototype as unknown as { query: QueryFn }).query = function (...args: unknown[]) {
  const last = args[args.length - 1];
  if (typeof last === "function") {
    // Callback form: what pg.Pool#query uses internally.
    args[args.length - 1] = (error: unknown, result: unknown) => {
      charAsText(result);
      (last as (e: unknown, r: unknown) => void)(error, result);
    };
    return baseQuery.apply(this, args);
  }
  const returned = baseQuery.apply(this, args);
  return returned instanceof Promise ? returned.then((result: unknown) => (charAsText(result), result)) : returned;
};

function adapterFactoryFor(provider: Provider, url: string): SqlMigrationAwareDriverAdapterFactory {
  return provider === "sqlite"
    ? new PrismaBetterSqlite3({ url })
    : new PrismaPg({ connectionString: url, Client: CharAsTextClient, allowExitOnIdle: true });
}

// ---- engine calls -------------------------------------------------------------------------

/** The datamodel of prisma/schema.prisma for `provider` (the file itself says "sqlite"). */
export function schemaText(provider: Provider): string {
  const source = fs.readFileSync(path.join(REPO_ROOT, "prisma", "schema.prisma"), "utf8");
  return provider === "sqlite" ? source : source.replace('provider = "sqlite"', 'provider = "postgresql"');
}

/**
 * Run `fn` with an engine whose database is `url`, reached through the provider's driver adapter.
 * `datamodels` stays undefined for `diff`, which takes its schemas from the params.
 */
export async function withEngine<T>(
  provider: Provider,
  url: string,
  fn: (engine: SchemaEngine) => Promise<T>,
  datamodels?: [string, string][],
): Promise<T> {
  const { SchemaEngine } = await loadSchemaEngine();
  lastPanic = undefined;
  let engine: SchemaEngine;
  try {
    // The engine connects here already, even for calls that never read the database.
    engine = await SchemaEngine.new({ datamodels }, () => undefined, bindMigrationAwareSqlAdapterFactory(adapterFactoryFor(provider, url)));
  } catch (error) {
    throw engineError(error, "start");
  }
  try {
    return await fn(engine);
  } catch (error) {
    throw engineError(error, "call");
  } finally {
    engine.free();
  }
}

/** SQL taking `from` to `to`, "" when they agree. */
export function diff(provider: Provider, url: string, from: DiffTarget, to: DiffTarget): Promise<string> {
  return withEngine(provider, url, async (engine) => {
    // The search index's FTS5 tables are hand-written (see search-index-filter.ts).
    const filters = { externalTables: externalTables(provider), externalEnums: [] };
    const result = await engine.diff({ from, to, script: true, exitCode: true, filters });
    // exitCode 2 = non-empty diff; otherwise stdout is just "-- This is an empty migration."
    return result.exitCode === 2 ? (result.stdout ?? "") : "";
  });
}

/** A migrations folder in the shape the engine's migrate commands take (what the Prisma CLI sends). */
export function migrationList(provider: Provider, dir = migrationsDir(provider)): MigrationList {
  const lockfile = path.join(dir, "migration_lock.toml");
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: fs.existsSync(lockfile) ? fs.readFileSync(lockfile, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: readMigrations(dir).map((m) => ({
      path: m.name,
      migrationFile: { path: "migration.sql", content: { tag: "ok" as const, value: m.sql } },
    })),
  };
}

// ---- scratch databases --------------------------------------------------------------------

/** Run `fn` with the URL of a PostgreSQL server we may create databases on. */
export async function withPostgresServer<T>(fn: (adminUrl: string) => Promise<T>): Promise<T> {
  const given = [process.env.PG_ADMIN_URL, process.env.TEST_DATABASE_URL].find((u) => u && /^postgres(ql)?:/.test(u));
  if (given) return fn(given);
  const server = await startThrowawayPostgres();
  try {
    return await fn(server.url);
  } finally {
    await server.stop();
  }
}

/** A fresh empty database for `fn`, removed afterwards (PostgreSQL: created next to `adminUrl`'s). */
export async function withScratchDatabase<T>(
  provider: Provider,
  adminUrl: string | undefined,
  fn: (url: string) => Promise<T>,
): Promise<T> {
  if (provider === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "openselect-scratch-"));
    try {
      return await fn(`file:${path.join(dir, "scratch.db")}`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  if (!adminUrl) throw new Error("A PostgreSQL scratch database needs a server URL (PG_ADMIN_URL or TEST_DATABASE_URL)");
  const name = `openselect_scratch_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    try {
      return await fn(url.toString());
    } finally {
      // FORCE: a pool the engine left open must not keep the scratch database alive.
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
  } finally {
    await admin.end();
  }
}

/**
 * The SQL that `provider`'s committed migrations lack to match schema.prisma ("" when in sync):
 * the migrations are applied by our runner to a scratch database, which is then diffed.
 */
export async function missingMigrationSql(
  provider: Provider,
  opts: { adminUrl?: string; dir?: string; schema?: string } = {},
): Promise<string> {
  const dir = opts.dir ?? migrationsDir(provider);
  const files = [{ path: "schema.prisma", content: opts.schema ?? schemaText(provider) }];
  const to: DiffTarget = { tag: "schemaDatamodel", files };
  // Even with no migrations yet we diff from a real (empty) scratch database rather than from
  // {tag: "empty"}: the engine connects at start anyway, and on PostgreSQL "empty" has no
  // schemas, so the script would begin with CREATE SCHEMA "public", which `prisma migrate dev`
  // never writes and which fails for a role without CREATE on the database.
  return withScratchDatabase(provider, opts.adminUrl, async (url) => {
    await applyMigrations(url, { dir });
    return diff(provider, url, { tag: "schemaDatasource", files, configDir: REPO_ROOT }, to);
  });
}
