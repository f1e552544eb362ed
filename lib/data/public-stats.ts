import "server-only";
// 公开数据: the figures of selection and appointment work per year (北京时间 years), for the
// public statistics page and its CSV. Only counts and sums leave this module — never a name, a
// case's words or a per-person row — and every figure about one unit goes through small-count
// suppression (lib/statistics/suppress.ts). What is counted:
// - vacancies published: published at some point (never a draft), by the year of publication;
// - nominations received: every nomination submitted, by the year submitted, withdrawn ones not
//   counted; a total only (no tallies, no per-vacancy or per-unit figures);
// - 任职前公示 held: published (not withdrawn) pre-appointment notices, by their first day;
// - objections (公示反映 cases) received by the year filed, handled (closed or dismissed) by
//   the year finished; counts only, never a category, a notice or a person;
// - 任免 made: published appointment decisions, by the day decided;
// - training hours: the 学时 credited (lib/training/credit.ts: attended sessions of an admitted
//   sign-up in a published class — the same figure as the people's records), exact (tenths), by
//   the session's year;
// - satisfaction: published questions of closed surveys whose results are published
//   (publishedSatisfaction() in lib/data/survey/results.ts); under 5 judging answers 样本过少.
// The page reads these through the cache (lib/data/statistics-cache.ts).
import { db } from "../db/client";
import { now as clockNow } from "../calendar/clock";
import { shanghaiDay } from "../calendar/dates";
import { SUPPRESS_BELOW, satisfactionRate, suppressUnits, type UnitRow } from "../statistics/suppress";
import { publishedSatisfaction } from "./survey/results";
import { CREDITED_ATTENDANCE } from "../training/credit";

export interface YearFigures {
  year: number;
  vacancies: number;
  nominations: number;
  notices: number;
  objectionsReceived: number;
  objectionsHandled: number;
  appointments: number;
  /** 学时 × 10, exact. */
  trainingHoursTenths: number;
}

const UNIT_COLUMNS = ["vacancies", "appointments", "trainingHoursTenths"] as const;
type UnitColumn = (typeof UNIT_COLUMNS)[number];

export interface UnitYear {
  year: number;
  rows: UnitRow<UnitColumn>[];
  /** Units whose every figure was suppressed (not listed). */
  omitted: number;
}

interface SatisfactionFigure {
  year: number;
  survey: string;
  question: string;
  topic: string | null;
  /** Rate in tenths of a percent; null when fewer than 5 answered (样本过少). */
  permille: number | null;
  /** Answers counted in the rate (不了解 excluded). */
  answered: number;
}

export interface PublicStatistics {
  years: YearFigures[];
  units: UnitYear[];
  satisfaction: SatisfactionFigure[];
}

const EMPTY = (year: number): YearFigures => ({
  year,
  vacancies: 0,
  nominations: 0,
  notices: 0,
  objectionsReceived: 0,
  objectionsHandled: 0,
  appointments: 0,
  trainingHoursTenths: 0,
});

/** Received: every nomination but a withdrawn one. */
const NOMINATIONS = { status: { not: "WITHDRAWN" } };
/** 公示反映 cases; handled means closed or dismissed, in the year it was finished. */
const OBJECTIONS = { kind: "OBJECTION" };

/** The instant a Beijing year begins (00:00 on 1 January, UTC+8). */
const beijingYearStart = (year: number) => new Date(Date.UTC(year, 0, 1) - 8 * 3_600_000);
/** The Beijing year of an instant. */
const yearOfInstant = (d: Date) => shanghaiDay(d).year;
/** The year of a calendar day stored at 00:00 UTC (decidedOn, startsOn). */
const yearOfDay = (d: Date) => d.getUTCFullYear();

/** Per year and unit: raw sums with the distinct people behind them (training). */
type UnitAcc = Map<number, Map<string, { values: Record<UnitColumn, number>; people: Set<string> }>>;

function unitCell(acc: UnitAcc, year: number, unit: string) {
  let byUnit = acc.get(year);
  if (!byUnit) acc.set(year, (byUnit = new Map()));
  let row = byUnit.get(unit.trim());
  if (!row) byUnit.set(unit.trim(), (row = { values: { vacancies: 0, appointments: 0, trainingHoursTenths: 0 }, people: new Set() }));
  return row;
}

async function trainingRows() {
  const rows = await db().trainingAttendance.findMany({
    where: CREDITED_ATTENDANCE,
    select: { enrolment: { select: { userId: true } }, session: { select: { startsAt: true, hoursTenths: true } } },
  });
  const userIds = [...new Set(rows.map((r) => r.enrolment.userId))];
  const units = new Map<string, string>();
  // In slices: a long IN list is refused by SQLite past its variable limit.
  for (let i = 0; i < userIds.length; i += 500) {
    const users = await db().user.findMany({ where: { id: { in: userIds.slice(i, i + 500) } }, select: { id: true, workUnit: true } });
    for (const u of users) units.set(u.id, u.workUnit);
  }
  return rows.map((r) => ({
    year: yearOfInstant(r.session.startsAt),
    tenths: r.session.hoursTenths,
    person: r.enrolment.userId,
    unit: units.get(r.enrolment.userId) ?? "",
  }));
}

