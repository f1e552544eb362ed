// Prisma CLI configuration. One schema (prisma/schema.prisma, provider "sqlite") is the
// source; for a PostgreSQL DATABASE_URL a git-ignored copy with the provider line replaced is
// written and used, and migrations come from the provider's own folder.
import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { databaseUrl, providerOf } from "./lib/db/url";

// The CLI downloads a native schema engine at every start unless this points at a file; on
// this project's machines (and many intranets) that download fails. We never use the native
// engine: migrations are applied by scripts/db/migrate.ts and generated through the
// WebAssembly engine (scripts/db/schema-engine.ts).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("prisma/NO_NATIVE_ENGINE");

const url = databaseUrl();
const provider = providerOf(url);
let schema = "prisma/schema.prisma";
if (provider === "postgresql") {
  const source = fs.readFileSync(schema, "utf8");
  schema = "prisma/generated/schema.postgresql.prisma";
  fs.mkdirSync(path.dirname(schema), { recursive: true });
    // The copy sits one folder deeper: keep the client's output where the app imports it from.
  fs.writeFileSync(
    schema,
    source.replace('provider = "sqlite"', 'provider = "postgresql"').replace('output       = "../lib/generated/prisma"', 'output       = "../../lib/generated/prisma"'),
  );
}

export default defineConfig({
  schema,
  migrations: { path: `prisma/migrations/${provider}` },
  datasource: { url },
});
