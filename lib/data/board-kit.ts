import "server-only";
// Pieces shared by the four boards' data modules: search terms, status changes through the
// publication state machine with a conditional update, and what staff may do with an item.
// Paging is lib/data/paging.ts.
import type { Tx } from "../db/client";
import { appendAudit } from "../audit/log";
import type { Actor } from "../auth/actor";
import {
  allowedPublicationMoves,
  isPublicationEditable,
  isPublished,
  publicationMachine,
  type PublicationStatus,
} from "../state/publication";
import { DomainError, NotFoundError } from "./errors";
import { indexBoardItem, KIND_OF_ENTITY } from "./search-index";

/** A search term as typed, trimmed and capped; empty means no search. */
export function searchTerm(q: string | undefined | null): string | undefined {
  const t = (q ?? "").trim().slice(0, 50);
  return t ? t : undefined;
}

/**
 * The words of a search term. Matching is LIKE '%word%' (Chinese has no word boundaries), and
 * LIKE's wildcards cannot be escaped the same way on SQLite and PostgreSQL through Prisma, so
 * `%`, `_` and `\` separate words like spaces do; every word must match (AND).
 */
export function searchWords(q: string | undefined | null): string[] {
  return (searchTerm(q) ?? "")
    .split(/[\s%_\\]+/)
    .filter(Boolean)
    .slice(0, 5);
}

/** Prisma `where` for "every word matches one of these fields"; {} when there is nothing to search. */
export function wordsWhere<W>(q: string | undefined | null, fieldsFor: (word: string) => W[]): { AND?: { OR: W[] }[] } {
  const words = searchWords(q);
  return words.length ? { AND: words.map((w) => ({ OR: fieldsFor(w) })) } : {};
}

/** Thrown when a row changed between reading it and the conditional write. */
export const changedMeanwhile = () => new DomainError("boardErrors.changedMeanwhile");
export const badTransition = () => new DomainError("boardErrors.badTransition");

/** The subset of a Prisma delegate that a publication status change needs. */
interface PublicationDelegate {
  findUnique(args: {
    where: { id: string };
    select: { status: true; publishedAt: true };
  }): Promise<{ status: string; publishedAt: Date | null } | null>;
  updateMany(args: { where: { id: string; status: string }; data: { status: string; publishedAt?: Date } }): Promise<{ count: number }>;
}

/**
 * Moves a policy, notice or appointment along the publication machine, inside `tx`, and
 * audits it. The first publication stamps publishedAt; a republication keeps it, so a
 * corrected item keeps its place on the board.
 */
export async function changePublication(
  tx: Tx,
  delegate: PublicationDelegate,
  opts: { actor: Actor; entityType: string; id: string; to: PublicationStatus; now: Date; audit?: Record<string, unknown> },
): Promise<{ from: string }> {
  const row = await delegate.findUnique({ where: { id: opts.id }, select: { status: true, publishedAt: true } });
  if (!row) throw new NotFoundError();
  if (!publicationMachine.can(row.status, opts.to)) throw badTransition();
  const data: { status: string; publishedAt?: Date } = { status: opts.to };
  if (opts.to === "PUBLISHED" && !row.publishedAt) data.publishedAt = opts.now;
  const { count } = await delegate.updateMany({ where: { id: opts.id, status: row.status }, data });
  if (count !== 1) throw changedMeanwhile();
  // Published → in the search index; withdrawn or back to draft → out of it; same transaction.
  await indexBoardItem(tx, KIND_OF_ENTITY[opts.entityType], opts.id);
  const verb = opts.to === "PUBLISHED" ? "publish" : opts.to === "UNPUBLISHED" ? "unpublish" : "toDraft";
  await appendAudit(tx, {
    actor: opts.actor,
    action: `${opts.entityType.toLowerCase()}.${verb}`,
    entityType: opts.entityType,
    entityId: opts.id,
    before: { status: row.status },
    after: { status: opts.to, ...opts.audit },
  });
  return { from: row.status };
}

/** Content is edited as a draft (or after being withdrawn), never while readers see it. */
export function assertEditable(status: string) {
  if (!isPublicationEditable(status)) throw new DomainError("boardErrors.unpublishFirst");
}

/**
 * What staff may do with a policy, notice or appointment now, by the rules its writes enforce
 * (assertEditable, changePublication): edit it, move it (publish / unpublish / back to draft),
 * and whether readers see it.
 */
export function publicationFlags(status: string): { isPublic: boolean; canEdit: boolean; moves: readonly PublicationStatus[] } {
  return { isPublic: isPublished(status), canEdit: isPublicationEditable(status), moves: allowedPublicationMoves(status) };
}
