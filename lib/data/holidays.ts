import "server-only";
// Staff-entered official holiday arrangements (HolidayArrangement) for years the calendar
// package does not know yet, and the working-day calendar built from them.
import { db, type Tx } from "../db/client";
import { transaction } from "../db/tx";
import { appendAudit } from "../audit/log";
import { requireStaff, type Actor } from "../auth/actor";
import { formatDay, parseDay } from "../calendar/dates";
import { arrangementToText, parseArrangementText, type ArrangementLineError } from "../calendar/arrangement-text";
import { createWorkCalendar, lastPackageYear, type ArrangementDay, type DayKind, type WorkCalendar } from "../calendar/working-days";
import { DomainError } from "./errors";

/** The calendar with every staff-entered year (a few dozen rows per year). */
export async function loadWorkCalendar(client: Tx | ReturnType<typeof db> = db()): Promise<WorkCalendar> {
  const rows = await client.holidayArrangement.findMany({ select: { date: true, kind: true, name: true } });
  return createWorkCalendar(rows.map((r) => ({ day: formatDay(r.date), kind: r.kind as DayKind, name: r.name })));
}

export interface HolidayYearSummary {
  year: number;
  holidays: number;
  workdays: number;
}

export async function calendarOverview(
  actor: Actor | null,
): Promise<{ packageLastYear: number; coveredThrough: number; years: HolidayYearSummary[] }> {
  requireStaff(actor);
  const cal = await loadWorkCalendar();
  const rows = await db().holidayArrangement.groupBy({ by: ["year", "kind"], _count: { _all: true }, orderBy: { year: "asc" } });
  const years = new Map<number, HolidayYearSummary>();
  for (const r of rows) {
    const y = years.get(r.year) ?? { year: r.year, holidays: 0, workdays: 0 };
    if (r.kind === "WORKDAY") y.workdays = r._count._all;
    else y.holidays = r._count._all;
    years.set(r.year, y);
  }
  return { packageLastYear: cal.packageLastYear, coveredThrough: cal.coveredThrough(), years: [...years.values()] };
}

export async function getHolidayYearText(actor: Actor | null, year: number): Promise<string> {
  requireStaff(actor);
  const rows = await db().holidayArrangement.findMany({ where: { year }, orderBy: { date: "asc" } });
  return arrangementToText(rows.map((r) => ({ day: formatDay(r.date), kind: r.kind as DayKind, name: r.name })));
}

export class ArrangementError extends DomainError {
  constructor(readonly lines: { line: number; error: ArrangementLineError }[]) {
    super("boardErrors.arrangementInvalid", { text: lines.map((l) => `boardErrors.arrangement.${l.error}|${l.line}`) });
  }
}

/**
 * Replaces one year's arrangement with the one typed in. Only for years after the package's
 * own data (the package is the official source for the years it has).
 */
export async function saveHolidayYear(actor: Actor | null, year: number, text: string): Promise<{ days: number }> {
  const a = requireStaff(actor);
  if (!Number.isInteger(year) || year <= lastPackageYear() || year > lastPackageYear() + 5) {
    throw new DomainError("errors.invalid", { year: ["boardErrors.arrangementYear"] });
  }
  const parsed = parseArrangementText(year, text);
  if (parsed.errors.length) throw new ArrangementError(parsed.errors);
  if (!parsed.days.some((d) => d.kind === "HOLIDAY")) throw new DomainError("errors.invalid", { text: ["boardErrors.arrangementEmpty"] });
  return transaction(async (tx) => {
    const before = await tx.holidayArrangement.findMany({
      where: { year },
      select: { date: true, kind: true, name: true },
      orderBy: { date: "asc" },
    });
    await tx.holidayArrangement.deleteMany({ where: { year } });
    await tx.holidayArrangement.createMany({
      data: parsed.days.map((d: ArrangementDay) => ({ year, date: parseDay(d.day)!, kind: d.kind, name: d.name })),
    });
    await appendAudit(tx, {
      actor: a,
      action: "calendar.saveYear",
      entityType: "HolidayArrangement",
      entityId: String(year),
      before: before.length
        ? arrangementToText(before.map((r) => ({ day: formatDay(r.date), kind: r.kind as DayKind, name: r.name })))
        : null,
      after: arrangementToText(parsed.days),
    });
    return { days: parsed.days.length };
  });
}

export async function deleteHolidayYear(actor: Actor | null, year: number): Promise<void> {
  const a = requireStaff(actor);
  await transaction(async (tx) => {
    const before = await tx.holidayArrangement.findMany({ where: { year }, select: { date: true, kind: true, name: true } });
    if (!before.length) throw new DomainError("errors.notFound");
    await tx.holidayArrangement.deleteMany({ where: { year } });
    await appendAudit(tx, {
      actor: a,
      action: "calendar.deleteYear",
      entityType: "HolidayArrangement",
      entityId: String(year),
      before: arrangementToText(before.map((r) => ({ day: formatDay(r.date), kind: r.kind as DayKind, name: r.name }))),
    });
  });
}
