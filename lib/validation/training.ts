// Form schemas of the 干部教育培训 console (lib/data/training/classes.ts): a class, one of its
// sessions, a material, a decision on sign-ups and a mark on the attendance list. Error messages
// are catalog keys (errors.* or trainingAdmin.errors.*), shown under the field in Chinese.
import { z } from "zod";
import { choice, dateTimeField, intField } from "./boards";
import { E, optionalText, recordId, selectedRows, text } from "./common";
import { CADRE_LEVELS } from "./qualifications";
import { bodyHasText, bodyTextLength } from "../markdown/body-text";
import { ENROLMENT_DECISIONS } from "../state/training";
import { MAX_DESCRIPTION, TRAINING_KINDS } from "./training-values";

/** Sign-ups decided at once by the bulk approve (one page of the list). */
export const MAX_BULK_DECISIONS = 200;
/** Units a class may be limited to. */
export const MAX_ELIGIBLE_UNITS = 50;
/** The capacity a class may have (a big 网络学习 class included). */
export const MAX_CAPACITY = 10_000;
/** 学时 of one session: at most 24.0, in steps of 0.1. */
export const MAX_SESSION_TENTHS = 240;

const ERR = "trainingAdmin.errors";

const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

/** An http(s) address as typed; anything else (javascript:, data:, a bare word) is refused. */
const webAddress = z
  .string()
  .max(500, E.tooLong)
  .refine((s) => {
    try {
      const u = new URL(s);
      return (u.protocol === "https:" || u.protocol === "http:") && !!u.hostname && !u.username && !u.password;
    } catch {
      return false;
    }
  }, `${ERR}.url`);

const optionalUrl = z.preprocess((v) => (blank(v) ? undefined : String(v).trim()), webAddress.optional());

/** The levels ticked (one checkbox per level, each sent as "eligibleLevels"). */
const levels = z.preprocess(
  (v) => (blank(v) ? [] : [v].flat()),
  z.array(z.enum(CADRE_LEVELS, `${ERR}.level`)).transform((xs) => CADRE_LEVELS.filter((l) => xs.includes(l))),
);

/** Units, one a line in a textarea; blank lines and repeats dropped. */
const units = z.preprocess(
  (v) =>
    typeof v === "string"
      ? [
          ...new Set(
            v
              .split("\n")
              .map((s) => s.trim())
              .filter(Boolean),
          ),
        ]
      : [],
  z.array(z.string().max(100, `${ERR}.unitTooLong`)).max(MAX_ELIGIBLE_UNITS, `${ERR}.tooManyUnits`),
);

export const trainingClassSchema = z
  .object({
    title: text(200),
    organizer: text(100),
    kind: choice(TRAINING_KINDS),
    place: optionalText(200),
    onlineUrl: optionalUrl,
    // The toolbar editor's HTML (or plain text): the limit counts what a reader sees, the markup
    // has its own generous cap; an editor left empty ("<p></p>") is no description.
    description: z.preprocess(
      (v) => (typeof v === "string" && bodyHasText(v) ? v.trim() : ""),
      z
        .string()
        .max(200_000, E.tooLong)
        .refine((v) => bodyTextLength(v) <= MAX_DESCRIPTION, E.tooLong),
    ),
    capacity: intField(1, MAX_CAPACITY, `${ERR}.capacity`),
    eligibleLevels: levels,
    eligibleUnits: units,
    signupOpensAt: dateTimeField,
    signupClosesAt: dateTimeField,
  })
  .superRefine((v, ctx) => {
    // An online class needs its link; a class held somewhere needs its place.
    if (v.kind === "ONLINE" && !v.onlineUrl) ctx.addIssue({ code: "custom", path: ["onlineUrl"], message: `${ERR}.onlineUrlRequired` });
    if ((v.kind === "CENTRAL" || v.kind === "LECTURE") && !v.place)
      ctx.addIssue({ code: "custom", path: ["place"], message: `${ERR}.placeRequired` });
    if (v.signupOpensAt instanceof Date && v.signupClosesAt instanceof Date && v.signupClosesAt.getTime() <= v.signupOpensAt.getTime()) {
      ctx.addIssue({ code: "custom", path: ["signupClosesAt"], message: `${ERR}.windowOrder` });
    }
  });
export type TrainingClassInput = z.infer<typeof trainingClassSchema>;

/** 学时 typed as a decimal with at most one place ("2", "1.5") → tenths (15). */
export const hoursField = z.preprocess(
  (v) => (typeof v === "string" ? v.trim().replace("，", ".").replace("．", ".") : ""),
  z
    .string()
    .min(1, E.required)
    .regex(/^\d{1,3}(\.\d)?$/, `${ERR}.hours`)
    .transform((s) => {
      const [whole, tenth = "0"] = s.split(".");
      return Number(whole) * 10 + Number(tenth);
    })
    .refine((n) => n >= 1 && n <= MAX_SESSION_TENTHS, `${ERR}.hours`),
);

export const trainingSessionSchema = z
  .object({
    title: text(200),
    startsAt: dateTimeField,
    endsAt: dateTimeField,
    hoursTenths: hoursField,
  })
  .superRefine((v, ctx) => {
    if (v.startsAt instanceof Date && v.endsAt instanceof Date && v.endsAt.getTime() <= v.startsAt.getTime()) {
      ctx.addIssue({ code: "custom", path: ["endsAt"], message: `${ERR}.sessionOrder` });
    }
  });
export type TrainingSessionInput = z.infer<typeof trainingSessionSchema>;

/** A session form: the class it belongs to, and the session being edited (none for a new one). */
export const sessionFormSchema = z
  .object({ classId: recordId, sessionId: z.preprocess((v) => (blank(v) ? undefined : v), recordId.optional()) })
  .and(trainingSessionSchema);

/** A material: a title and a link, or a title and a file (the file is checked by content in the data layer). */
export const materialSchema = z.object({
  classId: recordId,
  title: text(200),
  url: optionalUrl,
});
export type MaterialInput = z.infer<typeof materialSchema>;

export const classMoveSchema = z.object({ id: recordId, move: z.enum(["publish", "finish"], E.invalid) });
export const cancelClassSchema = z.object({ id: recordId, reason: text(500) });

/** Approve / decline / waitlist one sign-up, with a note for the person. */
export const decisionSchema = z.object({
  enrolmentId: recordId,
  decision: z.enum(ENROLMENT_DECISIONS as unknown as ["APPROVE", "DECLINE", "WAITLIST"], E.invalid),
  note: optionalText(500),
});

/** Approve the ticked sign-ups of one class. */
export const bulkApproveSchema = z.object({ classId: recordId, ids: selectedRows(MAX_BULK_DECISIONS) });

/**
 * One person on a session's attendance list: present ("on") or absent (not sent). Anything else
 * ("off", "false") is not what the form sends, and is refused rather than read as absent.
 */
export const attendanceMarkSchema = z.object({
  sessionId: recordId,
  enrolmentId: recordId,
  present: z
    .enum(["on", ""], E.invalid)
    .optional()
    .transform((v) => v === "on"),
});

export const deleteRowSchema = z.object({ id: recordId });

/** The report's year (the Beijing year of a session's start). */
export const reportYear = (v: unknown, fallback: number): number => {
  const n = typeof v === "string" && /^\d{4}$/.test(v) ? Number(v) : NaN;
  return n >= 2000 && n <= 2100 ? n : fallback;
};
