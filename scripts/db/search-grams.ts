// SQLite only: the character column of search documents that the *_search_index migration
// backfilled in SQL (which cannot split text into characters cheaply). Run at start by
// scripts/prepare.ts after the migrations; a no-op once every row has its characters (every
// document has a title, so an empty `grams` always means "not filled yet"). The table's
// update trigger puts the characters into the FTS5 table SearchChars.
import type Database from "better-sqlite3";
import { documentGrams } from "../../lib/search/grams";

export function fillSearchGrams(conn: Database.Database): number {
  const exists = conn.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'SearchDocument'`).get();
  if (!exists) return 0;
  const rows = conn.prepare(`SELECT "id", "title", "body" FROM "SearchDocument" WHERE "grams" = ''`).all() as {
    id: number;
    title: string;
    body: string;
  }[];
  if (!rows.length) return 0;
  const update = conn.prepare(`UPDATE "SearchDocument" SET "grams" = ? WHERE "id" = ? AND "grams" = ''`);
  conn
    .transaction(() => {
      for (const r of rows) update.run(documentGrams(r.title, r.body), r.id);
    })
    .immediate();
  return rows.length;
}
