import "server-only";
// The audit log: appending entries to the keyed hash chain (lib/audit/chain.ts) in the
// caller's transaction, anchoring the new head outside the database once it has committed
// (lib/audit/checkpoints.ts), and verifying the whole chain for `npm run audit:verify`.
import type { Tx } from "../db/client";
import { db, isPostgres } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import { afterCommit, lockResource } from "../db/tx";
import { databaseUrl, providerOf, sqliteFile } from "../db/url";
import { getSecrets } from "../env/secrets";
import {
  ChainVerifier,
  GENESIS_ACTION,
  GENESIS_HASH,
  isKeyedEntry,
  keyedEntryHash,
  type ChainedEntry,
  type ChainReport,
  type Checkpoint,
  type EntryContent,
} from "../audit/chain";
import { checkpointSinks, readCheckpointFile, writeCheckpoint, type CheckpointFile, type CheckpointSink } from "../audit/checkpoints";

export interface AuditInput {
  actor: { id: string; realName: string } | null;
  action: string; // e.g. "account.approve", "account.revealId"
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
}

const AUDIT_LOCK = 0x0a0d17;

const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));

/** Where this process writes the chain's checkpoints (OPENSELECT_AUDIT_CHECKPOINTS, else by database). */
export function auditCheckpointSinks(env: NodeJS.ProcessEnv = process.env): CheckpointSink[] {
  const url = databaseUrl(env);
  return checkpointSinks(env, providerOf(url) === "sqlite" ? sqliteFile(url) : null);
}

// The newest entry each open transaction appended: checkpointed once that transaction commits.
const pendingHeads = new WeakMap<Tx, Checkpoint>();

function checkpointAfterCommit(tx: Tx, head: Checkpoint): void {
  const first = !pendingHeads.has(tx);
  pendingHeads.set(tx, head);
  if (!first) return;
  afterCommit(tx, () => {
    const cp = pendingHeads.get(tx);
    pendingHeads.delete(tx);
    if (!cp) return;
    try {
      writeCheckpoint(auditCheckpointSinks(), { ...cp, at: new Date().toISOString() });
    } catch (e) {
      // The change itself has committed; the next audited write checkpoints a newer head.
      console.error(`[openselect] audit checkpoint of entry #${cp.seq} not written:`, e);
    }
  });
}

async function insert(tx: Tx, key: Buffer, content: Omit<EntryContent, "createdAt">): Promise<string> {
  const e = { createdAt: new Date(), ...content };
  const hash = keyedEntryHash(e, key);
  // A plain INSERT … RETURNING: every audited write pays for this row, and the statement costs
  // less than half the model call's CPU (no query plan, no argument tree); the values are the
  // same, bound the same way.
  const [row] = await tx.$queryRaw<{ id: number | bigint }[]>`
    INSERT INTO "AuditLog" ("createdAt", "actorId", "actorName", "action", "entityType", "entityId", "before", "after", "prevHash", "hash")
    VALUES (${e.createdAt}, ${e.actorId}, ${e.actorName}, ${e.action}, ${e.entityType}, ${e.entityId}, ${e.before}, ${e.after}, ${e.prevHash}, ${hash})
    RETURNING "id"`;
  checkpointAfterCommit(tx, { seq: Number(row.id), hash });
  return hash;
}

// ——— The head read with a writer's first statement (SQLite) ———
// A write path that reads before it writes (a nomination submission) may read the chain's head
// in that same statement and hand it to appendAudit, which then skips its own read. Only on
// SQLite: a transaction there reads one snapshot from its first statement on, and a writer that
// another connection got ahead of cannot write at all (SQLITE_BUSY: transaction() runs it
// again), so the head read first is the head appendAudit would read. On PostgreSQL the head is
// read after the chain's lock, never before, and these add nothing to the statement.

declare const preRead: unique symbol;
/** The chain's head as read by the caller's first statement (null: an empty log). */
export interface PreReadHead {
  entry: ChainedEntry | null;
  [preRead]: true;
}

const HEAD_FIELDS = [
  "id",
  "createdAt",
  "actorId",
  "actorName",
  "action",
  "entityType",
  "entityId",
  "before",
  "after",
  "prevHash",
  "hash",
] as const;

/** Columns to add to the select list ("ah_id", "ah_createdAt", …); empty on PostgreSQL. */
export function auditHeadColumns(): Prisma.Sql {
  if (isPostgres()) return Prisma.empty;
  return Prisma.raw(HEAD_FIELDS.map((f) => `, ah."${f}" AS "ah_${f}"`).join(""));
}

/** The join that provides them; empty on PostgreSQL. */
export function auditHeadJoin(): Prisma.Sql {
  if (isPostgres()) return Prisma.empty;
  return Prisma.sql`LEFT JOIN (SELECT * FROM "AuditLog" ORDER BY "id" DESC LIMIT 1) ah ON 1 = 1`;
}

