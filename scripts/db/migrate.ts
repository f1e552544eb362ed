// Applies prisma/migrations/<provider>/<name>/migration.sql in name order and records each in
// `_prisma_migrations` exactly as Prisma's schema engine does, so `prisma migrate status|deploy`
// (where a schema engine is available) agree with us. Talks to better-sqlite3 and pg directly:
// no Prisma engine, no `prisma generate` needed, nothing downloaded.
//
// Each migration runs in its own transaction (DDL is transactional in both databases), so a
// failing script leaves no trace and can simply be fixed and re-run. A script whose first lines
// contain `-- openselect:no-transaction` (e.g. CREATE INDEX CONCURRENTLY) runs outside a
// transaction and is recorded step by step like Prisma does; if it fails it stays recorded as
// failed and every later run refuses until someone repairs the database and marks it rolled back.
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { Client } from "pg";
import { databaseUrl, providerOf, sqliteFile, type Provider } from "../../lib/db/url";

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export interface ApplyOptions {
  log?: (line: string) => void;
  /** Folder holding the provider's migrations (default prisma/migrations/<provider>). */
  dir?: string;
}

interface AppliedRow {
  id: string;
  migration_name: string;
  checksum: string;
  finished_at: unknown;
  logs: string | null;
}

/** Prisma's key for `pg_advisory_lock`: sharing it keeps us and `prisma migrate` mutually exclusive. */
const PRISMA_ADVISORY_LOCK = 72707369;
const LOCK_TIMEOUT = "10min";
const NO_TRANSACTION = /^--\s*openselect:no-transaction\b/m;

// Prisma's DDL for the bookkeeping table, byte for byte (taken from the schema engine).
const MIGRATIONS_TABLE_DDL: Record<Provider, string> = {
  sqlite: `CREATE TABLE "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
);`,
  postgresql: `CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
);`,
};

export const REPO_ROOT = path.resolve(__dirname, "..", "..");

export function migrationsDir(provider: Provider): string {
  return path.join(REPO_ROOT, "prisma", "migrations", provider);
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** Like Prisma: a checksum also matches the script with its line endings converted (git autocrlf). */
function checksumMatches(sql: string, recorded: string): boolean {
  const lf = sql.replace(/\r\n/g, "\n");
  return [sql, lf, lf.replace(/\n/g, "\r\n")].some((variant) => sha256(variant) === recorded);
}

export function readMigrations(dir: string): MigrationFile[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort() // Code-unit order: timestamps first, independent of the machine's locale.
    .map((name) => {
      const file = path.join(dir, name, "migration.sql");
      if (!fs.existsSync(file)) throw new Error(`Migration ${name} has no migration.sql (${file})`);
      const sql = fs.readFileSync(file, "utf8");
      return { name, sql, checksum: sha256(sql) };
    });
}

/** The URL without its password, for logs. */
export function redactUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]+):[^@]*@/, "$1:***@");
}

/**
 * Compare what the database recorded with the files. Returns the migrations still to apply;
 * throws when a recorded migration failed or an applied one was edited afterwards.
 */
function plan(files: MigrationFile[], rows: AppliedRow[], log: (s: string) => void): MigrationFile[] {
  const failed = rows.find((row) => row.finished_at === null);
  if (failed) {
    throw new Error(
      `Migration ${failed.migration_name} is recorded as failed in _prisma_migrations` +
        (failed.logs ? ` (${failed.logs.trim()})` : "") +
        ". Repair the database by hand, then set rolled_back_at on that row (or run `prisma migrate resolve --rolled-back`), and run again.",
    );
  }
  const byName = new Map(rows.map((row) => [row.migration_name, row]));
  const edited = files.filter((f) => byName.has(f.name) && !checksumMatches(f.sql, byName.get(f.name)!.checksum));
  if (edited.length > 0) {
    throw new Error(
      `Already-applied migration(s) were modified after they were applied: ${edited.map((f) => f.name).join(", ")}. ` +
        "Restore the original migration.sql and put the change in a new migration (npm run db:migration -- <name>).",
    );
  }
  const local = new Set(files.map((f) => f.name));
  for (const row of rows) {
    if (!local.has(row.migration_name)) log(`warning: ${row.migration_name} is applied to the database but missing locally`);
  }
  return files.filter((f) => !byName.has(f.name));
}

// Only rows that were not rolled back count, as in Prisma.
const SELECT_APPLIED = `SELECT id, migration_name, checksum, finished_at, logs FROM _prisma_migrations WHERE rolled_back_at IS NULL`;

