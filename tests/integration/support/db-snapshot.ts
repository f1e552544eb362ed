// Every table's rows, counted and fingerprinted, so a test can say "this call wrote nothing":
// not just no row added or removed (the count), but none changed either (a hash of every
// row's content). The tables come from the database's own catalog (all but the migrations
// ledger), so a table added later is covered without editing this file.
//
// The suites take a snapshot around each of a few thousand calls, so it must be cheap. First a
// cheap question, "has anything been committed since the last snapshot?", and only if so the
// full reading:
// - SQLite: a read-only connection of our own (no ORM round trips) asks PRAGMA data_version,
//   which changes whenever another connection commits, and reads each table as one string.
// - PostgreSQL: the current snapshot (xmin:xmax:in-progress ids) moves whenever a
//   transaction that writes starts anywhere on the server (other test files' databases too,
//   which only costs a re-read); one query then hashes every table on the server.
import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import { db, isPostgres } from "@/lib/db/client";
import { databaseUrl, sqliteFile } from "@/lib/db/url";

export type Snapshot = Record<string, { rows: number; hash: string }>;

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
const sha1 = (s: string) => createHash("sha1").update(s).digest("hex");

let last: { version: string; snapshot: Snapshot } | undefined;

let pgQuery: string | undefined;
async function postgresVersion(): Promise<string> {
  const [row] = await db().$queryRawUnsafe<{ v: string }[]>(`SELECT pg_current_snapshot()::text AS v`);
  return row.v;
}

async function postgresSnapshot(): Promise<Snapshot> {
  if (!pgQuery) {
    const tables = await db().$queryRawUnsafe<{ name: string }[]>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations' ORDER BY 1`,
    );
    pgQuery = tables
      .map(
        ({ name }) =>
          `SELECT '${name}' AS name, count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS content FROM ${quote(name)} t`,
      )
      .join(" UNION ALL ");
  }
  const rows = await db().$queryRawUnsafe<{ name: string; n: number; content: string }[]>(pgQuery);
  return Object.fromEntries(rows.map((r) => [r.name, { rows: Number(r.n), hash: r.content }]));
}

let reader: { conn: Database.Database; tables: { name: string; select: Database.Statement }[] } | undefined;
function sqliteReader() {
  if (!reader) {
    const conn = new Database(sqliteFile(databaseUrl()), { readonly: true, fileMustExist: true });
    const names = conn
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY 1`,
      )
      .pluck()
      .all() as string[];
    const tables = names.map((name) => {
      const cols = conn.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(name) as string[];
      const row = cols.map((c) => `quote(${quote(c)})`).join(" || ',' || ");
      // The whole table as one string, in SQLite itself (no row objects in JavaScript).
      const select = conn.prepare(
        `SELECT count(*) AS n, coalesce(group_concat(${row}, '|' ORDER BY ${row}), '') AS content FROM ${quote(name)}`,
      );
      return { name, select };
    });
    reader = { conn, tables };
  }
  return reader;
}

const sqliteVersion = () => String(sqliteReader().conn.pragma("data_version", { simple: true }));

function sqliteSnapshot(): Snapshot {
  const out: Snapshot = {};
  for (const { name, select } of sqliteReader().tables) {
    const { n, content } = select.get() as { n: number; content: string };
    out[name] = { rows: n, hash: sha1(content) };
  }
  return out;
}

export async function snapshot(): Promise<Snapshot> {
  const pg = isPostgres();
  const version = pg ? await postgresVersion() : sqliteVersion();
  if (last?.version !== version) last = { version, snapshot: pg ? await postgresSnapshot() : sqliteSnapshot() };
  return last.snapshot;
}

/** Closes the SQLite reader (call in afterAll). */
export function closeSnapshots(): void {
  reader?.conn.close();
  reader = undefined;
  last = undefined;
}

export interface TableChange {
  table: string;
  before: number;
  after: number;
}

/** Tables whose rows were added, removed or changed between two snapshots. */
export function changes(before: Snapshot, after: Snapshot, ignore: ReadonlySet<string> = new Set()): TableChange[] {
  const tables = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return tables
    .filter((t) => !ignore.has(t) && before[t]?.hash !== after[t]?.hash)
    .map((table) => ({ table, before: before[table]?.rows ?? 0, after: after[table]?.rows ?? 0 }));
}

export const describeChanges = (list: TableChange[]) => list.map((c) => `${c.table} ${c.before}→${c.after}`).join(", ");
