import "server-only";
// 干部教育培训 reports for staff: attendance and 学时 per class, per unit and per year, and the
// same tables as .xlsx. Attendance counts every mark (it happened); 认定学时 counts only what
// lib/training/credit.ts credits (attended sessions of an admitted sign-up) — the same figure as the
// people's own records and 公开数据. Hours are summed as integers
// (tenths of a 学时, TrainingSession.hoursTenths), so 0.1 + 0.2 is 0.3 here, not 0.30000000000000004.
// The year of an attendance is the Beijing year of its session's start. A person's unit is their
// account's work unit as it is now. Cancelled classes are left out: nothing of them took place.
import { db } from "../../db/client";
import { transaction } from "../../db/tx";
import { appendAudit } from "../../audit/log";
import { requireStaff, type Actor } from "../../auth/actor";
import { shanghaiDay } from "../../calendar/dates";
import type { Table } from "../../nominations/spreadsheet";
import { formatHours } from "../../training/hours";
import { creditsHours } from "../../training/credit";

export interface ClassReportRow {
  classId: string;
  title: string;
  organizer: string;
  status: string;
  sessions: number;
  /** 学时 offered: the sum of the class's sessions (in the year). */
  offeredTenths: number;
  /** Approved sign-ups. */
  approved: number;
  /** People present at one session at least. */
  attendees: number;
  /** Attendance marks (one per person and session). */
  attendances: number;
  /** Attendance over (approved × sessions), in whole per cent; null with nobody approved or no session. */
  rate: number | null;
  /** 学时 credited: the sum of the attended sessions' hours (lib/training/credit.ts). */
  creditedTenths: number;
}

export interface UnitReportRow {
  unit: string;
  people: number;
  attendances: number;
  creditedTenths: number;
}

export interface YearReportRow {
  year: number;
  classes: number;
  sessions: number;
  people: number;
  attendances: number;
  creditedTenths: number;
}

export interface TrainingReport {
  year: number | null;
  classes: ClassReportRow[];
  units: UnitReportRow[];
  years: YearReportRow[];
  total: { people: number; attendances: number; creditedTenths: number };
}

const yearOf = (d: Date) => shanghaiDay(d).year;

/**
 * The three tables, for one year (by its sessions) or for all years (year null). The per-year
 * table always covers every year, so the one asked for can be read against the others.
 */
export async function trainingReport(actor: Actor | null, year: number | null): Promise<TrainingReport> {
  requireStaff(actor);
  const classes = await db().trainingClass.findMany({
    where: { status: { not: "CANCELLED" } },
    select: {
      id: true,
      title: true,
      organizer: true,
      status: true,
      sessions: {
        select: {
          id: true,
          startsAt: true,
          hoursTenths: true,
          attendances: { select: { enrolment: { select: { userId: true, status: true } } } },
        },
      },
      _count: { select: { enrolments: { where: { status: "APPROVED" } } } },
    },
  });

  // A sign-up names its person by id only: their units in one read.
  const userIds = new Set(classes.flatMap((c) => c.sessions.flatMap((s) => s.attendances.map((a) => a.enrolment.userId))));
  const unitOf = new Map(
    (await db().user.findMany({ where: { id: { in: [...userIds] } }, select: { id: true, workUnit: true } })).map((u) => [
      u.id,
      u.workUnit,
    ]),
  );
  const classRows: ClassReportRow[] = [];
  const units = new Map<string, { people: Set<string>; attendances: number; tenths: number }>();
  const years = new Map<number, { classes: Set<string>; sessions: number; people: Set<string>; attendances: number; tenths: number }>();
  const everyone = new Set<string>();
  let totalAttendances = 0;
  let totalTenths = 0;

  for (const c of classes) {
    const inYear = c.sessions.filter((s) => year === null || yearOf(s.startsAt) === year);
    for (const s of c.sessions) {
      const y = yearOf(s.startsAt);
      const yr = years.get(y) ?? { classes: new Set(), sessions: 0, people: new Set(), attendances: 0, tenths: 0 };
      yr.classes.add(c.id);
      yr.sessions++;
      for (const a of s.attendances) {
        yr.people.add(a.enrolment.userId);
        yr.attendances++;
        if (creditsHours(a.enrolment.status, c.status)) yr.tenths += s.hoursTenths;
      }
      years.set(y, yr);
    }
    if (inYear.length === 0) continue;
    const attendees = new Set<string>();
    let attendances = 0;
    let credited = 0;
    for (const s of inYear) {
      for (const a of s.attendances) {
        attendees.add(a.enrolment.userId);
        everyone.add(a.enrolment.userId);
        attendances++;
        const earned = creditsHours(a.enrolment.status, c.status) ? s.hoursTenths : 0;
        credited += earned;
        const unit = unitOf.get(a.enrolment.userId)?.trim() || "—";
        const u = units.get(unit) ?? { people: new Set(), attendances: 0, tenths: 0 };
        u.people.add(a.enrolment.userId);
        u.attendances++;
        u.tenths += earned;
        units.set(unit, u);
      }
    }
    totalAttendances += attendances;
    totalTenths += credited;
    const possible = c._count.enrolments * inYear.length;
    classRows.push({
      classId: c.id,
      title: c.title,
      organizer: c.organizer,
      status: c.status,
      sessions: inYear.length,
      offeredTenths: inYear.reduce((sum, s) => sum + s.hoursTenths, 0),
      approved: c._count.enrolments,
      attendees: attendees.size,
      attendances,
      rate: possible > 0 ? Math.round((attendances * 100) / possible) : null,
      creditedTenths: credited,
    });
  }

  const firstStart = new Map(classes.map((c) => [c.id, Math.min(...c.sessions.map((s) => s.startsAt.getTime()))]));
  classRows.sort((a, b) => (firstStart.get(a.classId) ?? 0) - (firstStart.get(b.classId) ?? 0) || a.title.localeCompare(b.title, "zh-CN"));

  return {
    year,
    classes: classRows,
    units: [...units.entries()]
      .map(([unit, u]) => ({ unit, people: u.people.size, attendances: u.attendances, creditedTenths: u.tenths }))
      .sort((a, b) => b.creditedTenths - a.creditedTenths || a.unit.localeCompare(b.unit, "zh-CN")),
    years: [...years.entries()]
      .map(([y, r]) => ({
        year: y,
        classes: r.classes.size,
        sessions: r.sessions,
        people: r.people.size,
        attendances: r.attendances,
        creditedTenths: r.tenths,
      }))
      .sort((a, b) => b.year - a.year),
    total: { people: everyone.size, attendances: totalAttendances, creditedTenths: totalTenths },
  };
}

