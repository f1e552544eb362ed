// Before a test file: create its database and apply the committed migrations with the same
// runner `npm start` uses. After it: drop the database / delete the file.
import fs from "node:fs";
import { Client } from "pg";
import { applyMigrations } from "../../scripts/db/migrate";
import { sqliteFile } from "../../lib/db/url";

const url = process.env.DATABASE_URL!;
const admin = process.env.OPENSELECT_TEST_PG_ADMIN_URL;
const dbName = admin ? new URL(url).pathname.slice(1) : null;

async function adminQuery(sql: string) {
  const c = new Client({ connectionString: admin });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

beforeAll(async () => {
  if (dbName) await adminQuery(`CREATE DATABASE "${dbName}"`);
  await applyMigrations(url);
}, 60_000);

afterAll(async () => {
  const g = globalThis as unknown as { openselectPrisma?: { $disconnect(): Promise<void> } };
  await g.openselectPrisma?.$disconnect();
  g.openselectPrisma = undefined;
  if (dbName) await adminQuery(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  else for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(sqliteFile(url) + suffix, { force: true });
  const checkpoints = process.env.OPENSELECT_AUDIT_CHECKPOINTS;
  if (checkpoints?.startsWith("file:")) fs.rmSync(checkpoints.slice("file:".length), { force: true });
}, 60_000);