async function applySqlite(url: string, files: MigrationFile[], log: (s: string) => void): Promise<string[]> {
  const file = sqliteFile(url);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file, { timeout: 30_000 }); // Waits while another instance holds the write lock.
  try {
    const ensureTable = db.transaction(() => {
      const exists = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'`).get();
      if (!exists) db.exec(MIGRATIONS_TABLE_DDL.sqlite);
    });
    ensureTable.immediate();
    const readRows = () => db.prepare(SELECT_APPLIED).all() as AppliedRow[];
    const pending = plan(files, readRows(), log);
    const applied: string[] = [];
    // Native Prisma stores SQLite timestamps as Unix epoch milliseconds (INTEGER).
    const insert = db.prepare(
      `INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
       VALUES (?, ?, ?, ?, NULL, NULL, ?, ?)`,
    );
    for (const m of pending) {
      const startedAt = BigInt(Date.now());
      if (NO_TRANSACTION.test(m.sql)) {
        const id = randomUUID();
        insert.run(id, m.checksum, null, m.name, startedAt, 0);
        try {
          db.exec(m.sql);
        } catch (error) {
          db.prepare(`UPDATE _prisma_migrations SET logs = ? WHERE id = ?`).run(String(error), id);
          throw new Error(`Migration ${m.name} failed (recorded as failed): ${(error as Error).message}`);
        }
        db.prepare(`UPDATE _prisma_migrations SET finished_at = ?, applied_steps_count = 1 WHERE id = ?`).run(BigInt(Date.now()), id);
      } else {
        // Foreign keys off *outside* the transaction (inside, the PRAGMA is a no-op): Prisma's
        // table redefinitions DROP a table, which with keys on would cascade-delete child rows.
        // foreign_key_check before COMMIT keeps the data consistent (SQLite's documented recipe).
        db.pragma("foreign_keys = OFF");
        try {
          db.exec("BEGIN IMMEDIATE");
          try {
            // Another instance may have applied it while we waited for the lock.
            if (plan([m], readRows(), () => undefined).length === 0) {
              db.exec("ROLLBACK");
              continue;
            }
            db.exec(m.sql);
            const violations = db.pragma("foreign_key_check") as unknown[];
            if (violations.length > 0) throw new Error(`foreign key violations after migration: ${JSON.stringify(violations.slice(0, 5))}`);
            insert.run(randomUUID(), m.checksum, BigInt(Date.now()), m.name, startedAt, 1);
            db.exec("COMMIT");
          } catch (error) {
            if (db.inTransaction) db.exec("ROLLBACK");
            throw new Error(`Migration ${m.name} failed and was rolled back: ${(error as Error).message}`);
          }
        } finally {
          db.pragma("foreign_keys = ON");
        }
      }
      applied.push(m.name);
      log(`applied ${m.name}`);
    }
    return applied;
  } finally {
    db.close();
  }
}

async function applyPostgres(url: string, files: MigrationFile[], log: (s: string) => void): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    // Several app instances may start at once: one migrates, the others wait here and then find
    // nothing left to do. The session lock is released on disconnect even if we crash.
    await client.query(`SET lock_timeout = '${LOCK_TIMEOUT}'`);
    await client.query(`SELECT pg_advisory_lock(${PRISMA_ADVISORY_LOCK})`);
    await client.query(`RESET lock_timeout`);
    const { rows: exists } = await client.query(`SELECT to_regclass('_prisma_migrations') IS NOT NULL AS present`);
    if (!exists[0].present) await client.query(MIGRATIONS_TABLE_DDL.postgresql);
    const pending = plan(files, (await client.query<AppliedRow>(SELECT_APPLIED)).rows, log);
    const applied: string[] = [];
    const insert = `INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
                    VALUES ($1, $2, $3, $4, NULL, NULL, $5, $6)`;
    for (const m of pending) {
      const startedAt = new Date();
      if (NO_TRANSACTION.test(m.sql)) {
        const id = randomUUID();
        await client.query(insert, [id, m.checksum, null, m.name, startedAt, 0]);
        try {
          await client.query(m.sql);
        } catch (error) {
          await client.query(`UPDATE _prisma_migrations SET logs = $1 WHERE id = $2`, [String(error), id]);
          throw new Error(`Migration ${m.name} failed (recorded as failed): ${(error as Error).message}`);
        }
        await client.query(`UPDATE _prisma_migrations SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`, [id]);
      } else {
        await client.query("BEGIN");
        try {
          await client.query(m.sql); // Simple query protocol: the whole multi-statement script at once.
          await client.query(insert, [randomUUID(), m.checksum, new Date(), m.name, startedAt, 1]);
          await client.query("COMMIT");
        } catch (error) {
          await client.query("ROLLBACK").catch(() => undefined);
          throw new Error(`Migration ${m.name} failed and was rolled back: ${(error as Error).message}`);
        }
      }
      applied.push(m.name);
      log(`applied ${m.name}`);
    }
    return applied;
  } finally {
    // Ending the session releases the advisory lock.
    await client.end();
  }
}

/** Apply the pending migrations of the URL's provider; returns the names applied now. */
export async function applyMigrations(url: string, opts: ApplyOptions = {}): Promise<string[]> {
  const provider = providerOf(url);
  const log = opts.log ?? (() => undefined);
  const files = readMigrations(opts.dir ?? migrationsDir(provider));
  return provider === "sqlite" ? applySqlite(url, files, log) : applyPostgres(url, files, log);
}

if (require.main === module) {
  const url = databaseUrl();
  const started = Date.now();
  applyMigrations(url, { log: (line) => console.log(line) }).then(
    (applied) => {
      const took = `${Date.now() - started} ms`;
      console.log(
        applied.length > 0
          ? `Applied ${applied.length} migration(s) to ${redactUrl(url)} in ${took}.`
          : `${redactUrl(url)} is up to date (${took}).`,
      );
    },
    (error: unknown) => {
      console.error(`Migration failed for ${redactUrl(url)}: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
