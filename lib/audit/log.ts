import "server-only";
import type { Tx } from "../db/client";
import { lockResource } from "../db/tx";
import { entryHash, GENESIS_HASH } from "./chain";

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

/**
 * Appends one entry, in the caller's transaction, so the change and its record commit
 * together. On PostgreSQL an advisory lock orders writers; on SQLite the single writer
 * does; the unique prevHash is the last line of defence (transaction() retries on it).
 */
export async function appendAudit(tx: Tx, input: AuditInput): Promise<void> {
  await lockResource(tx, AUDIT_LOCK);
  const head = await tx.auditLog.findFirst({ orderBy: { id: "desc" }, select: { hash: true } });
  const entry = {
    createdAt: new Date(),
    actorId: input.actor?.id ?? null,
    actorName: input.actor?.realName ?? null,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId ?? null,
    before: json(input.before),
    after: json(input.after),
    prevHash: head?.hash ?? GENESIS_HASH,
  };
  await tx.auditLog.create({ data: { ...entry, hash: entryHash(entry) } });
}