/** Years that have sessions, newest first (the report's year choice). */
export async function trainingYears(actor: Actor | null): Promise<number[]> {
  requireStaff(actor);
  const sessions = await db().trainingSession.findMany({ select: { startsAt: true }, where: { class: { status: { not: "CANCELLED" } } } });
  return [...new Set(sessions.map((s) => yearOf(s.startsAt)))].sort((a, b) => b - a);
}

export const REPORT_KINDS = ["classes", "units", "years"] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

const STATUS: Record<string, string> = { DRAFT: "草稿", PUBLISHED: "已发布", FINISHED: "已结束", CANCELLED: "已取消" };

/**
 * One of the report's tables as a spreadsheet (Chinese headers whatever the interface language:
 * the files go into the department's records). 学时 are written as exact decimal text converted
 * to a number of one decimal place. Audited, like every export.
 */
export async function exportTrainingReport(actor: Actor | null, kind: ReportKind, year: number | null): Promise<Table> {
  const a = requireStaff(actor);
  const r = await trainingReport(a, year);
  const span = year === null ? "全部年度" : `${year}年度`;
  const hours = (t: number) => Number(formatHours(t));
  let table: Table;
  if (kind === "classes") {
    table = {
      title: `干部教育培训按培训班统计（${span}）`,
      headers: [
        "序号",
        "培训班",
        "主办单位",
        "状态",
        "课次",
        "安排学时",
        "录取人数",
        "参训人数",
        "出勤人次",
        "出勤率（%）",
        "认定学时合计",
      ],
      rows: [
        ...r.classes.map((c, i) => [
          i + 1,
          c.title,
          c.organizer,
          STATUS[c.status] ?? c.status,
          c.sessions,
          hours(c.offeredTenths),
          c.approved,
          c.attendees,
          c.attendances,
          c.rate,
          hours(c.creditedTenths),
        ]),
        ["合计", "", "", "", null, null, null, r.total.people, r.total.attendances, null, hours(r.total.creditedTenths)],
      ],
    };
  } else if (kind === "units") {
    table = {
      title: `干部教育培训按单位统计（${span}）`,
      headers: ["序号", "单位", "参训人数", "出勤人次", "认定学时合计"],
      rows: [
        ...r.units.map((u, i) => [i + 1, u.unit, u.people, u.attendances, hours(u.creditedTenths)]),
        ["合计", "", r.total.people, r.total.attendances, hours(r.total.creditedTenths)],
      ],
    };
  } else {
    table = {
      title: "干部教育培训按年度统计",
      headers: ["年度", "培训班", "课次", "参训人数", "出勤人次", "认定学时合计"],
      rows: r.years.map((y) => [y.year, y.classes, y.sessions, y.people, y.attendances, hours(y.creditedTenths)]),
    };
  }
  await transaction((tx) =>
    appendAudit(tx, {
      actor: a,
      action: "export.training",
      entityType: "TrainingClass",
      entityId: null,
      after: { report: kind, year, rows: table.rows.length },
    }),
  );
  return table;
}
