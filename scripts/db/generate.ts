// `postinstall`: generates both Prisma clients (SQLite → lib/generated/prisma, PostgreSQL →
// lib/generated/prisma-pg), WebAssembly only, nothing downloaded.
import path from "node:path";
import { spawnSync } from "node:child_process";
import { POSTGRES_SCHEMA, SQLITE_SCHEMA, writePostgresSchema } from "../../lib/db/pg-schema";

export function generateClients(): void {
  writePostgresSchema();
  for (const schema of [SQLITE_SCHEMA, POSTGRES_SCHEMA]) {
    const r = spawnSync(path.join("node_modules", ".bin", "prisma"), ["generate", "--schema", schema], {
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: path.resolve("prisma/NO_NATIVE_ENGINE"), PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    });
    if (r.status !== 0) throw new Error(`prisma generate --schema ${schema} failed`);
  }
  console.log("[openselect] generated Prisma clients for sqlite and postgresql");
}

if (require.main === module) generateClients();
