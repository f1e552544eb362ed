// Form schemas of the four boards staff publish (policies, vacancies, notices, appointments)
// and of a year's holiday arrangement. Shared by the console forms' server actions and the
// data layer's types. Error messages are catalog keys (errors.* or boardErrors.*).
import { z } from "zod";
import { APPOINTMENT_KINDS, GENDERS, MAX_NOTICE_ENTRIES, POLICY_CATEGORIES } from "./board-values";
import { parseDay, parseShanghaiDateTime } from "../calendar/dates";
import { MIN_NOTICE_WORKING_DAYS } from "../calendar/notice-period";
import { checkbox, E, optionalText, recordId, text } from "./common";
import { bodyHasText, bodyTextLength } from "../markdown/body-text";
import { CADRE_LEVELS, EDUCATIONS, levelRank } from "./qualifications";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim() : v);

/** A whole number typed in a form, within [min, max]; `message` is shown for anything else. */
export const intField = (min: number, max: number, message: string) =>
  z.preprocess(
    (v) => blankToUndefined(v) ?? "",
    z
      .string()
      .min(1, E.required)
      .regex(/^\d+$/, message)
      .transform(Number)
      .refine((n) => n >= min && n <= max, message),
  );

export const optionalInt = (min: number, max: number, message: string) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^\d+$/, message)
      .transform(Number)
      .refine((n) => n >= min && n <= max, message)
      .optional(),
  );

export const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => blankToUndefined(v) ?? "", z.string().min(1, E.required).pipe(z.enum(values, E.invalid)));

export const optionalChoice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(blankToUndefined, z.enum(values, E.invalid).optional());

// Sane ranges for typed dates: a document issued from the Party's founding year on, a window
// from 2000 on; nothing more than a few years ahead (no policy "issued" on 9999-12-31).
const FIRST_DAY_YEAR = 1921;
const FIRST_WINDOW_YEAR = 2000;
function inYears(d: Date, first: number, yearsAhead: number): boolean {
  const y = d.getUTCFullYear();
  return y >= first && y <= new Date().getUTCFullYear() + yearsAhead;
}

/** A calendar day typed as YYYY-MM-DD (an <input type="date">) → Date at UTC midnight. */
export const dayField = z.preprocess(
  (v) => blankToUndefined(v) ?? "",
  z
    .string()
    .min(1, E.required)
    .transform((s, ctx) => {
      const d = parseDay(s);
      if (!d) {
        ctx.addIssue({ code: "custom", message: "boardErrors.day" });
        return z.NEVER;
      }
      if (!inYears(d, FIRST_DAY_YEAR, 2)) {
        ctx.addIssue({ code: "custom", message: "errors.dayRange" });
        return z.NEVER;
      }
      return d;
    }),
);

/** A Beijing date and time typed in an <input type="datetime-local"> → instant. */
export const dateTimeField = z.preprocess(
  (v) => blankToUndefined(v) ?? "",
  z
    .string()
    .min(1, E.required)
    .transform((s, ctx) => {
      const d = parseShanghaiDateTime(s);
      if (!d) {
        ctx.addIssue({ code: "custom", message: "boardErrors.dateTime" });
        return z.NEVER;
      }
      if (!inYears(d, FIRST_WINDOW_YEAR, 3)) {
        ctx.addIssue({ code: "custom", message: "errors.dateTimeRange" });
        return z.NEVER;
      }
      return d;
    }),
);

const optionalId = z.preprocess(blankToUndefined, z.string().max(40, E.invalid).optional());
// A body from the toolbar editor (HTML) or typed before it (Markdown). Required means some
// visible text (an emptied editor may still send "<p></p>"); the limit counts the text a reader
// sees, so that tags around table cells do not eat it, and the markup as a whole is held to four
// times the limit so that nothing unbounded is stored. Sanitized on save by the data layer.
const richBody = (max: number, required = true) =>
  z.preprocess(
    (v) => (typeof v === "string" && bodyHasText(v) ? v.trim() : ""),
    z
      .string()
      .min(required ? 1 : 0, { message: E.required, abort: true })
      .max(max * 4, { message: E.tooLong, abort: true })
      .refine((s) => bodyTextLength(s) <= max, E.tooLong),
  );

// ---------------------------------------------------------------------------------------------
// 政策法规

export const policySchema = z.object({
  title: text(200),
  category: choice(POLICY_CATEGORIES),
  issuer: text(100),
  docNumber: optionalText(60),
  issuedOn: dayField,
  body: richBody(100_000),
});
export type PolicyInput = z.infer<typeof policySchema>;

// ---------------------------------------------------------------------------------------------
// 空缺岗位

