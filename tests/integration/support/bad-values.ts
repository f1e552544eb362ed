// The bad-input corpus's values: for each kind of form field (support/action-table.ts), what
// a careless or hostile client may send instead of a valid value, and what must happen:
// - "refuse": the action answers with a message and writes nothing;
// - "either": it may accept the value (after normalizing it, e.g. trimming " 16 ") or refuse it
//   with a message, but never throws;
// - "harmless": like "either", but it must not write: a bulk action given ids that name nothing
//   (garbage, control characters, markup …) may answer "0 approved" or refuse. Only values
//   that break the list's limits (none, a file, oversized, too many) must be refused there.
// Each value is made from the field's valid value, so the rest of the form stays valid and the
// bad value is the only thing wrong with it.
//
// Families of equivalent values (control characters, invisible characters, markup) rotate over
// an action's fields: every field gets one of each family and every action gets every member,
// which keeps the corpus (and its run time) in proportion without leaving a field out.
import type { FieldKind, FieldSpec } from "./action-table";

export type Expectation = "refuse" | "either" | "harmless";
export type FieldValue = string | Blob | (string | Blob)[];

export interface BadValue {
  label: string;
  /** Which kinds of field get this value ("all", or a list). */
  kinds: "all" | FieldKind[];
  make: (valid: string) => FieldValue;
  expect: (field: FieldSpec) => Expectation;
  /** Refused in a list of ids too (see "harmless"). */
  limit?: true;
}

/** What a value must get in a field: a list of ids may let garbage ids through as "not found". */
export function expectationFor(bad: BadValue, field: FieldSpec): Expectation {
  const e = bad.expect(field);
  return field.kind === "ids" && e === "refuse" && !bad.limit ? "harmless" : e;
}

const TEXT: FieldKind[] = ["text", "body", "name", "realName", "signature", "email", "password"];
/** Fields whose value has a strict shape: anything decorated is no longer that value. */
const STRICT: FieldKind[] = [
  "realName",
  "signature",
  "email",
  "phone",
  "idNumber",
  "checkbox",
  "challenge",
  "enum",
  "id",
  "ids",
  "int",
  "year",
  "day",
  "dateTime",
  "yearMonth",
];
const NUMBERS: FieldKind[] = ["int", "year"];
const IDS: FieldKind[] = ["id", "ids"];

const refuse = (): Expectation => "refuse";
const either = (): Expectation => "either";
const unlessOptional = (f: FieldSpec): Expectation => (f.required ? "refuse" : "either");
/** Names, and values of a strict shape, refuse invisible or direction-changing characters. */
const inNames = (f: FieldSpec): Expectation => (f.kind === "text" || f.kind === "body" ? "either" : "refuse");
/** Markup is refused where it cannot be part of a valid value; elsewhere it is text like any other. */
const markup = (f: FieldSpec): Expectation => (STRICT.includes(f.kind) || f.kind === "password" ? "refuse" : "either");
/** Inserted after the first character: the value is otherwise intact. */
const insert = (mark: string) => (v: string) => (v.length ? `${[...v][0]}${mark}${[...v].slice(1).join("")}` : mark);
const fullWidth = (v: string) => v.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));

