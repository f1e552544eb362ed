// The PostgreSQL twin of prisma/schema.prisma: the same models with provider "postgresql",
// generating its own client into lib/generated/prisma-pg. Both clients are generated on
// install, so one build of the app runs on either database (lib/db/client.ts picks one).
// Free of server-only imports: prisma.config.ts and scripts use it.
import fs from "node:fs";
import path from "node:path";

export const SQLITE_SCHEMA = "prisma/schema.prisma";
export const POSTGRES_SCHEMA = "prisma/generated/schema.postgresql.prisma";

export function writePostgresSchema(root = process.cwd()): string {
  const source = fs.readFileSync(path.join(root, SQLITE_SCHEMA), "utf8");
  const out = source
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace(/output\s*=\s*"\.\.\/lib\/generated\/prisma"/, 'output       = "../../lib/generated/prisma-pg"');
  if (out === source || !out.includes("prisma-pg")) throw new Error("schema.prisma: provider or output line not found");
  const file = path.join(root, POSTGRES_SCHEMA);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file) || fs.readFileSync(file, "utf8") !== out) fs.writeFileSync(file, out);
  return POSTGRES_SCHEMA;
}
