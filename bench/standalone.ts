// A bench suite run on its own (`npx tsx --conditions=react-server bench/<suite>.ts`): a fresh
// SQLite database in a temporary folder, the demo accounts and the bench boards, no server.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { BenchContext } from "./context";

/** A migrated SQLite database in WAL mode (as the server runs it), as a file: URL. */
export async function freshDatabase(dir: string, name: string): Promise<string> {
  const { applyMigrations } = await import("../scripts/db/migrate");
  const url = `file:${path.join(dir, name)}`;
  await applyMigrations(url);
  const Database = (await import("better-sqlite3")).default;
  const conn = new Database(url.slice("file:".length));
  conn.pragma("journal_mode = WAL");
  conn.close();
  return url;
}

export function runStandalone(name: string, suite: (ctx: BenchContext) => Promise<void>): void {
  (async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `openselect-bench-${name}-`));
    try {
      process.env.OPENSELECT_DEMO ??= "1";
      const { loadSecrets } = await import("../lib/env/load-secrets");
      loadSecrets(process.env);
      const dbUrl = await freshDatabase(dir, "bench.db");
      process.env.DATABASE_URL = dbUrl;
      const { createPrismaClient } = await import("../lib/db/client");
      const prisma = createPrismaClient(dbUrl);
      const { seedAccounts } = await import("../scripts/seed/accounts");
      const { seedBenchBoards } = await import("./seed-boards");
      await seedAccounts(prisma);
      await seedBenchBoards(prisma);
      await prisma.$disconnect();
      const log = (s: string) => console.log(s);
      await suite({ baseUrl: "", dbUrl, log, load: async () => Promise.reject(new Error("no server in standalone mode")) });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  })().then(
    () => process.exit(0),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
