// Everything `npm start` does before serving: secrets, migrations, demo data, client and build.
// Also used by the test suites that need a running site (e2e, bench).
import fs from "node:fs";
import path from "node:path";
import { transportSecurity } from "../lib/http/transport.mjs";
import { databaseUrl, providerOf, sqliteFile } from "../lib/db/url";
import { isDemoMode } from "../lib/env/mode";
import { loadSecrets } from "../lib/env/load-secrets";
import { checkpointSinks, retireCheckpointFile } from "../lib/audit/checkpoints";
import { describeMailTarget, mailTarget } from "../lib/notifications/mail-settings";
import { applyMigrations } from "./db/migrate";
import { fillSearchGrams } from "./db/search-grams";
import { readStamp, sourceHash, writeStamp } from "./lib/build-stamp";
import { generateClients } from "./db/generate";
import { bin, run } from "./lib/run";

const log = (s: string) => console.log(`[openselect] ${s}`);

/** Both clients are generated on install; regenerate when missing or older than the schema. */
function ensureClients(): void {
  const schemaTime = fs.statSync(path.join("prisma", "schema.prisma")).mtimeMs;
  const stale = ["prisma", "prisma-pg"].some((dir) => {
    const f = path.join("lib", "generated", dir, "client.ts");
    return !fs.existsSync(f) || fs.statSync(f).mtimeMs < schemaTime;
  });
  if (stale) generateClients();
}

export async function prepare(opts: { build?: boolean } = {}): Promise<void> {
  const url = databaseUrl();
  const provider = providerOf(url);
  const demo = isDemoMode();
  log(`${demo ? "demo mode" : "deployment mode"}, ${provider} database`);

  // Refuses to go on (with the list of missing variables) outside demo mode.
  loadSecrets(process.env);
  // Refuses a malformed OPENSELECT_AUDIT_CHECKPOINTS now rather than at the first audited write.
  const checkpoints = checkpointSinks(process.env, provider === "sqlite" ? sqliteFile(url) : null);
  // Where mail goes (a malformed SMTP setting refuses to start here, not at the first mail).
  const mail = mailTarget(process.env);
  log(describeMailTarget(mail));
  if (mail.kind === "files" && !demo) log("warning: no mail leaves this machine until SMTP_URL or SMTP_HOST and MAIL_FROM are set");

  const applied = await applyMigrations(url, { log });
  log(applied.length ? `applied migrations: ${applied.join(", ")}` : "database schema is up to date");
  if (provider === "sqlite") {
    // WAL lets pages read while a nomination commits; it is stored in the file, so once is enough.
    const Database = (await import("better-sqlite3")).default;
    const conn = new Database(sqliteFile(url));
    conn.pragma("journal_mode = WAL");
    // Search documents backfilled by the migration get their character index here, once.
    const filled = fillSearchGrams(conn);
    if (filled) log(`search index: characters of ${filled} backfilled document(s) filled`);
    conn.close();
  }

  ensureClients();

  if (demo) {
    const { seedIfEmpty } = await import("./seed/run");
    if (await seedIfEmpty(log)) {
      // A new demo database: the audit checkpoints of the one it replaced do not apply to it.
      for (const sink of checkpoints) {
        const aside = sink.kind === "file" ? retireCheckpointFile(sink.path) : null;
        if (aside) log(`earlier audit checkpoints kept aside as ${aside}`);
      }
    }
  }

  // Training classes joined the search after their board: those published before are indexed
  // once here (the editor's HTML needs the indexer's own text extraction, not SQL).
  const { scriptClient } = await import("./seed/run");
  const { indexMissingTraining } = await import("../lib/data/search-documents");
  const prisma = scriptClient();
  try {
    const added = await indexMissingTraining(prisma, provider === "sqlite");
    if (added) log(`search index: ${added} training class(es) added`);
  } finally {
    await prisma.$disconnect();
  }

  if (opts.build !== false) await buildIfStale();
}

/** Generates the clients if needed and builds when sources changed. */
export async function prepareBuild(): Promise<void> {
  ensureClients();
  await buildIfStale();
}

// One build serves both databases (both clients are bundled): the sources matter, and whether
// the site is https (next.config.mjs fixes the HSTS header at build time).
async function buildIfStale(): Promise<void> {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const stampFile = path.join(distDir, "openselect-build.json");
  const want = { sources: sourceHash(), hsts: transportSecurity().hsts ?? "" };
  const have = readStamp(stampFile);
  if (have?.sources === want.sources && (have?.hsts ?? "") === want.hsts && fs.existsSync(path.join(distDir, "BUILD_ID"))) return;
  log("building the site (first start or sources changed)…");
  const t0 = Date.now();
  run(bin("next"), ["build"], { ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
  writeStamp(stampFile, want);
  log(`built in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
