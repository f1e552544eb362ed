// The audit log's hash chain, free of database code so it can be unit-tested and reused by
// the verify script. Each entry's hash covers its content and the previous entry's hash, so
// editing or deleting any row breaks every hash after it.
//
// The hash is an HMAC keyed with OPENSELECT_AUDIT_KEY: someone who can write to the database
// but does not hold the key cannot recompute the chain after changing an entry. What the key
// cannot show — the newest entries deleted, or every entry — the checkpoints kept outside the
// table show (lib/audit/checkpoints.ts): the verifier checks the chain against the last one.
//
// Databases written before the chain was keyed hold entries hashed with plain SHA-256. They
// stay as they are: the first keyed entry is a marked genesis entry (action "audit.genesis")
// linked to the last unkeyed one, so from then on rewriting the old part breaks the genesis's
// link, which nobody without the key can repair. The verifier checks the old part with the
// old formula and says how many such entries there are.
import { createHash, createHmac, timingSafeEqual } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);
export const GENESIS_ACTION = "audit.genesis";

export interface ChainedEntry {
  id?: number;
  createdAt: Date;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: string | null;
  after: string | null;
  prevHash: string;
  hash: string;
}

export type EntryContent = Omit<ChainedEntry, "hash" | "id">;

function canonical(e: EntryContent): string {
  return JSON.stringify([
    e.prevHash,
    e.createdAt.toISOString(),
    e.actorId,
    e.actorName,
    e.action,
    e.entityType,
    e.entityId,
    e.before,
    e.after,
  ]);
}

/** The hash of every entry written since the chain was keyed. */
export function keyedEntryHash(e: EntryContent, key: Buffer): string {
  return createHmac("sha256", key).update(canonical(e)).digest("hex");
}

/** The unkeyed hash of entries written before the chain was keyed (checked, never written). */
export function legacyEntryHash(e: EntryContent): string {
  return createHash("sha256").update(canonical(e)).digest("hex");
}

function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function isKeyedEntry(e: ChainedEntry, key: Buffer): boolean {
  return sameHash(keyedEntryHash(e, key), e.hash);
}

/** A head of the chain recorded outside the table: the entry `seq` (its id) had hash `hash`. */
export interface Checkpoint {
  seq: number;
  hash: string;
  at?: string;
}

export interface ChainReport {
  /** true: every entry checks out and the checkpoint (if any) is in the table. */
  ok: boolean;
  entries: number;
  /** Entries before the genesis entry, hashed without the key. */
  legacyEntries: number;
  genesisId: number | null;
  head: { id: number; hash: string } | null;
  checkpoint: Checkpoint | null;
  /** The first problem found: where, and what it means. */
  problem?: { at: number | null; message: string };
}

const where = (e: ChainedEntry, n: number) => `#${e.id ?? n}`;
const about = (e: ChainedEntry) => `${e.action} on ${e.entityType}${e.entityId ? ` ${e.entityId}` : ""}, ${e.createdAt.toISOString()}`;

/**
 * Checks entries pushed in id order (in batches, so a long log never sits in memory whole),
 * then, in finish(), that the checkpoint's entry is there with the checkpoint's hash.
 */
export class ChainVerifier {
  private prev = GENESIS_HASH;
  private prevId: number | null = null;
  private keyed = false;
  private count = 0;
  private legacy = 0;
  private genesisId: number | null = null;
  private head: { id: number; hash: string } | null = null;
  private checkpointSeen = false;
  private problem: ChainReport["problem"];

  constructor(
    private readonly key: Buffer,
    private readonly checkpoint: Checkpoint | null = null,
  ) {}

  get broken(): boolean {
    return this.problem !== undefined;
  }

  private fail(at: number | null, message: string): false {
    this.problem ??= { at, message };
    return false;
  }

  /** false once the chain is broken (later entries are not looked at). */
  push(e: ChainedEntry): boolean {
    if (this.problem) return false;
    this.count++;
    const id = e.id ?? this.count;
    const cp = this.checkpoint;
    if (cp && !this.checkpointSeen && id > cp.seq)
      return this.fail(
        cp.seq,
        `checkpoint entry #${cp.seq} (head at ${cp.at ?? "an earlier time"}) is missing: the table goes from #${this.prevId ?? "(start)"} to #${id}, so entry #${cp.seq} was deleted`,
      );
    if (e.prevHash !== this.prev)
      return this.fail(
        id,
        `entry ${where(e, this.count)} (${about(e)}) does not link to ${this.prevId === null ? "the start of the chain" : `entry #${this.prevId}`}: an entry before it was deleted, inserted or rewritten`,
      );
    if (!this.keyed) {
      if (e.action === GENESIS_ACTION && isKeyedEntry(e, this.key)) {
        this.keyed = true;
        this.genesisId = id;
      } else if (e.action === GENESIS_ACTION) {
        return this.fail(
          id,
          `genesis entry ${where(e, this.count)} does not carry a valid keyed hash: it was forged or changed, or OPENSELECT_AUDIT_KEY is not the key the chain was written with`,
        );
      } else if (sameHash(legacyEntryHash(e), e.hash)) {
        this.legacy++;
      } else {
        return this.fail(
          id,
          `entry ${where(e, this.count)} (${about(e)}) does not match its hash: it was changed, or the chain was recomputed without OPENSELECT_AUDIT_KEY (or with another key)`,
        );
      }
    } else if (!isKeyedEntry(e, this.key)) {
      return this.fail(
        id,
        `entry ${where(e, this.count)} (${about(e)}) does not match its keyed hash: it was changed, or the chain was recomputed without OPENSELECT_AUDIT_KEY (or with another key)`,
      );
    } else if (e.action === GENESIS_ACTION) {
      return this.fail(
        id,
        `entry ${where(e, this.count)} starts the keyed chain a second time (first at #${this.genesisId}): the app does so only when the entry before it did not verify, so that entry was tampered with`,
      );
    }
    if (cp && id === cp.seq) {
      this.checkpointSeen = true;
      if (!sameHash(e.hash, cp.hash))
        return this.fail(
          id,
          `entry #${id}'s hash differs from the checkpoint (${cp.seq}:${cp.hash.slice(0, 16)}…, ${cp.at ?? "no time"}): the chain was rewritten up to there`,
        );
    }
    this.prev = e.hash;
    this.prevId = id;
    this.head = { id, hash: e.hash };
    return true;
  }

  finish(): ChainReport {
    const cp = this.checkpoint;
    if (!this.problem && cp && !this.checkpointSeen)
      this.fail(
        cp.seq,
        this.head
          ? `the log ends at entry #${this.head.id}, but checkpoint entry #${cp.seq} (head at ${cp.at ?? "an earlier time"}) existed: the newest entries (#${this.head.id + 1}…#${cp.seq}) were deleted`
          : `the audit log is empty, but checkpoint entry #${cp.seq} (head at ${cp.at ?? "an earlier time"}) existed: every entry was deleted`,
      );
    return {
      ok: !this.problem,
      entries: this.count,
      legacyEntries: this.legacy,
      genesisId: this.genesisId,
      head: this.head,
      checkpoint: cp,
      ...(this.problem ? { problem: this.problem } : {}),
    };
  }
}

/** Checks a whole chain held in memory (tests, small logs). */
export function verifyChain(entries: Iterable<ChainedEntry>, key: Buffer, checkpoint: Checkpoint | null = null): ChainReport {
  const v = new ChainVerifier(key, checkpoint);
  for (const e of entries) if (!v.push(e)) break;
  return v.finish();
}
