import "server-only";
import { db } from "../db/client";
import { requireStaff, type Actor } from "../auth/actor";
import { KEY_HOLDING_STATUSES, type NominationStatus } from "../state/nomination";
import { now as clockNow } from "../calendar/clock";
import { addDays, birthBoundsForAge, parseDay, shanghaiDayStart } from "../calendar/dates";
import { parseFlags } from "../nominations/precheck";
import { effectiveStatus, isDecidable } from "../nominations/rules";
import { CADRE_LEVELS, SUITABLE_FIELDS } from "../nominations/scales";
import { expireDueNominations } from "./nominations";
import { CANDIDATE_PROFILE } from "./candidate-fields";
import { pageOf, pageWindow } from "./paging";

// 人才库: non-targeted nominations, filterable by field, unit, level, age and date, the live
// ones apart from the expired ones (a recommendation is valid for one year). Staff only.

export const POOL_PAGE_SIZE = 30;
const KEY_HOLDING = KEY_HOLDING_STATUSES as NominationStatus[];

export interface PoolFilters {
  field?: string;
  unit?: string;
  level?: string;
  minAge?: number;
  maxAge?: number;
  from?: string; // YYYY-MM-DD, submitted on or after (Shanghai day)
  to?: string; // YYYY-MM-DD, submitted on or before
  expired?: boolean;
}

/** Filters from a query string, ignoring anything malformed rather than failing the page. */
export function poolFiltersFrom(params: Record<string, string | undefined>): PoolFilters {
  const int = (v?: string) => (v && /^\d{1,3}$/.test(v) ? Number(v) : undefined);
  const day = (v?: string) => (v && parseDay(v) ? v : undefined);
  return {
    field: (SUITABLE_FIELDS as readonly string[]).includes(params.field ?? "") ? params.field : undefined,
    unit: params.unit?.trim().slice(0, 60) || undefined,
    level: (CADRE_LEVELS as readonly string[]).includes(params.level ?? "") ? params.level : undefined,
    minAge: int(params.minAge),
    maxAge: int(params.maxAge),
    from: day(params.from),
    to: day(params.to),
    expired: params.tab === "expired",
  };
}

/** The Prisma filter for the pool; shared with the export so both list the same rows. */
export function poolWhere(f: PoolFilters, at: Date) {
  const birth = birthBoundsForAge(at, f.minAge, f.maxAge);
  const from = f.from ? shanghaiDayStart(f.from)! : undefined;
  const to = f.to ? shanghaiDayStart(addDays(f.to, 1))! : undefined;
  return {
    kind: "OPEN",
    ...(f.expired
      ? { OR: [{ status: "EXPIRED" }, { status: { in: KEY_HOLDING }, expiresAt: { lte: at } }] }
      : { status: { in: KEY_HOLDING }, expiresAt: { gt: at } }),
    ...(f.field ? { suitableField: f.field } : {}),
    ...(from || to ? { submittedAt: { ...(from ? { gte: from } : {}), ...(to ? { lt: to } : {}) } } : {}),
    ...(f.unit || f.level || birth.earliest || birth.latest
      ? {
          candidate: {
            ...(f.unit ? { workUnit: { contains: f.unit } } : {}),
            ...(f.level ? { currentLevel: f.level } : {}),
            ...(birth.earliest || birth.latest
              ? { birthDate: { ...(birth.earliest ? { gte: birth.earliest } : {}), ...(birth.latest ? { lte: birth.latest } : {}) } }
              : {}),
          },
        }
      : {}),
  };
}

export const poolSelect = {
  id: true,
  receiptNo: true,
  status: true,
  isSelf: true,
  relationship: true,
  suitableField: true,
  flags: true,
  submittedAt: true,
  expiresAt: true,
  reviewNote: true,
  candidate: { select: { id: true, ...CANDIDATE_PROFILE } },
  nominator: { select: { realName: true, workUnit: true } },
} as const;

export async function listTalentPool(actor: Actor | null, filters: PoolFilters, opts: { page?: number; now?: Date } = {}) {
  requireStaff(actor);
  const at = opts.now ?? clockNow();
  // Write EXPIRED on what is due, so the keys of year-old recommendations are released.
  await expireDueNominations(at);
  const w = pageWindow(opts.page, POOL_PAGE_SIZE);
  const where = poolWhere(filters, at);
  const [total, rows, expiredCount] = await Promise.all([
    db().nomination.count({ where }),
    db().nomination.findMany({
      where,
      orderBy: [{ submittedAt: "desc" }, { id: "asc" }],
      skip: w.skip,
      take: w.take,
      select: poolSelect,
    }),
    db().nomination.count({ where: poolWhere({ ...filters, expired: !filters.expired }, at) }),
  ]);
  return {
    ...pageOf(total, w),
    otherTabTotal: expiredCount,
    rows: rows.map((r) => ({ ...r, flags: parseFlags(r.flags), status: effectiveStatus(r, at), canDecide: isDecidable(r, at) })),
  };
}