/**
 * Satisfaction per published question of each closed survey whose results staff published
 * (the survey module's publishedSatisfaction()), with the rate withheld under 5 judging answers.
 */
async function satisfactionFigures(): Promise<SatisfactionFigure[]> {
  return (await publishedSatisfaction()).flatMap(({ rows }) =>
    rows.map((r) => {
      const rate = satisfactionRate({ satisfied: r.counts.SATISFIED, basic: r.counts.BASIC, dissatisfied: r.counts.UNSATISFIED });
      return { year: r.year, survey: r.survey, question: r.question, topic: r.topic, permille: rate.permille, answered: rate.answered };
    }),
  );
}

/** Every year's figures, from the first year with any to the current Beijing year. */
export async function publicStatistics(now: Date = clockNow()): Promise<PublicStatistics> {
  const [vacancies, notices, appointments, training, satisfaction, firstNomination, firstObjection] = await Promise.all([
    db().vacancy.findMany({ where: { status: { not: "DRAFT" }, publishedAt: { not: null } }, select: { publishedAt: true, unit: true } }),
    db().notice.findMany({ where: { kind: "PRE_APPOINTMENT", status: "PUBLISHED" }, select: { startsOn: true, publishedAt: true } }),
    db().appointment.findMany({ where: { status: "PUBLISHED" }, select: { decidedOn: true, unit: true } }),
    trainingRows(),
    satisfactionFigures(),
    db().nomination.findFirst({ where: NOMINATIONS, orderBy: { submittedAt: "asc" }, select: { submittedAt: true } }),
    db().case.findFirst({ where: OBJECTIONS, orderBy: { createdAt: "asc" }, select: { createdAt: true } }),
  ]);

  const years = new Map<number, YearFigures>();
  const fig = (year: number) => {
    let y = years.get(year);
    if (!y) years.set(year, (y = EMPTY(year)));
    return y;
  };
  const units: UnitAcc = new Map();

  for (const v of vacancies) {
    const year = yearOfInstant(v.publishedAt!);
    fig(year).vacancies++;
    unitCell(units, year, v.unit).values.vacancies++;
  }
  for (const n of notices) {
    const first = n.startsOn ?? n.publishedAt;
    if (first) fig(n.startsOn ? yearOfDay(n.startsOn) : yearOfInstant(first)).notices++;
  }
  for (const a of appointments) {
    const year = yearOfDay(a.decidedOn);
    fig(year).appointments++;
    unitCell(units, year, a.unit).values.appointments++;
  }
  for (const t of training) {
    fig(t.year).trainingHoursTenths += t.tenths;
    const cell = unitCell(units, t.year, t.unit);
    cell.values.trainingHoursTenths += t.tenths;
    cell.people.add(t.person);
  }

  // Every year from the first with any figure to this year, none skipped (a gap reads as 0).
  const current = yearOfInstant(now);
  const known = [...years.keys(), ...satisfaction.map((s) => s.year)];
  if (firstNomination) known.push(yearOfInstant(firstNomination.submittedAt));
  if (firstObjection) known.push(yearOfInstant(firstObjection.createdAt));
  const first = Math.min(current, ...known);
  const last = Math.max(current, ...known);
  const list: YearFigures[] = [];
  for (let y = first; y <= last; y++) list.push(years.get(y) ?? EMPTY(y));
  // Nominations and objections can be many: counted per year by the database, not loaded.
  await Promise.all(
    list.map(async (f) => {
      const within = { gte: beijingYearStart(f.year), lt: beijingYearStart(f.year + 1) };
      [f.nominations, f.objectionsReceived, f.objectionsHandled] = await Promise.all([
        db().nomination.count({ where: { ...NOMINATIONS, submittedAt: within } }),
        db().case.count({ where: { ...OBJECTIONS, createdAt: within } }),
        db().case.count({ where: { ...OBJECTIONS, status: { in: ["CLOSED", "DISMISSED"] }, closedAt: within } }),
      ]);
    }),
  );

  const threshold = { vacancies: SUPPRESS_BELOW, appointments: SUPPRESS_BELOW, trainingHoursTenths: SUPPRESS_BELOW * 10 };
  const unitYears: UnitYear[] = [...units.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, byUnit]) => {
      // A blank unit stays a row ("未注明单位"): dropping it would hide its figures from the
      // complementary suppression, which counts what the total minus the shown figures reveals.
      const raw = [...byUnit.entries()]
        .sort(([a], [b]) => a.localeCompare(b, "zh-CN"))
        .map(([unit, r]) => ({ unit, values: r.values, guard: { trainingHoursTenths: r.people.size } }));
      const { rows, omitted } = suppressUnits(raw, UNIT_COLUMNS, threshold);
      return { year, rows, omitted };
    });

  return { years: list, units: unitYears, satisfaction };
}
