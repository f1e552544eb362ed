import "server-only";
import zh from "../../messages/zh-CN/nominations.json";
import { db } from "../db/client";
import { transaction } from "../db/tx";
import { appendAudit } from "../audit/log";
import { CANDIDATE_WITH_PHONE, type CandidateSummary } from "./candidate-fields";
import { requireStaff, type Actor } from "../auth/actor";
import { now as clockNow } from "../calendar/clock";
import { ageOn, formatDay, shanghaiDateTimeText, shanghaiToday } from "../calendar/dates";
import { parseFlags, type PrecheckFlag } from "../nominations/precheck";
import { effectiveStatus } from "../nominations/rules";
import { parseNominee } from "../nominations/snapshot";
import type { Cell, Table } from "../nominations/spreadsheet";
import { NotFoundError } from "./errors";
import { vacancyTally } from "./nomination-review";
import { poolSelect, poolWhere, type PoolFilters } from "./talent-pool";

// Department exports: a vacancy's tally, a vacancy's nominations, the talent pool. Staff
// only (checked here and again by the route handlers); each export is written to the audit
// log, because it carries who nominated whom. Headers and labels are Chinese whatever the
// interface language: the files go into the department's own records.

export const EXPORT_ROW_LIMIT = 50_000;

const L = zh.nominations;
const GENDER: Record<string, string> = { M: "男", F: "女" };
const label = (table: Record<string, string>, key: string | null | undefined) => (key ? (table[key] ?? key) : "");

/** "2026-03-14 09:30" in Beijing time. */
const dateTime = (d: Date | null) => (d ? shanghaiDateTimeText(d) : "");

function flagText(flags: PrecheckFlag[]): string {
  return flags
    .map((f) => {
      const tpl = L.flag[f.code];
      const limit = typeof f.limit === "string" ? label({ ...L.level, ...L.education }, f.limit) : String(f.limit);
      const actual = typeof f.actual === "string" ? label({ ...L.level, ...L.education }, f.actual) : String(f.actual);
      return tpl.replace("{limit}", limit).replace("{actual}", actual);
    })
    .join("；");
}

async function audited(actor: Actor, action: string, entityType: string, entityId: string | null, after: unknown) {
  await transaction((tx) => appendAudit(tx, { actor, action, entityType, entityId, after }));
}

async function vacancyTitle(id: string) {
  const v = await db().vacancy.findUnique({ where: { id }, select: { post: true, unit: true } });
  if (!v) throw new NotFoundError();
  return `${v.unit}${v.post}`;
}

export async function exportVacancyTally(actor: Actor | null, vacancyId: string): Promise<Table> {
  const a = requireStaff(actor);
  const title = await vacancyTitle(vacancyId);
  const tally = await vacancyTally(a, vacancyId);
  await audited(a, "export.tally", "Vacancy", vacancyId, { rows: tally.length });
  return {
    title: `${title}推荐计票`,
    headers: [
      "序号",
      "姓名",
      "性别",
      "出生日期",
      "工作单位",
      "现任职务",
      "现职级",
      "学历",
      "推荐人数（不重复）",
      "已受理推荐人数",
      "是否自荐",
      "预审提示条数",
      "考察对象",
    ],
    rows: tally.map((t, i) => [
      i + 1,
      t.name,
      label(GENDER, t.gender),
      formatDay(t.birthDate),
      t.workUnit,
      t.currentPost,
      label(L.level, t.currentLevel),
      label(L.education, t.education),
      t.nominators,
      t.accepted,
      t.selfNominated ? "是" : "否",
      t.flagged,
      t.shortlisted ? "是" : "否",
    ]),
  };
}

const NOMINATION_HEADERS = [
  "回执编号",
  "提交时间",
  "状态",
  "被推荐人",
  "性别",
  "出生日期",
  "工作单位",
  "现任职务",
  "现职级",
  "任现职级年限",
  "学历",
  "推荐人",
  "推荐人单位",
  "与被推荐人关系",
  "是否自荐",
  "德",
  "能",
  "勤",
  "绩",
  "廉",
  "资格预审提示",
  "审核意见",
];

