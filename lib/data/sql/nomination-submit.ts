import "server-only";
// The statements of a nomination submission (lib/data/nominations.ts submitNomination), written
// as plain SQL in the caller's transaction. A Prisma model call costs several times its SQL
// (building the query plan and its arguments, the adapter's mapping): on this path, which every
// nominator pays, they were most of the time (issue 14). The SQL is the same on SQLite and
// PostgreSQL (quoted identifiers, no dialect functions), and the values are bound as the models
// bind them: the adapters turn a Date into the column's time (SQLite: ISO text with "+00:00";
// PostgreSQL: timestamp(3)) and a boolean into 0/1 or boolean, so the rows read back through the
// models exactly as if the models had written them (tests/integration/nomination-rows.test.ts).
import type { Tx } from "../../db/client";
import type { NomineeSnapshot } from "../../nominations/snapshot";
import { randomUUID } from "node:crypto";
import { auditHeadColumns, auditHeadJoin, auditHeadOf, type PreReadHead } from "../audit-log";

// Ids of rows written here: 128 random bits as 32 letters and digits, the same alphabet as the
// models' cuid ids (links, forms and id checks take [A-Za-z0-9]), without the dashes of a UUID.
const newId = () => randomUUID().replaceAll("-", "");

/** What the duplicate and slot rules need of one of the nominator's key-holding nominations. */
export interface KeyHolder {
  id: string;
  status: string;
  expiresAt: Date | null;
  uniqueKey: string | null;
  slotKey: string | null;
  receiptNo: string;
}

/** What a targeted submission's rules need of a vacancy: window, cap and pre-check conditions. */
export interface SubmitVacancy {
  id: string;
  maxAge: number | null;
  minEducation: string | null;
  requiredLevel: string | null;
  minYearsAtLevel: number | null;
  opensAt: Date;
  closesAt: Date;
  maxPerNominator: number;
  status: string;
}

/** The person a match key already stands for, with their current description. */
export interface KnownPerson {
  candidateId: string;
  candidate: {
    currentPost: string;
    currentLevel: string;
    yearsAtLevel: number;
    education: string;
    phone: string | null;
    userId: string | null;
  };
}

export interface SubmissionState {
  user: { status: string; realName: string; gender: string; birthDate: Date } | null;
  vacancy: SubmitVacancy | null;
  /** The nominator's nominations on the vacancy that hold a slot or a duplicate key. */
  mine: KeyHolder[];
  /** The person `matchKey` stands for, when asked and known. */
  known: KnownPerson | null;
  /** The nominator's nominations submitted since `since`: all kinds, and the non-targeted ones. */
  filed: { all: number; open: number };
  /** The audit chain's head, read with the rest on SQLite (appendAudit's `head`). */
  auditHead: PreReadHead | undefined;
}

interface StateRow {
  filedAll: number | bigint;
  filedOpen: number | bigint;
  userStatus: string;
  realName: string;
  gender: string;
  birthDate: Date;
  vId: string | null;
  maxAge: number | null;
  minEducation: string | null;
  requiredLevel: string | null;
  minYearsAtLevel: number | null;
  opensAt: Date;
  closesAt: Date;
  maxPerNominator: number;
  vStatus: string;
  nId: string | null;
  nStatus: string;
  nExpiresAt: Date | null;
  nUniqueKey: string | null;
  nSlotKey: string | null;
  nReceiptNo: string;
  aCandidateId: string | null;
  cCurrentPost: string;
  cCurrentLevel: string;
  cYearsAtLevel: number;
  cEducation: string;
  cPhone: string | null;
  cUserId: string | null;
}

/**
 * Everything a submission reads before it writes, in one statement: the nominator's account,
 * how many nominations they filed since `since` (the daily limits count the rows they limit, by
 * the (nominatorId, submittedAt) index), the vacancy (when `vacancyId`), the nominator's
 * key-holding nominations on it (one row each, at least one row), and the person `matchKey`
 * names (when given), and on SQLite the audit chain's head (lib/data/audit-log.ts). Each join is by primary key
 * or by the nominator's own nominations, so the statement costs the same however many others
 * nominated for the vacancy: `|| ''` keeps SQLite (which keeps no statistics here) from
 * reading the nominations through the vacancy's index instead — 6,000 rows for a busy vacancy
 * against the nominator's handful (PostgreSQL plans by its statistics either way).
 */
