/**
 * @jest-environment node
 */
// The migration runner against a real database: PostgreSQL when TEST_DATABASE_URL is a
// postgres URL (each test gets its own scratch database on that server), else a temp SQLite file.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { Client } from "pg";
import { applyMigrations, migrationsDir, readMigrations, REPO_ROOT, sha256 } from "../../scripts/db/migrate";
import { testDatabaseUrl } from "../helpers/pg-server";

const baseUrl = testDatabaseUrl();
const provider = baseUrl && /^postgres(ql)?:\/\//.test(baseUrl) ? "postgresql" : "sqlite";
const committed = readMigrations(migrationsDir(provider));
const run = promisify(execFile);

interface Row {
  [column: string]: unknown;
}

let tmp: string;
let url: string;
let dropDatabase: (() => Promise<void>) | undefined;

async function query(sql: string): Promise<Row[]> {
  if (provider === "sqlite") {
    const db = new Database(url.slice("file:".length), { readonly: true });
    try {
      return db.prepare(sql).all() as Row[];
    } finally {
      db.close();
    }
  }
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as Row[];
  } finally {
    await client.end();
  }
}

async function execute(sql: string): Promise<void> {
  if (provider === "sqlite") {
    const db = new Database(url.slice("file:".length));
    db.exec(sql);
    db.close();
  } else {
    await query(sql);
  }
}

/** A copy of the committed migrations that a test may edit. */
function copyMigrations(): string {
  const dir = path.join(tmp, "migrations");
  fs.cpSync(migrationsDir(provider), dir, { recursive: true });
  return dir;
}

beforeEach(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "openselect-migrations-test-"));
  if (provider === "sqlite") {
    // A folder that does not exist yet: the runner must create it.
    url = `file:${path.join(tmp, "nested", "dir", "test.db")}`;
    return;
  }
  const name = `openselect_mt_${process.pid}_${Date.now().toString(36)}`;
  const admin = new Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const u = new URL(baseUrl!);
  u.pathname = `/${name}`;
  url = u.toString();
  dropDatabase = async () => {
    const c = new Client({ connectionString: baseUrl });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.end();
  };
});

afterEach(async () => {
  await dropDatabase?.();
  dropDatabase = undefined;
  fs.rmSync(tmp, { recursive: true, force: true });
});

test(`there are committed ${provider} migrations`, () => {
  expect(committed.length).toBeGreaterThan(0);
});

