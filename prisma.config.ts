// Prisma CLI configuration. One schema (prisma/schema.prisma, provider "sqlite") is the
// source; for a PostgreSQL DATABASE_URL its generated twin (lib/db/pg-schema.ts) is used, and
// migrations come from the provider's own folder.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { databaseUrl, providerOf } from "./lib/db/url";
import { SQLITE_SCHEMA, writePostgresSchema } from "./lib/db/pg-schema";

// The CLI downloads a native schema engine at every start unless this points at a file; on
// this project's machines (and many intranets) that download fails. We never use the native
// engine: migrations are applied by scripts/db/migrate.ts and generated through the
// WebAssembly engine (scripts/db/schema-engine.ts).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("prisma/NO_NATIVE_ENGINE");

const url = databaseUrl();
const provider = providerOf(url);

export default defineConfig({
  schema: provider === "postgresql" ? writePostgresSchema() : SQLITE_SCHEMA,
  migrations: { path: `prisma/migrations/${provider}` },
  datasource: { url },
});