/** Each field gets every value that applies to its kind. */
export const BAD_VALUES: BadValue[] = [
  // ----------------------------------------------------------------- every field
  { label: "empty", kinds: "all", make: () => "", expect: unlessOptional, limit: true },
  {
    label: "a File where text is expected",
    kinds: "all",
    make: (v) => new File([v || "x"], "x.txt", { type: "text/plain" }),
    expect: unlessOptional,
    limit: true,
  },
  { label: "key repeated (an array)", kinds: "all", make: (v) => [v, v], expect: either },
  { label: "padded with spaces", kinds: "all", make: (v) => `  ${v}  `, expect: either },
  { label: "100 KB", kinds: "all", make: () => "长".repeat(100 * 1024), expect: refuse, limit: true },
  { label: "NUL inside", kinds: "all", make: insert("\u0000"), expect: refuse },
  // ----------------------------------------------------------------- text
  { label: "only spaces", kinds: TEXT, make: () => "   \t  ", expect: unlessOptional },
  { label: "2 MB", kinds: ["body"], make: () => "x".repeat(2 * 1024 * 1024), expect: refuse },
  { label: "another person's name", kinds: ["signature"], make: () => "张三丰", expect: refuse },
  { label: "decomposed (NFD) letters", kinds: ["name"], make: (v) => `${v}Jose\u0301`, expect: either },
  // ----------------------------------------------------------------- ids
  { label: "../ path", kinds: IDS, make: () => "../../etc/passwd", expect: refuse },
  { label: "10 KB id", kinds: IDS, make: () => "c".repeat(10 * 1024), expect: refuse, limit: true },
  { label: "unicode id", kinds: IDS, make: () => "主键😀", expect: refuse },
  { label: "SQL in an id", kinds: IDS, make: () => "' OR '1'='1", expect: refuse },
  {
    label: "601 ids that name nothing",
    kinds: ["ids"],
    make: () => Array.from({ length: 601 }, (_, i) => `c${i}x`),
    expect: refuse,
    limit: true,
  },
  // ----------------------------------------------------------------- choices
  { label: "lower case", kinds: ["enum"], make: (v) => v.toLowerCase(), expect: refuse },
  { label: "__proto__", kinds: ["enum", "id"], make: () => "__proto__", expect: refuse },
  { label: "off", kinds: ["checkbox"], make: () => "off", expect: refuse },
  // ----------------------------------------------------------------- numbers
  { label: "hex 0x10", kinds: NUMBERS, make: () => "0x10", expect: refuse },
  { label: "exponent 1e3", kinds: NUMBERS, make: () => "1e3", expect: refuse },
  { label: "exponent 2e1", kinds: NUMBERS, make: () => "2e1", expect: refuse },
  { label: "decimal point", kinds: NUMBERS, make: (v) => `${v}.0`, expect: refuse },
  { label: "negative", kinds: NUMBERS, make: () => "-1", expect: refuse },
  { label: "Infinity", kinds: NUMBERS, make: () => "Infinity", expect: refuse },
  { label: "full-width digits", kinds: NUMBERS, make: fullWidth, expect: refuse },
  { label: "400 digits", kinds: NUMBERS, make: () => "9".repeat(400), expect: refuse },
  // ----------------------------------------------------------------- dates
  { label: "9999-12-31", kinds: ["day"], make: () => "9999-12-31", expect: refuse },
  { label: "0000-01-01", kinds: ["day"], make: () => "0000-01-01", expect: refuse },
  { label: "2026-02-30", kinds: ["day"], make: () => "2026-02-30", expect: refuse },
  { label: "month 13", kinds: ["day"], make: () => "2026-13-01", expect: refuse },
  { label: "slashes", kinds: ["day"], make: (v) => v.replaceAll("-", "/"), expect: refuse },
  { label: "9999-12-31T23:59", kinds: ["dateTime"], make: () => "9999-12-31T23:59", expect: refuse },
  { label: "0000-01-01T00:00", kinds: ["dateTime"], make: () => "0000-01-01T00:00", expect: refuse },
  { label: "February 30th", kinds: ["dateTime"], make: () => "2026-02-30T09:00", expect: refuse },
  { label: "hour 24", kinds: ["dateTime"], make: (v) => `${v.slice(0, 10)}T24:00`, expect: refuse },
  { label: "9999-12", kinds: ["yearMonth"], make: () => "9999-12", expect: refuse },
  { label: "month 13", kinds: ["yearMonth"], make: () => "1984-13", expect: refuse },
  { label: "year 99999", kinds: ["year"], make: () => "99999", expect: refuse },
  // ----------------------------------------------------------------- contact and identity
  { label: "hex phone", kinds: ["phone"], make: () => "0x10", expect: refuse },
  { label: "full-width phone", kinds: ["phone"], make: fullWidth, expect: refuse },
  { label: "ten digits", kinds: ["phone", "idNumber"], make: (v) => v.slice(0, 10), expect: refuse },
  { label: "not an address", kinds: ["email"], make: () => "zhou at example", expect: refuse },
];

/** Each field gets one value of each family, in turn (see the note at the top). */
export const ROTATING: BadValue[][] = [
  [
    { label: "SOH U+0001", kinds: "all", make: (v) => `${v}\u0001`, expect: refuse },
    { label: "ESC sequence", kinds: "all", make: (v) => `\u001b[2J${v}`, expect: refuse },
    { label: "DEL U+007F", kinds: "all", make: insert("\u007f"), expect: refuse },
    { label: "C1 control U+0085 at the end", kinds: "all", make: (v) => `${v}\u0085`, expect: refuse },
  ],
  [
    { label: "RLO bidi override U+202E", kinds: "all", make: insert("\u202e"), expect: inNames },
    { label: "zero-width space U+200B", kinds: "all", make: insert("\u200b"), expect: inNames },
  ],
  [
    { label: "<script>", kinds: "all", make: () => "<script>alert(document.cookie)</script>", expect: markup },
    { label: "<img onerror>", kinds: "all", make: (v) => `${v}<img src=x onerror=alert(1)>`, expect: markup },
  ],
];

/**
 * The rotating values for the i-th of an action's n fields: member i (mod the family's size)
 * of each family, and when the action has fewer fields than a family has members, the members
 * left over too (member m goes to field m mod n), so the action still gets every member.
 */
export function rotatingFor(i: number, n: number): BadValue[] {
  return ROTATING.flatMap((family) => family.filter((_, m) => m === i % family.length || m % n === i));
}
