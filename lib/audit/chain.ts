// The audit log's hash chain, free of database code so it can be unit-tested and reused by
// the verify script. Each entry's hash covers its content and the previous entry's hash, so
// editing or deleting any row breaks every hash after it.
import { createHash } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

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

export function entryHash(e: Omit<ChainedEntry, "hash" | "id">): string {
  const canonical = JSON.stringify([
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
  return createHash("sha256").update(canonical).digest("hex");
}

export type ChainCheck = { ok: true; count: number } | { ok: false; count: number; brokenAt: number; reason: string };

/** Checks entries in id order; reports the first entry whose link or hash is wrong. */
export function verifyChain(entries: Iterable<ChainedEntry>, start = GENESIS_HASH): ChainCheck {
  let prev = start;
  let count = 0;
  for (const e of entries) {
    count++;
    if (e.prevHash !== prev) return { ok: false, count, brokenAt: e.id ?? count, reason: "prevHash does not match the previous entry" };
    if (entryHash(e) !== e.hash) return { ok: false, count, brokenAt: e.id ?? count, reason: "hash does not match the entry's content" };
    prev = e.hash;
  }
  return { ok: true, count };
}
