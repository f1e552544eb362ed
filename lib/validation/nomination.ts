// What a nomination form may submit. Shared by the form (field names) and the server actions
// (parse), so both apply the same limits. Messages are catalog keys.
import { z } from "zod";
import { parseDay } from "../calendar/dates";
import { CADRE_LEVELS, EDUCATION_LEVELS, RELATIONSHIPS, SUITABLE_FIELDS } from "../nominations/scales";
import { E, text } from "./common";
import { REASON_FIELDS, REASON_MAX, REASON_MIN } from "./nomination-reasons";

const reason = z.preprocess(
  (v) => (typeof v === "string" ? v.trim() : ""),
  z.string().min(1, { error: E.required, abort: true }).min(REASON_MIN, "nominations.errors.reasonTooShort").max(REASON_MAX, E.tooLong),
);

const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(
    (v) => (typeof v === "string" ? v : ""),
    z
      .string()
      .min(1, E.required)
      .pipe(z.enum(values, { error: E.invalid })),
  );

const nameField = z.preprocess(
  (v) => (typeof v === "string" ? v.trim() : ""),
  z
    .string()
    .min(1, E.required)
    .max(40, E.tooLong)
    .regex(/^[\p{Script=Han}A-Za-z·•\s.]{2,40}$/u, "errors.realName"),
);

const birthDateField = z.preprocess(
  (v) => (typeof v === "string" ? v.trim() : ""),
  z
    .string()
    .min(1, E.required)
    .transform((v, ctx) => {
      const d = parseDay(v);
      // A cadre nominee is an adult of working age; anything else is a typing mistake.
      const year = d?.getUTCFullYear() ?? 0;
      const thisYear = new Date().getUTCFullYear();
      if (!d || year < thisYear - 80 || year > thisYear - 18) {
        ctx.addIssue({ code: "custom", message: "nominations.errors.birthDate" });
        return z.NEVER;
      }
      return d;
    }),
);

// Digits only: Number() would read "0x10" as 16 and "1e1" as 10.
const yearsField = z.preprocess(
  (v) =>
    typeof v === "string" && v.trim() !== "" ? (/^\d{1,3}$/.test(v.trim()) ? Number(v.trim()) : -1) : typeof v === "number" ? v : undefined,
  z.number({ error: E.required }).int("nominations.errors.years").min(0, "nominations.errors.years").max(45, "nominations.errors.years"),
);

const phoneField = z.preprocess(
  (v) => (typeof v === "string" && v.replace(/[\s-]/g, "") !== "" ? v.replace(/[\s-]/g, "") : undefined),
  z
    .string()
    .regex(/^1[3-9]\d{9}$/, "errors.phone")
    .optional(),
);

/** The nominee details a nominator types (name, gender and birth date only when not self). */
const describedShape = {
  workUnit: text(100),
  currentPost: text(60),
  currentLevel: choice(CADRE_LEVELS),
  yearsAtLevel: yearsField,
  education: choice(EDUCATION_LEVELS),
  phone: phoneField,
};

const otherPersonShape = {
  name: nameField,
  gender: choice(["M", "F"] as const),
  birthDate: birthDateField,
  relationship: choice(RELATIONSHIPS),
};

const reasonsShape = {
  reasonDe: reason,
  reasonNeng: reason,
  reasonQin: reason,
  reasonJi: reason,
  reasonLian: reason,
  // 谁推荐、谁负责: the nominator types their own real name (compared with the account server-side).
  signature: text(40),
};

const targetedShape = { vacancyId: z.string().min(1, E.required).max(40, E.invalid) };
const openShape = { suitableField: choice(SUITABLE_FIELDS) };

export const targetedOtherSchema = z.object({ ...targetedShape, ...describedShape, ...otherPersonShape, ...reasonsShape });
export const targetedSelfSchema = z.object({ ...targetedShape, ...describedShape, ...reasonsShape });
export const openOtherSchema = z.object({ ...openShape, ...describedShape, ...otherPersonShape, ...reasonsShape });
export const openSelfSchema = z.object({ ...openShape, ...describedShape, ...reasonsShape });

type Described = z.infer<typeof targetedSelfSchema>;
type Other = z.infer<typeof targetedOtherSchema>;

/** The nominee as described on the form (codes for level and education). */
export interface DescribedNominee {
  workUnit: string;
  currentPost: string;
  currentLevel: string;
  yearsAtLevel: number;
  education: string;
  phone?: string;
}

/** Either a person the nominator describes, or the nominator themself (自荐). */
export type NomineeInput =
  | ({ self: false; name: string; gender: string; birthDate: Date; relationship: string } & DescribedNominee)
  | ({ self: true } & DescribedNominee);

/** What the data layer receives from a parsed form. */
export interface NominationInput {
  kind: "TARGETED" | "OPEN";
  vacancyId: string | null;
  nominee: NomineeInput;
  reasons: Pick<Described, (typeof REASON_FIELDS)[number]>;
  suitableField: string | null;
  signature: string;
}

const isSelf = (values: Record<string, string>) => values.self === "1" || values.self === "on" || values.self === "true";

/** Parses a submitted form into a NominationInput (or the zod error for field messages). */
export function parseNominationForm(kind: "TARGETED" | "OPEN", values: Record<string, string>) {
  const self = isSelf(values);
  const schema = kind === "TARGETED" ? (self ? targetedSelfSchema : targetedOtherSchema) : self ? openSelfSchema : openOtherSchema;
  const parsed = schema.safeParse(values);
  if (!parsed.success) return { success: false as const, error: parsed.error as z.ZodError };
  const d = parsed.data as Partial<Other> & Described & { suitableField?: string };
  const described = {
    workUnit: d.workUnit,
    currentPost: d.currentPost,
    currentLevel: d.currentLevel,
    yearsAtLevel: d.yearsAtLevel,
    education: d.education,
    phone: d.phone,
  };
  const input: NominationInput = {
    kind,
    vacancyId: kind === "TARGETED" ? (d as { vacancyId: string }).vacancyId : null,
    nominee: self
      ? { self: true, ...described }
      : { self: false, name: d.name!, gender: d.gender!, birthDate: d.birthDate!, relationship: d.relationship!, ...described },
    reasons: { reasonDe: d.reasonDe, reasonNeng: d.reasonNeng, reasonQin: d.reasonQin, reasonJi: d.reasonJi, reasonLian: d.reasonLian },
    suitableField: d.suitableField ?? null,
    signature: d.signature,
  };
  return { success: true as const, data: input };
}
