import "server-only";
// 试用期: a newly promoted appointment to a non-elected leading post serves one year on probation
// (条例). The console lists the probations falling due within PROBATION_DUE_DAYS days (and those
// past their end still unassessed), and staff record the assessment 胜任 / 不胜任 with a note.
import { db } from "../db/client";
import { transaction } from "../db/tx";
import { appendAudit } from "../audit/log";
import { requireStaff, type Actor } from "../auth/actor";
import { now as clockNow } from "../calendar/clock";
import { addDays, formatDay, parseDay, shanghaiToday } from "../calendar/dates";
import type { Table } from "../nominations/spreadsheet";
import { translate } from "../notifications/render";
import { DomainError, NotFoundError } from "./errors";

/** How far ahead the console lists probations falling due. */
export const PROBATION_DUE_DAYS = 60;
export const PROBATION_RESULTS = ["COMPETENT", "INCOMPETENT"] as const;
export type ProbationResult = (typeof PROBATION_RESULTS)[number];

/** Unassessed probations of published appointments ending on or before this day are due. */
const dueWhere = (now: Date) => ({
  status: "PUBLISHED",
  kind: "APPOINT",
  probation: true,
  probationResult: null,
  probationEndsOn: { lte: parseDay(addDays(shanghaiToday(now), PROBATION_DUE_DAYS))! },
});

export interface ProbationRow {
  id: string;
  personName: string;
  post: string;
  unit: string;
  decidedOn: Date;
  endsOn: Date;
  /** The end has passed and no assessment is recorded. */
  overdue: boolean;
  /** Days from today (Beijing) to the end; negative when overdue. */
  daysLeft: number;
}

const DAY_MS = 86_400_000;

export async function listDueProbations(actor: Actor | null, now: Date = clockNow()): Promise<ProbationRow[]> {
  requireStaff(actor);
  const today = parseDay(shanghaiToday(now))!;
  const rows = await db().appointment.findMany({
    where: dueWhere(now),
    select: { id: true, personName: true, post: true, unit: true, decidedOn: true, probationEndsOn: true },
    orderBy: [{ probationEndsOn: "asc" }, { id: "asc" }],
    take: 500,
  });
  return rows.map((r) => {
    const daysLeft = Math.round((r.probationEndsOn!.getTime() - today.getTime()) / DAY_MS);
    return { ...r, endsOn: r.probationEndsOn!, overdue: daysLeft < 0, daysLeft };
  });
}

/**
 * The probation list as a spreadsheet (the console's queues are all exportable): the same rows as
 * the page, most urgent first, with the state in words. Staff only; audited.
 */
export async function exportDueProbations(actor: Actor | null, now: Date = clockNow()): Promise<Table> {
  const a = requireStaff(actor);
  const rows = await listDueProbations(a, now);
  await transaction((tx) =>
    appendAudit(tx, { actor: a, action: "export.probations", entityType: "Appointment", after: { rows: rows.length } }),
  );
  // An official list: its words are the zh-CN catalog's whatever the reader's language.
  const zh = (key: string, params: Record<string, string | number> = {}) => translate("zh-CN", `loop.probation.${key}`, params);
  const state = (r: ProbationRow) =>
    r.overdue ? zh("overdue", { days: -r.daysLeft }) : r.daysLeft === 0 ? zh("dueToday") : zh("daysLeft", { days: r.daysLeft });
  return {
    title: zh("exportTitle"),
    headers: [zh("person"), zh("unit"), zh("post"), zh("decidedOn"), zh("endsOn"), zh("state")],
    rows: rows.map((r) => [r.personName, r.unit, r.post, formatDay(r.decidedOn), formatDay(r.endsOn), state(r)]),
  };
}

/** For the console home: probations due within the window (overdue included). */
export async function countDueProbations(now: Date = clockNow()): Promise<number> {
  return db().appointment.count({ where: dueWhere(now) });
}

/** Recently assessed probations (the page's record of what was decided). */
export async function listAssessedProbations(actor: Actor | null, take = 20) {
  requireStaff(actor);
  return db().appointment.findMany({
    where: { probation: true, probationResult: { not: null } },
    select: {
      id: true,
      personName: true,
      post: true,
      unit: true,
      probationEndsOn: true,
      probationResult: true,
      probationNote: true,
      probationAssessedAt: true,
    },
    orderBy: { probationAssessedAt: "desc" },
    take,
  });
}

/**
 * Records the assessment at the end of a probation: 胜任 or 不胜任, with a note. Only for a
 * published 任命 on probation, not yet assessed, within PROBATION_DUE_DAYS days of its end (or past it).
 */
export async function assessProbation(
  actor: Actor | null,
  id: string,
  result: ProbationResult,
  note: string,
  now: Date = clockNow(),
): Promise<void> {
  const a = requireStaff(actor);
  const text = note.trim();
  if (!text) throw new DomainError("errors.invalid", { note: ["errors.required"] });
  await transaction(async (tx) => {
    const row = await tx.appointment.findUnique({
      where: { id },
      select: { status: true, kind: true, probation: true, probationEndsOn: true, probationResult: true },
    });
    if (!row) throw new NotFoundError();
    if (row.status !== "PUBLISHED" || row.kind !== "APPOINT" || !row.probation || !row.probationEndsOn) {
      throw new DomainError("loop.errors.noProbation");
    }
    if (row.probationResult) throw new DomainError("loop.errors.probationAssessed");
    if (formatDay(row.probationEndsOn) > addDays(shanghaiToday(now), PROBATION_DUE_DAYS))
      throw new DomainError("loop.errors.probationNotDue");
    const { count } = await tx.appointment.updateMany({
      where: { id, probationResult: null },
      data: { probationResult: result, probationNote: text, probationAssessedAt: now, probationAssessedById: a.id },
    });
    if (count !== 1) throw new DomainError("loop.errors.probationAssessed");
    await appendAudit(tx, {
      actor: a,
      action: "appointment.probationAssess",
      entityType: "Appointment",
      entityId: id,
      before: { probationResult: null },
      after: { probationResult: result, probationNote: text },
    });
  });
}
