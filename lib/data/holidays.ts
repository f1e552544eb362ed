import "server-only";
// Staff-entered official holiday arrangements (HolidayArrangement) for years the built-in
// calendar does not know yet, and the working-day calendar built from them.
import { db, type Tx } from "../db/client";
import { transaction } from "../db/tx";
import { appendAudit } from "../audit/log";
import { requireStaff, type Actor } from "../auth/actor";
import { formatDay, parseDay } from "../calendar/dates";
import { arrangementToText } from "../calendar/arrangement-text";
import { arrangementToRows, checkArrangementRows, type ArrangementRow } from "../calendar/arrangement-rows";
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

/** A year's stored arrangement as the rows of the console's table. */
export async function getHolidayYearRows(actor: Actor | null, year: number): Promise<ArrangementRow[]> {
  requireStaff(actor);
  const rows = await db().holidayArrangement.findMany({ where: { year }, orderBy: { date: "asc" } });
  return arrangementToRows(rows.map((r) => ({ day: formatDay(r.date), kind: r.kind as DayKind, name: r.name })));
}

/**
 * Replaces one year's arrangement with the rows entered. Only for years after the built-in
 * calendar's own data (which is the official source for the years it has). A refusal names the
 * field of each wrong row ("rows.2.to") and stores nothing.
 */
export async function saveHolidayYear(actor: Actor | null, year: number, rows: readonly ArrangementRow[]): Promise<{ days: number }> {
  const a = requireStaff(actor);
  if (!Number.isInteger(year) || year <= lastPackageYear() || year > lastPackageYear() + 5) {
    throw new DomainError("errors.invalid", { year: ["calendar.errors.yearRange"] });
  }
  const checked = checkArrangementRows(year, rows);
  if (Object.keys(checked.errors).length) throw new DomainError("calendar.errors.invalid", checked.errors);
  return transaction(async (tx) => {
    const before = await tx.holidayArrangement.findMany({
      where: { year },
      select: { date: true, kind: true, name: true },
      orderBy: { date: "asc" },
    });
    await tx.holidayArrangement.deleteMany({ where: { year } });
    await tx.holidayArrangement.createMany({
      data: checked.days.map((d: ArrangementDay) => ({ year, date: parseDay(d.day)!, kind: d.kind, name: d.name })),
    });
    await appendAudit(tx, {
      actor: a,
      action: "calendar.saveYear",
      entityType: "HolidayArrangement",
      entityId: String(year),
      before: before.length
        ? arrangementToText(before.map((r) => ({ day: formatDay(r.date), kind: r.kind as DayKind, name: r.name })))
        : null,
      after: arrangementToText(checked.days),
    });
    return { days: checked.days.length };
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
