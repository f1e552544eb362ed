// Everything `npm start` does before serving: secrets, migrations, demo data, client and build.
// Also used by the test suites that need a running site (e2e, bench).
import fs from "node:fs";
import path from "node:path";
import { databaseUrl, providerOf, sqliteFile } from "../lib/db/url";
import { isDemoMode } from "../lib/env/mode";
import { loadSecrets } from "../lib/env/load-secrets";
import { applyMigrations } from "./db/migrate";
import { readStamp, sourceHash, writeStamp } from "./lib/build-stamp";
import { bin, run } from "./lib/run";

const log = (s: string) => console.log(`[openselect] ${s}`);

/** The provider the generated client was made for (a client refuses the other one's adapter). */
function generatedProvider(): string | null {
  try {
    const src = fs.readFileSync(path.join("lib", "generated", "prisma", "internal", "class.ts"), "utf8");
    return /"activeProvider": "(\w+)"/.exec(src)?.[1] ?? null;
  } catch {
    return null;
  }
}

export async function prepare(opts: { build?: boolean } = {}): Promise<void> {
  const url = databaseUrl();
  const provider = providerOf(url);
  const demo = isDemoMode();
  log(`${demo ? "demo mode" : "deployment mode"}, ${provider} database`);

  // Refuses to go on (with the list of missing variables) outside demo mode.
  loadSecrets(process.env);

  const applied = await applyMigrations(url, { log });
  log(applied.length ? `applied migrations: ${applied.join(", ")}` : "database schema is up to date");
  if (provider === "sqlite") {
    // WAL lets pages read while a nomination commits; it is stored in the file, so once is enough.
    const Database = (await import("better-sqlite3")).default;
    const conn = new Database(sqliteFile(url));
    conn.pragma("journal_mode = WAL");
    conn.close();
  }

  if (generatedProvider() !== provider) {
    log(`generating the Prisma client for ${provider}`);
    run(bin("prisma"), ["generate"]);
  }

  if (demo) {
    const { seedIfEmpty } = await import("./seed/run");
    await seedIfEmpty(log);
  }

  if (opts.build !== false) await buildIfStale(provider);
}

/** Generates the client for the configured provider and builds when sources changed. */
export async function prepareBuild(): Promise<void> {
  const provider = providerOf(databaseUrl());
  if (generatedProvider() !== provider) run(bin("prisma"), ["generate"]);
  await buildIfStale(provider);
}

async function buildIfStale(provider: string): Promise<void> {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const stampFile = path.join(distDir, "openselect-build.json");
  const want = { provider, sources: sourceHash() };
  const have = readStamp(stampFile);
  if (have?.provider === want.provider && have.sources === want.sources && fs.existsSync(path.join(distDir, "BUILD_ID"))) return;
  log("building the site (first start or sources changed)…");
  const t0 = Date.now();
  run(bin("next"), ["build"], { ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
  writeStamp(stampFile, want);
  log(`built in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
