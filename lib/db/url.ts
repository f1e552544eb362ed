// Where the database is. No DATABASE_URL means the embedded SQLite file of demo mode.
// Kept free of server-only imports: prisma.config.ts and scripts use it too.
import path from "node:path";

export type Provider = "sqlite" | "postgresql";

export const DEFAULT_SQLITE_FILE = path.join(process.cwd(), "data", "openselect.db");

export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL?.trim();
  return url ? url : `file:${DEFAULT_SQLITE_FILE}`;
}

export function providerOf(url: string): Provider {
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  if (url.startsWith("file:")) return "sqlite";
  throw new Error(`DATABASE_URL must start with postgres://, postgresql:// or file: (got "${url.slice(0, 12)}…")`);
}

/** Absolute path of a SQLite file: URL (relative paths are relative to the working directory). */
export function sqliteFile(url: string): string {
  const p = url.slice("file:".length).replace(/^\/\/(?=\/)/, "");
  return path.resolve(p);
}