export async function readSubmissionState(
  tx: Tx,
  q: { userId: string; vacancyId: string | null; matchKey: string | null; since: Date },
): Promise<SubmissionState> {
  const rows = await tx.$queryRaw<StateRow[]>`
    SELECT
      (SELECT count(*) FROM "Nomination" d WHERE d."nominatorId" = u."id" AND d."submittedAt" >= ${q.since}) AS "filedAll",
      (SELECT count(*) FROM "Nomination" d WHERE d."nominatorId" = u."id" AND d."submittedAt" >= ${q.since} AND d."kind" <> 'TARGETED') AS "filedOpen",
      u."status" AS "userStatus", u."realName", u."gender", u."birthDate",
      v."id" AS "vId", v."maxAge", v."minEducation", v."requiredLevel", v."minYearsAtLevel", v."opensAt", v."closesAt",
      v."maxPerNominator", v."status" AS "vStatus",
      n."id" AS "nId", n."status" AS "nStatus", n."expiresAt" AS "nExpiresAt", n."uniqueKey" AS "nUniqueKey",
      n."slotKey" AS "nSlotKey", n."receiptNo" AS "nReceiptNo",
      a."candidateId" AS "aCandidateId", c."currentPost" AS "cCurrentPost", c."currentLevel" AS "cCurrentLevel",
      c."yearsAtLevel" AS "cYearsAtLevel", c."education" AS "cEducation", c."phone" AS "cPhone", c."userId" AS "cUserId"
      ${auditHeadColumns()}
    FROM "User" u
    LEFT JOIN "Vacancy" v ON v."id" = ${q.vacancyId}
    LEFT JOIN "Nomination" n ON n."nominatorId" = u."id" AND n."vacancyId" || '' = v."id"
      AND (n."slotKey" IS NOT NULL OR n."uniqueKey" IS NOT NULL)
    LEFT JOIN "CandidateAlias" a ON a."matchKey" = ${q.matchKey}
    LEFT JOIN "Candidate" c ON c."id" = a."candidateId"
    ${auditHeadJoin()}
    WHERE u."id" = ${q.userId}`;
  const r = rows[0];
  if (!r) return { user: null, vacancy: null, mine: [], known: null, filed: { all: 0, open: 0 }, auditHead: undefined };
  return {
    user: { status: r.userStatus, realName: r.realName, gender: r.gender, birthDate: r.birthDate },
    vacancy:
      r.vId === null
        ? null
        : {
            id: r.vId,
            maxAge: r.maxAge,
            minEducation: r.minEducation,
            requiredLevel: r.requiredLevel,
            minYearsAtLevel: r.minYearsAtLevel,
            opensAt: r.opensAt,
            closesAt: r.closesAt,
            maxPerNominator: r.maxPerNominator,
            status: r.vStatus,
          },
    mine: rows.flatMap((n) =>
      n.nId === null
        ? []
        : [
            {
              id: n.nId,
              status: n.nStatus,
              expiresAt: n.nExpiresAt,
              uniqueKey: n.nUniqueKey,
              slotKey: n.nSlotKey,
              receiptNo: n.nReceiptNo,
            },
          ],
    ),
    known: r.aCandidateId === null ? null : knownPerson(r),
    // count(*) is a bigint on PostgreSQL.
    filed: { all: Number(r.filedAll), open: Number(r.filedOpen) },
    auditHead: auditHeadOf(r as unknown as Record<string, unknown>),
  };
}

const knownPerson = (
  r: Pick<StateRow, "aCandidateId" | "cCurrentPost" | "cCurrentLevel" | "cYearsAtLevel" | "cEducation" | "cPhone" | "cUserId">,
): KnownPerson => ({
  candidateId: r.aCandidateId!,
  candidate: {
    currentPost: r.cCurrentPost,
    currentLevel: r.cCurrentLevel,
    yearsAtLevel: r.cYearsAtLevel,
    education: r.cEducation,
    phone: r.cPhone,
    userId: r.cUserId,
  },
});

