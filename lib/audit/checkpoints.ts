// Checkpoints of the audit chain's head, kept outside the database: whoever can delete rows
// from the table cannot take back a line already written to a file or shipped with the log
// stream, so `npm run audit:verify` notices the newest entries (or all of them) gone.
//
// Where they go: OPENSELECT_AUDIT_CHECKPOINTS, a comma-separated list of
//   file:<path>  append one JSON line per checkpoint to that file;
//   log          print one line to stdout: `OPENSELECT_AUDIT_CHECKPOINT {"seq":…,"hash":…,"at":…}`.
// Unset: a file next to the SQLite database (the embedded default), the log stream otherwise
// (a deployment on PostgreSQL, whose logs are collected away from the database).
//
// When: after every transaction that appended audit entries has committed, one checkpoint of
// its last entry. Audited writes are staff decisions and exports, a few per minute at most, so
// a line each costs nothing, and there is no window in which the newest entries could be
// deleted unnoticed (a timer or every-N scheme leaves one).
import fs from "node:fs";
import path from "node:path";
import type { Checkpoint } from "./chain";

export const CHECKPOINT_LOG_PREFIX = "OPENSELECT_AUDIT_CHECKPOINT";

export type CheckpointSink = { kind: "file"; path: string } | { kind: "log" };

/** The sinks configured in `env`; `sqliteFile` is the embedded database, if that is what is used. */
export function checkpointSinks(env: Readonly<Record<string, string | undefined>>, sqliteFile: string | null): CheckpointSink[] {
  const raw = env.OPENSELECT_AUDIT_CHECKPOINTS?.trim();
  if (!raw) return sqliteFile ? [{ kind: "file", path: defaultCheckpointFile(sqliteFile) }] : [{ kind: "log" }];
  return raw.split(",").map((part) => {
    const p = part.trim();
    if (p === "log") return { kind: "log" };
    if (p.startsWith("file:") && p.length > "file:".length) return { kind: "file", path: path.resolve(p.slice("file:".length)) };
    throw new Error(`OPENSELECT_AUDIT_CHECKPOINTS: "${p}" is neither "log" nor "file:<path>"`);
  });
}

/** data/openselect.db → data/openselect-audit-checkpoints.log */
export function defaultCheckpointFile(sqliteFile: string): string {
  const base = path.basename(sqliteFile).replace(/\.(db|sqlite3?)$/i, "");
  return path.join(path.dirname(sqliteFile), `${base}-audit-checkpoints.log`);
}

export function checkpointLine(cp: Checkpoint): string {
  return JSON.stringify({ seq: cp.seq, hash: cp.hash, at: cp.at ?? new Date().toISOString() });
}

/** Appends to the file, creating its folder only when it is missing (not a mkdir per commit). */
function appendLine(file: string, text: string): void {
  try {
    fs.appendFileSync(file, text, { mode: 0o600 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.appendFileSync(file, text, { mode: 0o600 });
  }
}

/** Writes one checkpoint to every sink. Appends are single writes of one short line (O_APPEND). */
export function writeCheckpoint(sinks: CheckpointSink[], cp: Checkpoint): void {
  const line = checkpointLine(cp);
  for (const sink of sinks) {
    if (sink.kind === "log") console.log(`${CHECKPOINT_LOG_PREFIX} ${line}`);
    else appendLine(sink.path, `${line}\n`);
  }
}

function toCheckpoint(v: unknown): Checkpoint | null {
  if (!v || typeof v !== "object") return null;
  const { seq, hash, at } = v as Record<string, unknown>;
  if (typeof seq !== "number" || !Number.isSafeInteger(seq) || seq < 1) return null;
  if (typeof hash !== "string" || !/^[0-9a-f]{64}$/.test(hash)) return null;
  return { seq, hash, ...(typeof at === "string" ? { at } : {}) };
}

/**
 * A checkpoint typed by the operator: `<seq>:<hash>`, or the JSON of a checkpoint line, with or
 * without the log prefix (so a line copied from the log works as it is). null when malformed.
 */
export function parseCheckpoint(text: string): Checkpoint | null {
  const s = text.trim().replace(new RegExp(`^.*?${CHECKPOINT_LOG_PREFIX}\\s*`), "");
  const m = /^(\d+):([0-9a-f]{64})$/.exec(s);
  if (m) return toCheckpoint({ seq: Number(m[1]), hash: m[2] });
  try {
    return toCheckpoint(JSON.parse(s));
  } catch {
    return null;
  }
}

export interface CheckpointFile {
  path: string;
  exists: boolean;
  /** The checkpoint of the newest entry (highest seq): lines from concurrent commits may be out of order. */
  last: Checkpoint | null;
  lines: number;
  /** Lines that are not a checkpoint (a torn last line after a crash, or an edit). */
  malformed: number;
}

export function readCheckpointFile(file: string): CheckpointFile {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return { path: file, exists: false, last: null, lines: 0, malformed: 0 };
    throw e;
  }
  let last: Checkpoint | null = null;
  let lines = 0;
  let malformed = 0;
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    lines++;
    const cp = parseCheckpoint(line);
    if (!cp) malformed++;
    else if (!last || cp.seq > last.seq) last = cp;
  }
  return { path: file, exists: true, last, lines, malformed };
}

/**
 * A new demo database replaces the old one (`npm start` after data/openselect.db was removed):
 * the old database's checkpoints no longer apply, so its file is kept aside, not deleted.
 */
export function retireCheckpointFile(file: string): string | null {
  if (!fs.existsSync(file)) return null;
  const aside = `${file}.${new Date().toISOString().replace(/[:.]/g, "-")}.old`;
  fs.renameSync(file, aside);
  return aside;
}
