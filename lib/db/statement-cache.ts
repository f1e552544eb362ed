import type Database from "better-sqlite3";
import { LRUCache } from "lru-cache";

/**
 * Keeps SQLite's compiled statements between queries. Prisma's better-sqlite3 adapter compiles
 * every statement it runs afresh (`prepare(sql).bind(args)`, then drops it): about a tenth of
 * a millisecond each, 1.3 ms of a review page view's 13 statements. The app sends the same
 * few hundred statement texts over and over, so they are compiled once and kept here, the
 * least recently used dropped past `size` (lists of ids make texts that differ by length).
 *
 * better-sqlite3 lets a statement be bound only once, so the adapter is handed a stand-in whose
 * bind() keeps the values and passes them to each call instead. It covers what the adapter
 * uses (reader, bind → run / columns / raw().all). SQLite recompiles a kept statement by
 * itself when the schema changes (one that names a column since dropped fails as a fresh one
 * would); the column names it reports stay those of its first compilation, which could only
 * differ for `SELECT *` over a table, which neither Prisma nor this app's SQL writes.
 */
export function keepCompiledStatements(client: Database.Database, size = 500): void {
  const prepare = client.prepare.bind(client);
  const kept = new LRUCache<string, Database.Statement>({ max: size });
  const compiled = (sql: string): Database.Statement => {
    let stmt = kept.get(sql);
    if (!stmt) {
      stmt = prepare(sql);
      kept.set(sql, stmt);
    }
    return stmt;
  };
  client.prepare = ((sql: string) => standIn(compiled(sql))) as Database.Database["prepare"];
}

function standIn(stmt: Database.Statement) {
  const withValues = (values: unknown[]) => ({
    reader: stmt.reader,
    run: () => stmt.run(values),
    columns: () => stmt.columns(),
    raw: () => ({ all: () => stmt.raw(true).all(values) }),
  });
  return { reader: stmt.reader, run: () => stmt.run(), bind: (values: unknown[]) => withValues(values) };
}