export const vacancySchema = z
  .object({
    post: text(100),
    unit: text(100),
    level: choice(CADRE_LEVELS),
    headcount: intField(1, 50, "boardErrors.headcount"),
    duties: richBody(10_000),
    qualifications: richBody(10_000),
    maxAge: optionalInt(20, 65, "boardErrors.maxAge"),
    minEducation: optionalChoice(EDUCATIONS),
    requiredLevel: optionalChoice(CADRE_LEVELS),
    minYearsAtLevel: optionalInt(0, 30, "boardErrors.minYears"),
    opensAt: dateTimeField,
    closesAt: dateTimeField,
    maxPerNominator: optionalInt(1, 50, "boardErrors.maxPerNominator"),
  })
  .superRefine((v, ctx) => {
    // zod runs this check even when a field failed (its issues do not abort): a cleared
    // 推荐开始时间 arrives here as no Date at all.
    if (v.opensAt instanceof Date && v.closesAt instanceof Date && v.closesAt.getTime() <= v.opensAt.getTime()) {
      ctx.addIssue({ code: "custom", path: ["closesAt"], message: "boardErrors.windowOrder" });
    }
    if (v.requiredLevel && levelRank(v.requiredLevel) > levelRank(v.level)) {
      ctx.addIssue({ code: "custom", path: ["requiredLevel"], message: "boardErrors.requiredLevelAbovePost" });
    }
    if (v.minYearsAtLevel !== undefined && !v.requiredLevel) {
      ctx.addIssue({ code: "custom", path: ["minYearsAtLevel"], message: "boardErrors.minYearsNeedsLevel" });
    }
    if (v.maxPerNominator !== undefined && v.maxPerNominator > v.headcount) {
      ctx.addIssue({ code: "custom", path: ["maxPerNominator"], message: "boardErrors.maxPerNominatorAboveHeadcount" });
    }
  })
  // By default a nominator may name as many people as the post has places.
  .transform((v) => ({ ...v, maxPerNominator: v.maxPerNominator ?? v.headcount }));
export type VacancyInput = z.infer<typeof vacancySchema>;

// ---------------------------------------------------------------------------------------------
// 公告公示

export const noticeEntrySchema = z.object({
  name: text(40),
  gender: choice(GENDERS),
  birthYearMonth: z.preprocess(
    (v) => blankToUndefined(v) ?? "",
    z
      .string()
      .min(1, E.required)
      .refine((s) => {
        const m = /^(\d{4})-(\d{2})$/.exec(s);
        if (!m) return false;
        const [y, mo] = [Number(m[1]), Number(m[2])];
        return y >= 1940 && y <= new Date().getUTCFullYear() - 18 && mo >= 1 && mo <= 12;
      }, "boardErrors.birthYearMonth"),
  ),
  education: text(60),
  currentPost: text(200),
  proposedPost: text(200),
});

const noticeBase = {
  title: text(200),
  body: richBody(50_000),
  vacancyId: optionalId,
};

export const noticeSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("GENERAL"), ...noticeBase }),
    z.object({
      kind: z.literal("PRE_APPOINTMENT"),
      ...noticeBase,
      startsOn: dayField,
      workingDays: intField(MIN_NOTICE_WORKING_DAYS, 30, "boardErrors.workingDays"),
      contact: text(300),
      entries: z.array(noticeEntrySchema).min(1, "boardErrors.entriesRequired").max(MAX_NOTICE_ENTRIES, "boardErrors.tooManyEntries"),
    }),
  ],
  { error: () => ({ message: E.required }) },
);
export type NoticeInput = z.infer<typeof noticeSchema>;

/**
 * Flat form fields ("entry.0.name", "entry.1.gender" …) → the object noticeSchema reads. Rows
 * keep their order and positions, so an error on "entries.2.name" marks the form's third row;
 * the form removes a row with its own button, and a blank row is reported, not skipped.
 */
export function noticeFormObject(values: Record<string, string>): Record<string, unknown> {
  const rows = new Map<number, Record<string, string>>();
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    const m = /^entry\.(\d{1,2})\.(\w+)$/.exec(k);
    if (!m) {
      out[k] = v;
      continue;
    }
    const i = Number(m[1]);
    if (!rows.has(i)) rows.set(i, {});
    rows.get(i)![m[2]] = v;
  }
  out.entries = [...rows.entries()].sort(([a], [b]) => a - b).map(([, r]) => r);
  return out;
}

// ---------------------------------------------------------------------------------------------
// 干部人事任免

export const appointmentSchema = z
  .object({
    kind: choice(APPOINTMENT_KINDS),
    personName: text(40),
    post: text(200),
    unit: text(100),
    docNumber: optionalText(60),
    decidedOn: dayField,
    body: richBody(20_000, false),
    vacancyId: optionalId,
    noticeId: optionalId,
    // The person of a 任职前公示 this 任命 follows (the 任免 gate checks their 公示 and objections).
    noticeEntryId: optionalId,
    // 试用期: a newly promoted appointment to a non-elected leading post (one year, 条例).
    probation: checkbox.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.probation && v.kind !== "APPOINT")
      ctx.addIssue({ code: "custom", path: ["probation"], message: "loop.errors.probationOnlyAppoint" });
  });
export type AppointmentInput = z.infer<typeof appointmentSchema>;

// ---------------------------------------------------------------------------------------------
// Reasons and ids

export const cancelSchema = z.object({ id: recordId, reason: text(500) });
