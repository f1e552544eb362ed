// The search index's hand-written objects (migration *_search_index), which schema.prisma
// cannot express. `npm run db:check` and `npm run db:migration` pass these to the schema
// engine's diff as external tables, so it neither reports them as drift nor writes DROPs.
// SQLite: the FTS5 virtual tables and the shadow tables FTS5 keeps for each (_data, _idx,
// _docsize, _config; with content='SearchDocument' there is no _content). Their triggers are
// not described by the engine at all. PostgreSQL: nothing to list: the engine does not
// describe expression indexes (the two GIN indexes) or extensions (pg_trgm) without the
// postgresqlExtensions preview feature, so the diff never sees them.
import type { Provider } from "../../lib/db/url";

const FTS5_TABLES = ["SearchFts", "SearchChars"];
const FTS5_SHADOWS = ["data", "idx", "docsize", "config"];

export function externalTables(provider: Provider): string[] {
  if (provider !== "sqlite") return [];
  return FTS5_TABLES.flatMap((t) => [t, ...FTS5_SHADOWS.map((s) => `${t}_${s}`)]);
}