const nominationSelect = {
  receiptNo: true,
  submittedAt: true,
  status: true,
  expiresAt: true,
  isSelf: true,
  relationship: true,
  suitableField: true,
  reasonDe: true,
  reasonNeng: true,
  reasonQin: true,
  reasonJi: true,
  reasonLian: true,
  flags: true,
  reviewNote: true,
  nominee: true,
  candidate: { select: CANDIDATE_WITH_PHONE },
  nominator: { select: { realName: true, workUnit: true } },
} as const;

type NominationRow = {
  receiptNo: string;
  submittedAt: Date;
  status: string;
  expiresAt: Date | null;
  isSelf: boolean;
  relationship: string;
  reasonDe: string;
  reasonNeng: string;
  reasonQin: string;
  reasonJi: string;
  reasonLian: string;
  flags: string;
  reviewNote: string | null;
  nominee: string;
  candidate: CandidateSummary & { yearsAtLevel: number; phone?: string | null };
  nominator: { realName: string; workUnit: string };
};

/** One nomination as a row; the nominee columns are what this nominator stated. */
function nominationCells(n: NominationRow, at: Date): Cell[] {
  const p = parseNominee(n.nominee, n.candidate);
  return [
    n.receiptNo,
    dateTime(n.submittedAt),
    label(L.status, effectiveStatus(n, at)),
    p.name,
    label(GENDER, p.gender),
    formatDay(p.birthDate),
    p.workUnit,
    p.currentPost,
    label(L.level, p.currentLevel),
    p.yearsAtLevel,
    label(L.education, p.education),
    n.nominator.realName,
    n.nominator.workUnit,
    label(L.relationship, n.relationship),
    n.isSelf ? "是" : "否",
    n.reasonDe,
    n.reasonNeng,
    n.reasonQin,
    n.reasonJi,
    n.reasonLian,
    flagText(parseFlags(n.flags)),
    n.reviewNote ?? "",
  ];
}

export async function exportVacancyNominations(actor: Actor | null, vacancyId: string, opts: { now?: Date } = {}): Promise<Table> {
  const a = requireStaff(actor);
  const at = opts.now ?? clockNow();
  const title = await vacancyTitle(vacancyId);
  const rows = await db().nomination.findMany({
    where: { vacancyId, status: { notIn: ["WITHDRAWN"] } },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    take: EXPORT_ROW_LIMIT,
    select: nominationSelect,
  });
  await audited(a, "export.nominations", "Vacancy", vacancyId, { rows: rows.length });
  return { title: `${title}推荐明细`, headers: NOMINATION_HEADERS, rows: rows.map((n) => nominationCells(n, at)) };
}

export async function exportTalentPool(actor: Actor | null, filters: PoolFilters, opts: { now?: Date } = {}): Promise<Table> {
  const a = requireStaff(actor);
  const at = opts.now ?? clockNow();
  const rows = await db().nomination.findMany({
    where: poolWhere(filters, at),
    orderBy: [{ submittedAt: "desc" }, { id: "asc" }],
    take: EXPORT_ROW_LIMIT,
    select: { ...nominationSelect, ...poolSelect },
  });
  await audited(a, "export.talentPool", "Nomination", null, { rows: rows.length, filters });
  const headers = [
    ...NOMINATION_HEADERS.slice(0, 3),
    "有效期至",
    ...NOMINATION_HEADERS.slice(3, 6),
    "年龄",
    ...NOMINATION_HEADERS.slice(6, 11),
    "适合岗位类别",
    ...NOMINATION_HEADERS.slice(11),
  ];
  return {
    title: filters.expired ? "人才库（已过期）" : "人才库",
    headers,
    rows: rows.map((n) => {
      const cells = nominationCells(n, at);
      return [
        ...cells.slice(0, 3),
        n.expiresAt ? shanghaiToday(n.expiresAt) : "",
        ...cells.slice(3, 6),
        ageOn(parseNominee(n.nominee, n.candidate).birthDate, at),
        ...cells.slice(6, 11),
        label(L.field, n.suitableField),
        ...cells.slice(11),
      ];
    }),
  };
}
