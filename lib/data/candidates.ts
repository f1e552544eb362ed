import "server-only";
import { db } from "../db/client";
import { transaction } from "../db/tx";
import { appendAudit } from "../audit/log";
import { requireStaff, type Actor } from "../auth/actor";
import { KEY_HOLDING_STATUSES, type NominationStatus } from "../state/nomination";
import { now as clockNow } from "../calendar/clock";
import { parseFlags } from "../nominations/precheck";
import { effectiveStatus, uniqueKeyFor, type NominationKind } from "../nominations/rules";
import { DomainError, NotFoundError } from "./errors";
import { CANDIDATE_SUMMARY } from "./candidate-fields";
import { pageWindow, paged } from "./paging";

// Candidates (被推荐人): one record per person, found by match key. Staff only. A reviewer
// merges two records of the same person (e.g. the unit was typed two ways); the merged one
// points at the survivor and its nominations, aliases and shortlist entries move over.

export const CANDIDATE_PAGE_SIZE = 30;
const KEY_HOLDING = KEY_HOLDING_STATUSES as NominationStatus[];

export async function listCandidates(actor: Actor | null, query: { q?: string; page?: number } = {}) {
  requireStaff(actor);
  const w = pageWindow(query.page, CANDIDATE_PAGE_SIZE);
  const q = query.q?.trim();
  const where = {
    mergedIntoId: null,
    ...(q ? { OR: [{ name: { contains: q } }, { workUnit: { contains: q } }] } : {}),
  };
  const [total, rows] = await Promise.all([
    db().candidate.count({ where }),
    db().candidate.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      skip: w.skip,
      take: w.take,
      select: {
        id: true,
        ...CANDIDATE_SUMMARY,
        userId: true,
        _count: { select: { nominations: { where: { status: { in: KEY_HOLDING } } } } },
      },
    }),
  ]);
  return paged(rows, total, w);
}

/**
 * A candidate with every nomination naming them, nominators included. The read is written
 * to the audit log. A merged record answers with the survivor's id instead.
 */
export async function getCandidate(actor: Actor | null, id: string, opts: { now?: Date } = {}) {
  const a = requireStaff(actor);
  const at = opts.now ?? clockNow();
  const candidate = await db().candidate.findUnique({ where: { id } });
  if (!candidate) throw new NotFoundError();
  if (candidate.mergedIntoId) return { mergedInto: candidate.mergedIntoId } as const;
  const [nominations, shortlist, similar] = await Promise.all([
    db().nomination.findMany({
      where: { candidateId: id },
      orderBy: { submittedAt: "desc" },
      take: 500,
      select: {
        id: true,
        receiptNo: true,
        kind: true,
        status: true,
        isSelf: true,
        relationship: true,
        flags: true,
        suitableField: true,
        submittedAt: true,
        expiresAt: true,
        reviewNote: true,
        vacancy: { select: { id: true, post: true, unit: true } },
        nominator: { select: { realName: true, workUnit: true } },
      },
    }),
    db().shortlist.findMany({ where: { candidateId: id }, select: { vacancy: { select: { id: true, post: true, unit: true } } } }),
    possibleDuplicates(candidate),
  ]);
  await transaction((tx) =>
    appendAudit(tx, {
      actor: a,
      action: "candidate.viewNominators",
      entityType: "Candidate",
      entityId: id,
      after: { nominations: nominations.length },
    }),
  );
  return {
    candidate,
    nominations: nominations.map((n) => ({ ...n, flags: parseFlags(n.flags), status: effectiveStatus(n, at) })),
    shortlist: shortlist.map((s) => s.vacancy),
    similar,
  } as const;
}

/**
 * Other live records with the same name: the reviewer compares birth date and unit and
 * decides whether they are one person (the match key is deliberately strict).
 */