/** The head from a row of that statement, for appendAudit's `head`; undefined on PostgreSQL. */
export function auditHeadOf(row: Record<string, unknown>): PreReadHead | undefined {
  if (isPostgres()) return undefined;
  if (row.ah_id === null || row.ah_id === undefined) return { entry: null } as PreReadHead;
  const at = row.ah_createdAt;
  const entry = {
    id: Number(row.ah_id),
    createdAt: at instanceof Date ? at : new Date(String(at)),
    actorId: row.ah_actorId,
    actorName: row.ah_actorName,
    action: row.ah_action,
    entityType: row.ah_entityType,
    entityId: row.ah_entityId,
    before: row.ah_before,
    after: row.ah_after,
    prevHash: row.ah_prevHash,
    hash: row.ah_hash,
  } as ChainedEntry;
  return { entry } as PreReadHead;
}

/**
 * Appends one entry, in the caller's transaction, so the change and its record commit
 * together. On PostgreSQL an advisory lock orders writers; on SQLite the single writer
 * does; the unique prevHash is the last line of defence (transaction() retries on it).
 * When the head is not a keyed entry (an empty log, or one written before the chain was
 * keyed), a genesis entry starts the keyed chain first. `head`: the head as the caller's first
 * statement read it (auditHeadOf, SQLite only), used unless this transaction appended since.
 */
export async function appendAudit(tx: Tx, input: AuditInput, opts: { head?: PreReadHead } = {}): Promise<void> {
  const key = getSecrets().auditKey;
  let head: ChainedEntry | undefined;
  if (opts.head && !isPostgres() && !pendingHeads.has(tx)) {
    head = opts.head.entry ?? undefined;
  } else {
    await lockResource(tx, AUDIT_LOCK);
    // Read in this transaction, after the lock, every time: other instances append too, so the
    // head is never taken from memory. A plain statement, like the insert below.
    [head] = await tx.$queryRaw<ChainedEntry[]>`
      SELECT "id", "createdAt", "actorId", "actorName", "action", "entityType", "entityId", "before", "after", "prevHash", "hash"
      FROM "AuditLog" ORDER BY "id" DESC LIMIT 1`;
  }
  let prevHash = head?.hash ?? GENESIS_HASH;
  if (!head || !isKeyedEntry(head, key)) {
    prevHash = await insert(tx, key, {
      actorId: null,
      actorName: null,
      action: GENESIS_ACTION,
      entityType: "AuditLog",
      entityId: null,
      before: null,
      after: json({ algorithm: "HMAC-SHA256", continues: head ? head.id : null }),
      prevHash,
    });
  }
  await insert(tx, key, {
    actorId: input.actor?.id ?? null,
    actorName: input.actor?.realName ?? null,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId ?? null,
    before: json(input.before),
    after: json(input.after),
    prevHash,
  });
}

export type AuditVerdict =
  /** Intact, and the newest checkpoint is in the table (or nothing keyed to anchor yet). */
  | "ok"
  /** An entry was changed, deleted or forged, or the checkpoint's entry is gone. */
  | "broken"
  /** Intact as far as the key shows, but no checkpoint to compare the head with. */
  | "unanchored";

export interface AuditVerification {
  verdict: AuditVerdict;
  report: ChainReport;
  /** Where the checkpoint came from. */
  checkpointFrom: "argument" | "file" | null;
  files: CheckpointFile[];
  logSink: boolean;
}

/** Walks the whole log in id order with the key, against `checkpoint` or the newest one in the checkpoint files. */
export async function verifyAuditLog(opts: { checkpoint?: Checkpoint | null } = {}): Promise<AuditVerification> {
  const sinks = auditCheckpointSinks();
  const files = sinks.flatMap((s) => (s.kind === "file" ? [readCheckpointFile(s.path)] : []));
  const fromFiles = files.reduce<Checkpoint | null>((best, f) => (f.last && (!best || f.last.seq > best.seq) ? f.last : best), null);
  const checkpoint = opts.checkpoint ?? fromFiles;
  const verifier = new ChainVerifier(getSecrets().auditKey, checkpoint);
  let after = 0;
  while (!verifier.broken) {
    const batch = await db().auditLog.findMany({ where: { id: { gt: after } }, orderBy: { id: "asc" }, take: 2000 });
    if (batch.length === 0) break;
    for (const e of batch) if (!verifier.push(e)) break;
    after = batch[batch.length - 1].id;
  }
  const report = verifier.finish();
  const verdict: AuditVerdict = !report.ok ? "broken" : checkpoint || report.genesisId === null ? "ok" : "unanchored";
  return {
    verdict,
    report,
    checkpointFrom: opts.checkpoint ? "argument" : fromFiles ? "file" : null,
    files,
    logSink: sinks.some((s) => s.kind === "log"),
  };
}
