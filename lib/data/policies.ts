import "server-only";
// 政策法规: public reads (published only) and the console's create / edit / publish.
import { db } from "../db/client";
import { transaction } from "../db/tx";
import { appendAudit } from "../audit/log";
import { requireStaff, type Actor } from "../auth/actor";
import { publicationMachine, type PublicationStatus } from "../state/publication";
import type { PolicyInput } from "../validation/boards";
import { assertEditable, changedMeanwhile, changePublication, publicationFlags, wordsWhere } from "./board-kit";
import { NotFoundError } from "./errors";
import { boardPageWindow, paged, type Paged } from "./paging";
import { now as clockNow } from "../calendar/clock";
import { indexBoardItem } from "./search-index";
import { isSearch, searchBoard } from "./search";
import { sanitizeBody } from "../markdown/render";

const summary = { id: true, title: true, category: true, issuer: true, docNumber: true, issuedOn: true, publishedAt: true } as const;
const detail = { ...summary, body: true } as const;

export interface PolicySummary {
  id: string;
  title: string;
  category: string;
  issuer: string;
  docNumber: string | null;
  issuedOn: Date;
  publishedAt: Date | null;
}
export type PolicyDetail = PolicySummary & { body: string };

export const policyText = (w: string) => [
  { title: { contains: w } },
  { docNumber: { contains: w } },
  { issuer: { contains: w } },
  { body: { contains: w } },
];
const textFilter = (q: string | undefined) => wordsWhere(q, policyText);

// ---------------------------------------------------------------------------------------------
// Public

export async function listPublishedPolicies(filters: { category?: string; q?: string; page?: number }): Promise<Paged<PolicySummary>> {
  const w = boardPageWindow(filters.page);
  const { skip, take } = w;
  const where = { status: "PUBLISHED", ...(filters.category ? { category: filters.category } : {}) };
  if (isSearch(filters.q)) {
    return searchBoard("policies", filters.q, w, {
      filtered: Boolean(filters.category),
      ids: () => db().policy.findMany({ where, select: { id: true } }),
      rows: (ids) => db().policy.findMany({ where: { ...where, id: { in: ids } }, select: summary }),
    });
  }
  const [rows, total] = await Promise.all([
    db().policy.findMany({ where, select: summary, orderBy: [{ issuedOn: "desc" }, { id: "desc" }], skip, take }),
    db().policy.count({ where }),
  ]);
  return paged(rows, total, w);
}

export async function getPublishedPolicy(id: string): Promise<PolicyDetail | null> {
  return db().policy.findFirst({ where: { id, status: "PUBLISHED" }, select: detail });
}

export async function latestPolicies(take = 5): Promise<PolicySummary[]> {
  return db().policy.findMany({ where: { status: "PUBLISHED" }, select: summary, orderBy: [{ issuedOn: "desc" }, { id: "desc" }], take });
}

// ---------------------------------------------------------------------------------------------
// Console

export async function listPolicies(actor: Actor | null, filters: { status?: string; q?: string; page?: number }) {
  requireStaff(actor);
  const w = boardPageWindow(filters.page);
  const { skip, take } = w;
  const status = filters.status && publicationMachine.isState(filters.status) ? filters.status : undefined;
  const where = { ...(status ? { status } : {}), ...textFilter(filters.q) };
  const [rows, total] = await Promise.all([
    db().policy.findMany({ where, select: { ...summary, status: true, updatedAt: true }, orderBy: [{ updatedAt: "desc" }], skip, take }),
    db().policy.count({ where }),
  ]);
  return paged(rows, total, w);
}

export async function getPolicy(actor: Actor | null, id: string) {
  requireStaff(actor);
  const row = await db().policy.findUnique({ where: { id }, select: { ...detail, status: true, createdAt: true, updatedAt: true } });
  if (!row) throw new NotFoundError();
  return { ...row, ...publicationFlags(row.status) };
}

const fields = (input: PolicyInput) => ({
  title: input.title,
  category: input.category,
  issuer: input.issuer,
  docNumber: input.docNumber ?? null,
  issuedOn: input.issuedOn,
  body: sanitizeBody(input.body),
});

export async function createPolicy(actor: Actor | null, input: PolicyInput): Promise<{ id: string }> {
  const a = requireStaff(actor);
  return transaction(async (tx) => {
    const row = await tx.policy.create({ data: { ...fields(input), status: "DRAFT", createdById: a.id }, select: { id: true } });
    await appendAudit(tx, {
      actor: a,
      action: "policy.create",
      entityType: "Policy",
      entityId: row.id,
      after: { ...fields(input), status: "DRAFT" },
    });
    return row;
  });
}

export async function updatePolicy(actor: Actor | null, id: string, input: PolicyInput): Promise<void> {
  const a = requireStaff(actor);
  await transaction(async (tx) => {
    const before = await tx.policy.findUnique({ where: { id }, select: { ...detail, status: true } });
    if (!before) throw new NotFoundError();
    assertEditable(before.status);
    const { count } = await tx.policy.updateMany({ where: { id, status: before.status }, data: fields(input) });
    if (count !== 1) throw changedMeanwhile();
    await indexBoardItem(tx, "policies", id);
    await appendAudit(tx, { actor: a, action: "policy.update", entityType: "Policy", entityId: id, before, after: fields(input) });
  });
}

export async function setPolicyStatus(actor: Actor | null, id: string, to: PublicationStatus, now = clockNow()): Promise<void> {
  const a = requireStaff(actor);
  await transaction((tx) => changePublication(tx, tx.policy, { actor: a, entityType: "Policy", id, to, now }));
}

export const publishPolicy = (actor: Actor | null, id: string, now?: Date) => setPolicyStatus(actor, id, "PUBLISHED", now);
export const unpublishPolicy = (actor: Actor | null, id: string) => setPolicyStatus(actor, id, "UNPUBLISHED");