function possibleDuplicates(c: { id: string; name: string }) {
  return db().candidate.findMany({
    where: { name: c.name, mergedIntoId: null, NOT: { id: c.id } },
    orderBy: { createdAt: "asc" },
    take: 20,
    select: { id: true, name: true, birthDate: true, workUnit: true, currentPost: true },
  });
}

/**
 * Merges candidate `dropId` into `keepId`. Nominations move over; where one nominator had
 * named both records for the same vacancy, the moved one gives up its duplicate key (it keeps
 * its slot) and the tally, which counts distinct nominators, counts that person once.
 */
export async function mergeCandidates(actor: Actor | null, keepId: string, dropId: string): Promise<void> {
  const a = requireStaff(actor);
  if (keepId === dropId) throw new DomainError("nominations.errors.mergeSelf");
  await transaction(async (tx) => {
    const [keep, drop] = await Promise.all([
      tx.candidate.findUnique({ where: { id: keepId }, select: { id: true, name: true, mergedIntoId: true, userId: true } }),
      tx.candidate.findUnique({
        where: { id: dropId },
        select: { id: true, name: true, mergedIntoId: true, userId: true, birthDate: true, workUnit: true },
      }),
    ]);
    if (!keep || !drop) throw new NotFoundError();
    if (keep.mergedIntoId || drop.mergedIntoId) throw new DomainError("nominations.errors.alreadyMerged");

    const moving = await tx.nomination.findMany({
      where: { candidateId: dropId },
      select: { id: true, kind: true, vacancyId: true, nominatorId: true, uniqueKey: true },
    });
    const newKeys = moving
      .filter((n) => n.uniqueKey)
      .map((n) =>
        uniqueKeyFor({ kind: n.kind as NominationKind, vacancyId: n.vacancyId, nominatorId: n.nominatorId, candidateId: keepId }),
      );
    const clashing = new Set(
      (await tx.nomination.findMany({ where: { uniqueKey: { in: newKeys } }, select: { uniqueKey: true } })).map((n) => n.uniqueKey),
    );
    let duplicates = 0;
    for (const n of moving) {
      const key = n.uniqueKey
        ? uniqueKeyFor({ kind: n.kind as NominationKind, vacancyId: n.vacancyId, nominatorId: n.nominatorId, candidateId: keepId })
        : null;
      const clash = key !== null && clashing.has(key);
      if (clash) duplicates++;
      await tx.nomination.update({ where: { id: n.id }, data: { candidateId: keepId, uniqueKey: clash ? null : key } });
    }

    const keepShortlist = new Set(
      (await tx.shortlist.findMany({ where: { candidateId: keepId }, select: { vacancyId: true } })).map((s) => s.vacancyId),
    );
    const dropShortlist = await tx.shortlist.findMany({ where: { candidateId: dropId }, select: { id: true, vacancyId: true } });
    for (const s of dropShortlist) {
      if (keepShortlist.has(s.vacancyId)) await tx.shortlist.delete({ where: { id: s.id } });
      else await tx.shortlist.update({ where: { id: s.id }, data: { candidateId: keepId } });
    }
    await tx.noticeEntry.updateMany({ where: { candidateId: dropId }, data: { candidateId: keepId } });
    await tx.candidateAlias.updateMany({ where: { candidateId: dropId }, data: { candidateId: keepId } });
    if (!keep.userId && drop.userId) await tx.candidate.update({ where: { id: keepId }, data: { userId: drop.userId } });
    await tx.candidate.update({ where: { id: dropId }, data: { mergedIntoId: keepId } });
    // Records that were merged into `drop` earlier now point at the survivor directly.
    await tx.candidate.updateMany({ where: { mergedIntoId: dropId }, data: { mergedIntoId: keepId } });
    await appendAudit(tx, {
      actor: a,
      action: "candidate.merge",
      entityType: "Candidate",
      entityId: keepId,
      before: { dropId, name: drop.name, workUnit: drop.workUnit, birthDate: drop.birthDate.toISOString().slice(0, 10) },
      after: { keepId, moved: moving.length, duplicates },
    });
  });
}
