// `npm run audit:verify [-- --checkpoint <seq>:<hash>]`: walks the audit log in id order, checks
// every entry's keyed hash (OPENSELECT_AUDIT_KEY) and link, and compares the head with the
// newest checkpoint written outside the database: from the checkpoint file (the embedded
// default), or the one given here (copied from the app's log, where a deployment on
// PostgreSQL writes them: the newest line starting with OPENSELECT_AUDIT_CHECKPOINT).
//
// Exit 0: intact and anchored. 1: tampered (the message says what and where).
// 2: could not run. 3: intact as far as the key shows, but no checkpoint to compare with.
import fs from "node:fs";
import { db } from "../lib/db/client";
import { databaseUrl, providerOf, sqliteFile } from "../lib/db/url";
import { CHECKPOINT_LOG_PREFIX, parseCheckpoint } from "../lib/audit/checkpoints";
import type { Checkpoint } from "../lib/audit/chain";
import { verifyAuditLog } from "../lib/data/audit-log";

const USAGE = `usage: npm run audit:verify [-- --checkpoint <seq>:<hash>]
  --checkpoint  the newest checkpoint from the app's log (the line after "${CHECKPOINT_LOG_PREFIX} ",
                or <seq>:<hash>); without it, the checkpoint file's newest line is used`;

function parseArgs(argv: string[]): { checkpoint: Checkpoint | null } {
  let checkpoint: Checkpoint | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = a.startsWith("--checkpoint=") ? a.slice("--checkpoint=".length) : a === "--checkpoint" ? argv[++i] : undefined;
    if (a === "--help" || a === "-h") {
      console.log(USAGE);
      process.exit(0);
    }
    if (value === undefined) throw new Error(`unknown argument "${a}"\n${USAGE}`);
    checkpoint = parseCheckpoint(value);
    if (!checkpoint) throw new Error(`--checkpoint "${value}" is not <seq>:<64 hex digits> nor a checkpoint line\n${USAGE}`);
  }
  return { checkpoint };
}

async function main(): Promise<number> {
  const { checkpoint } = parseArgs(process.argv.slice(2));
  const url = databaseUrl();
  // Opening a missing SQLite file would create an empty one: say so instead.
  if (providerOf(url) === "sqlite" && !fs.existsSync(sqliteFile(url)))
    throw new Error(`no database at ${sqliteFile(url)} (set DATABASE_URL)`);
  const v = await verifyAuditLog({ checkpoint });
  const r = v.report;
  for (const f of v.files) {
    if (f.malformed)
      console.warn(`warning: ${f.malformed} of ${f.lines} lines in ${f.path} are not checkpoints (torn write or edited file)`);
  }
  if (v.verdict === "broken") {
    console.error(`audit chain BROKEN: ${r.problem!.message}`);
    console.error(
      `  (${r.entries} entries read; checkpoint ${r.checkpoint ? `#${r.checkpoint.seq} from ${v.checkpointFrom === "argument" ? "--checkpoint" : "the checkpoint file"}` : "none"})`,
    );
    return 1;
  }
  const legacy = r.legacyEntries
    ? `; ${r.legacyEntries} entries before #${r.genesisId ?? "(next entry)"} were written before the chain was keyed and carry only the old unkeyed hash`
    : "";
  if (v.verdict === "unanchored") {
    const files = v.files.map((f) => (f.exists ? `${f.path} has no checkpoint` : `${f.path} does not exist`));
    console.error(
      `audit chain intact as far as the key shows (${r.entries} entries, head #${r.head!.id}${legacy}), but NOT anchored: ` +
        (files.length
          ? `${files.join("; ")}, though the chain has keyed entries: the file was deleted or moved, or checkpoints went elsewhere. `
          : "") +
        (v.logSink || !files.length
          ? `Give the newest checkpoint from the app's log: npm run audit:verify -- --checkpoint <seq>:<hash> (the line after "${CHECKPOINT_LOG_PREFIX} ").`
          : "Give one with --checkpoint <seq>:<hash>."),
    );
    return 3;
  }
  if (!r.head) {
    console.log("audit chain OK: the log is empty and no checkpoint says otherwise");
    return 0;
  }
  const anchor = r.checkpoint
    ? `, checkpoint #${r.checkpoint.seq}${r.checkpoint.at ? ` (${r.checkpoint.at})` : ""} matches` +
      (r.head.id > r.checkpoint.seq ? `; entries #${r.checkpoint.seq + 1}…#${r.head.id} are newer than it` : "")
    : r.genesisId === null
      ? "; the chain is not keyed yet: the next audited action starts it"
      : "";
  console.log(`audit chain OK: ${r.entries} entries verified, head #${r.head.id}${anchor}${legacy}`);
  return 0;
}

main()
  .then((code) => {
    process.exitCode = code;
  })
  .catch((e) => {
    console.error(`audit:verify could not run: ${e instanceof Error ? e.message : e}`);
    process.exitCode = 2;
  })
  .finally(() => db().$disconnect());
