import "server-only";
// The reads of a vacancy's review page (lib/data/nomination-review.ts getVacancyReview) that the
// models made in several calls each, as plain SQL: a page of nominations with their candidate and
// nominator and the filter's total in one statement (the models: count, page, candidates,
// nominators), and the tally's candidates with their 考察对象 mark in one (candidates, shortlist).
// A Prisma model call costs several times its SQL (lib/data/sql/nomination-submit.ts), and this
// page is the one reviewers keep open on the busiest vacancy (issue 14). The SQL is the same on
// SQLite and PostgreSQL (quoted identifiers, no dialect functions); the adapters map the columns'
// dates back to Date as the models do; SQLite gives booleans as 0/1 and PostgreSQL counts as
// bigint, so both are converted here.
import { Prisma } from "../../generated/prisma/client";
import { db } from "../../db/client";
import type { CandidateSummary } from "../candidate-fields";

export interface ReviewFilter {
  vacancyId: string;
  status?: string;
  candidateId?: string;
  flagged?: boolean;
}

export interface ReviewRow {
  id: string;
  receiptNo: string;
  status: string;
  isSelf: boolean;
  relationship: string;
  flags: string;
  submittedAt: Date;
  expiresAt: Date | null;
  reviewNote: string | null;
  candidate: { id: string; name: string; workUnit: string };
  nominator: { realName: string; workUnit: string };
}

interface PageRow {
  total: number | bigint;
  id: string | null;
  receiptNo: string;
  status: string;
  isSelf: boolean | number;
  relationship: string;
  flags: string;
  submittedAt: Date;
  expiresAt: Date | null;
  reviewNote: string | null;
  cId: string;
  cName: string;
  cWorkUnit: string;
  uRealName: string;
  uWorkUnit: string;
}

function whereOf(f: ReviewFilter): Prisma.Sql {
  const parts = [Prisma.sql`n."vacancyId" = ${f.vacancyId}`];
  if (f.status) parts.push(Prisma.sql`n."status" = ${f.status}`);
  if (f.candidateId) parts.push(Prisma.sql`n."candidateId" = ${f.candidateId}`);
  if (f.flagged) parts.push(Prisma.sql`n."flags" <> '[]'`);
  return Prisma.join(parts, " AND ");
}

/**
 * The nominations matching `f` in the order they came in (then by id), `take` of them from
 * `skip`, and how many match in all. The count is a one-row table the page is joined to, so a
 * page past the end still says how many there are (one row with no nomination).
 */
export async function reviewPage(f: ReviewFilter, skip: number, take: number): Promise<{ total: number; rows: ReviewRow[] }> {
  const where = whereOf(f);
  const got = await db().$queryRaw<PageRow[]>`
    SELECT t."total", p.*
    FROM (SELECT count(*) AS "total" FROM "Nomination" n WHERE ${where}) t
    LEFT JOIN (
      SELECT n."id", n."receiptNo", n."status", n."isSelf", n."relationship", n."flags", n."submittedAt", n."expiresAt",
        n."reviewNote", c."id" AS "cId", c."name" AS "cName", c."workUnit" AS "cWorkUnit",
        u."realName" AS "uRealName", u."workUnit" AS "uWorkUnit"
      FROM "Nomination" n
      JOIN "Candidate" c ON c."id" = n."candidateId"
      JOIN "User" u ON u."id" = n."nominatorId"
      WHERE ${where}
      ORDER BY n."submittedAt" ASC, n."id" ASC
      LIMIT ${take} OFFSET ${skip}
    ) p ON 1 = 1
    ORDER BY p."submittedAt" ASC, p."id" ASC`;
  return {
    total: Number(got[0]?.total ?? 0),
    rows: got.flatMap((r) =>
      r.id === null
        ? []
        : [
            {
              id: r.id,
              receiptNo: r.receiptNo,
              status: r.status,
              isSelf: Boolean(r.isSelf),
              relationship: r.relationship,
              flags: r.flags,
              submittedAt: r.submittedAt,
              expiresAt: r.expiresAt,
              reviewNote: r.reviewNote,
              candidate: { id: r.cId, name: r.cName, workUnit: r.cWorkUnit },
              nominator: { realName: r.uRealName, workUnit: r.uWorkUnit },
            },
          ],
    ),
  };
}

export interface TallyCandidate extends CandidateSummary {
  id: string;
  shortlisted: boolean;
}

/** The tally's candidates `ids` as the table shows them, each marked when 考察对象 for the vacancy. */
export async function tallyCandidates(vacancyId: string, ids: string[]): Promise<TallyCandidate[]> {
  if (ids.length === 0) return [];
  const got = await db().$queryRaw<(Omit<TallyCandidate, "shortlisted"> & { shortlisted: boolean | number })[]>`
    SELECT c."id", c."name", c."gender", c."birthDate", c."workUnit", c."currentPost", c."currentLevel", c."education",
      CASE WHEN s."id" IS NULL THEN 0 ELSE 1 END AS "shortlisted"
    FROM "Candidate" c
    LEFT JOIN "Shortlist" s ON s."vacancyId" = ${vacancyId} AND s."candidateId" = c."id"
    WHERE c."id" IN (${Prisma.join(ids)})`;
  return got.map((c) => ({ ...c, shortlisted: Boolean(Number(c.shortlisted)) }));
}
