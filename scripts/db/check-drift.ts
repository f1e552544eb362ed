// `npm run db:check` (CI): fails when the committed migrations of either provider do not
// produce the datamodel of prisma/schema.prisma, printing the SQL a new migration would need.
// PostgreSQL: PG_ADMIN_URL / TEST_DATABASE_URL when set, else a throwaway local server.
import type { Provider } from "../../lib/db/url";
import { missingMigrationSql, withPostgresServer } from "./schema-engine";

async function main(): Promise<number> {
  const started = Date.now();
  // Both at once: most of the time goes into starting PostgreSQL.
  const [sqlite, postgresql] = await Promise.all([
    missingMigrationSql("sqlite"),
    withPostgresServer((adminUrl) => missingMigrationSql("postgresql", { adminUrl })),
  ]);
  const missing: Record<Provider, string> = { sqlite, postgresql };
  const drifted = (Object.keys(missing) as Provider[]).filter((p) => missing[p] !== "");
  if (drifted.length === 0) {
    console.log(`OK: migrations match prisma/schema.prisma for sqlite and postgresql (${Date.now() - started} ms).`);
    return 0;
  }
  for (const provider of drifted) {
    console.error(`\n✗ prisma/migrations/${provider} is behind prisma/schema.prisma. Missing SQL:\n`);
    console.error(missing[provider].trimEnd());
  }
  console.error(`\nRun \`npm run db:migration -- <name>\` to add a migration for both providers, review it, and commit it.`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`db:check could not run: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