test("a fresh database gets every migration, recorded as Prisma records it", async () => {
  const applied = await applyMigrations(url);
  expect(applied).toEqual(committed.map((m) => m.name));

  const rows = await query(
    `SELECT id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count
     FROM _prisma_migrations ORDER BY migration_name`,
  );
  expect(rows).toHaveLength(committed.length);
  rows.forEach((row, i) => {
    expect(row.migration_name).toBe(committed[i].name);
    expect(row.checksum).toBe(sha256(fs.readFileSync(path.join(migrationsDir(provider), committed[i].name, "migration.sql"), "utf8")));
    expect(String(row.id)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(row.finished_at).not.toBeNull();
    expect(row.started_at).not.toBeNull();
    expect(row.logs).toBeNull();
    expect(row.rolled_back_at).toBeNull();
    expect(Number(row.applied_steps_count)).toBe(1);
  });
  // The schema itself is there.
  await execute(`INSERT INTO "LoginFailure" ("key") VALUES ('ip:127.0.0.1')`);
  expect(await query(`SELECT "key" FROM "LoginFailure"`)).toEqual([{ key: "ip:127.0.0.1" }]);
});

test("a second run applies nothing and changes nothing", async () => {
  await applyMigrations(url);
  const before = await query(`SELECT id, started_at, finished_at FROM _prisma_migrations ORDER BY id`);
  await expect(applyMigrations(url)).resolves.toEqual([]);
  expect(await query(`SELECT id, started_at, finished_at FROM _prisma_migrations ORDER BY id`)).toEqual(before);
});

test("an applied migration whose file changed is refused", async () => {
  const dir = copyMigrations();
  await applyMigrations(url, { dir });
  const first = committed[0].name;
  fs.appendFileSync(path.join(dir, first, "migration.sql"), "\n-- edited after it was applied\n");
  await expect(applyMigrations(url, { dir })).rejects.toThrow(new RegExp(`modified after they were applied: ${first}`));
});

test("a later migration is applied on top; a failing one is rolled back and not recorded", async () => {
  const dir = copyMigrations();
  await applyMigrations(url, { dir });
  fs.mkdirSync(path.join(dir, "99990101000000_broken"));
  fs.writeFileSync(
    path.join(dir, "99990101000000_broken", "migration.sql"),
    `CREATE TABLE "Partial" ("id" INTEGER NOT NULL PRIMARY KEY);\nALTER TABLE "NoSuchTable" ADD COLUMN "x" INTEGER;\n`,
  );
  await expect(applyMigrations(url, { dir })).rejects.toThrow(/99990101000000_broken failed and was rolled back/);
  expect(await query(`SELECT migration_name FROM _prisma_migrations WHERE migration_name LIKE '9999%'`)).toEqual([]);
  // The first statement was rolled back with the second: the table must not exist. (Matched by
  // message: better-sqlite3 creates its errors with the Error class of the first Jest test file
  // that loaded it, so `toThrow()` would not recognise them in a later file of the same worker.)
  await expect(query(`SELECT * FROM "Partial"`)).rejects.toMatchObject({ message: expect.stringMatching(/no such table|does not exist/) });

  fs.writeFileSync(
    path.join(dir, "99990101000000_broken", "migration.sql"),
    `CREATE TABLE "Partial" ("id" INTEGER NOT NULL PRIMARY KEY);\n`,
  );
  await expect(applyMigrations(url, { dir })).resolves.toEqual(["99990101000000_broken"]);
});

test("a migration recorded as failed blocks further runs", async () => {
  await applyMigrations(url);
  await execute(`UPDATE _prisma_migrations SET finished_at = NULL, logs = 'boom' WHERE migration_name = '${committed[0].name}'`);
  await expect(applyMigrations(url)).rejects.toThrow(new RegExp(`${committed[0].name} is recorded as failed`));
});

test("app instances starting at the same time apply each migration once", async () => {
  // Real separate processes (the CLI), as several app instances would be.
  const tsx = path.join(REPO_ROOT, "node_modules", ".bin", "tsx");
  const script = path.join(REPO_ROOT, "scripts", "db", "migrate.ts");
  const env = { ...process.env, DATABASE_URL: url };
  const outputs = await Promise.all([1, 2, 3].map(() => run(tsx, [script], { env, encoding: "utf8" })));
  const appliedLines = outputs.flatMap((o) => o.stdout.split("\n").filter((line) => line.startsWith("applied ")));
  expect(appliedLines.sort()).toEqual(committed.map((m) => `applied ${m.name}`).sort());
  expect(await query(`SELECT migration_name FROM _prisma_migrations`)).toHaveLength(committed.length);
}, 60_000);

function addMigration(dir: string, name: string, sql: string): void {
  fs.mkdirSync(path.join(dir, name));
  fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
}

test("a SQLite-style table redefinition keeps the rows of cascading child tables", async () => {
  const dir = copyMigrations();
  addMigration(
    dir,
    "99990101000000_parent_child",
    `CREATE TABLE "Parent" ("id" TEXT NOT NULL PRIMARY KEY, "note" TEXT);
     CREATE TABLE "Child" ("id" TEXT NOT NULL PRIMARY KEY, "parentId" TEXT NOT NULL REFERENCES "Parent"("id") ON DELETE CASCADE);
     INSERT INTO "Parent" VALUES ('p1', NULL);
     INSERT INTO "Child" VALUES ('c1', 'p1');`,
  );
  await applyMigrations(url, { dir });
  // What Prisma generates for SQLite when a column changes (here: "note" becomes required).
  // With foreign keys on inside a transaction, DROP TABLE "Parent" would cascade to "Child".
  addMigration(
    dir,
    "99990102000000_redefine_parent",
    provider === "sqlite"
      ? `PRAGMA defer_foreign_keys=ON;
         PRAGMA foreign_keys=OFF;
         CREATE TABLE "new_Parent" ("id" TEXT NOT NULL PRIMARY KEY, "note" TEXT NOT NULL DEFAULT '');
         INSERT INTO "new_Parent" ("id", "note") SELECT "id", coalesce("note", '') FROM "Parent";
         DROP TABLE "Parent";
         ALTER TABLE "new_Parent" RENAME TO "Parent";
         PRAGMA foreign_keys=ON;
         PRAGMA defer_foreign_keys=OFF;`
      : `UPDATE "Parent" SET "note" = '' WHERE "note" IS NULL;
         ALTER TABLE "Parent" ALTER COLUMN "note" SET NOT NULL, ALTER COLUMN "note" SET DEFAULT '';`,
  );
  await expect(applyMigrations(url, { dir })).resolves.toEqual(["99990102000000_redefine_parent"]);
  expect(await query(`SELECT "id", "parentId" FROM "Child"`)).toEqual([{ id: "c1", parentId: "p1" }]);
});

test("a no-transaction migration is recorded step by step and, when it fails, blocks later runs", async () => {
  const dir = copyMigrations();
  await applyMigrations(url, { dir });
  const index = provider === "postgresql" ? "CREATE INDEX CONCURRENTLY" : "CREATE INDEX";
  addMigration(dir, "99990101000000_index", `-- openselect:no-transaction\n${index} "LoginFailure_key_idx" ON "LoginFailure"("key");\n`);
  await expect(applyMigrations(url, { dir })).resolves.toEqual(["99990101000000_index"]);
  const [row] = await query(
    `SELECT finished_at, applied_steps_count FROM _prisma_migrations WHERE migration_name = '99990101000000_index'`,
  );
  expect(row.finished_at).not.toBeNull();
  expect(Number(row.applied_steps_count)).toBe(1);

  addMigration(dir, "99990102000000_bad", `-- openselect:no-transaction\n${index} "x_idx" ON "NoSuchTable"("x");\n`);
  await expect(applyMigrations(url, { dir })).rejects.toThrow(/99990102000000_bad failed \(recorded as failed\)/);
  await expect(applyMigrations(url, { dir })).rejects.toThrow(/99990102000000_bad is recorded as failed/);
});