/** The person a match key stands for (self-nomination: the key is known only once the account is read). */
export async function findKnownPerson(tx: Tx, matchKey: string): Promise<KnownPerson | null> {
  const rows = await tx.$queryRaw<StateRow[]>`
    SELECT a."candidateId" AS "aCandidateId", c."currentPost" AS "cCurrentPost", c."currentLevel" AS "cCurrentLevel",
      c."yearsAtLevel" AS "cYearsAtLevel", c."education" AS "cEducation", c."phone" AS "cPhone", c."userId" AS "cUserId"
    FROM "CandidateAlias" a JOIN "Candidate" c ON c."id" = a."candidateId"
    WHERE a."matchKey" = ${matchKey}`;
  return rows[0] ? knownPerson(rows[0]) : null;
}

/** The nomination holding `uniqueKey`, if any (a non-targeted submission's duplicate check). */
export async function holderOfKey(tx: Tx, uniqueKey: string): Promise<KeyHolder[]> {
  return tx.$queryRaw<KeyHolder[]>`
    SELECT "id", "status", "expiresAt", "uniqueKey", "slotKey", "receiptNo" FROM "Nomination" WHERE "uniqueKey" = ${uniqueKey}`;
}

/** A new person as the nominator described them, and their account when they nominated themselves. */
export interface NewCandidate extends NomineeSnapshot {
  userId: string | null;
}

/**
 * A new person and their match key: two inserts. If another transaction created the same person
 * meanwhile, the alias insert fails on matchKey (a unique violation) and the caller retries,
 * finding that person.
 */
export async function insertCandidate(tx: Tx, c: NewCandidate, matchKey: string, at: Date = new Date()): Promise<string> {
  const id = newId();
  await tx.$executeRaw`
    INSERT INTO "Candidate" ("id", "name", "gender", "birthDate", "workUnit", "currentPost", "currentLevel", "yearsAtLevel",
      "education", "phone", "userId", "createdAt", "updatedAt")
    VALUES (${id}, ${c.name}, ${c.gender}, ${c.birthDate}, ${c.workUnit}, ${c.currentPost}, ${c.currentLevel}, ${c.yearsAtLevel},
      ${c.education}, ${c.phone}, ${c.userId}, ${at}, ${at})`;
  await tx.$executeRaw`INSERT INTO "CandidateAlias" ("matchKey", "candidateId") VALUES (${matchKey}, ${id})`;
  return id;
}

export interface NewNomination {
  receiptNo: string;
  kind: string;
  vacancyId: string | null;
  nominatorId: string;
  candidateId: string;
  isSelf: boolean;
  relationship: string;
  reasonDe: string;
  reasonNeng: string;
  reasonQin: string;
  reasonJi: string;
  reasonLian: string;
  suitableField: string | null;
  nominee: string;
  signedName: string;
  flags: string;
  status: string;
  submittedAt: Date;
  expiresAt: Date | null;
  uniqueKey: string | null;
  slotKey: string | null;
}

/** Inserts one nomination; returns its id. reviewNote, reviewedAt and reviewedById start empty. */
export async function insertNomination(tx: Tx, n: NewNomination, at: Date = new Date()): Promise<string> {
  const id = newId();
  await tx.$executeRaw`
    INSERT INTO "Nomination" ("id", "receiptNo", "kind", "vacancyId", "nominatorId", "candidateId", "isSelf", "relationship",
      "reasonDe", "reasonNeng", "reasonQin", "reasonJi", "reasonLian", "suitableField", "nominee", "signedName", "flags",
      "status", "submittedAt", "expiresAt", "uniqueKey", "slotKey", "updatedAt")
    VALUES (${id}, ${n.receiptNo}, ${n.kind}, ${n.vacancyId}, ${n.nominatorId}, ${n.candidateId}, ${n.isSelf}, ${n.relationship},
      ${n.reasonDe}, ${n.reasonNeng}, ${n.reasonQin}, ${n.reasonJi}, ${n.reasonLian}, ${n.suitableField}, ${n.nominee}, ${n.signedName}, ${n.flags},
      ${n.status}, ${n.submittedAt}, ${n.expiresAt}, ${n.uniqueKey}, ${n.slotKey}, ${at})`;
  return id;
}
