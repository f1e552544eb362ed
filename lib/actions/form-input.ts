// The first step of every server action: read whatever the body decoded to, safely, and
// normalize each text field at the door. Pure (no Next, no database), so it is unit-tested.
import type { FieldErrors } from "../validation/common";

export type FormValues = Record<string, string>;

/** Fields that are never sent back to the browser after a refusal. */
export const SECRET_FIELDS = new Set(["password", "confirmPassword", "currentPassword", "newPassword", "altcha"]);

/** All text fields of one submission together; more is refused before anything is parsed. */
export const MAX_FORM_CHARS = 400_000;

// C0 controls except tab and line feed (carriage returns are folded into line feeds first),
// DEL and the C1 controls: they have no place in anything typed into a form, and reached the
// CSV exports when they were stored.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// Bidirectional overrides and isolates, and the invisible direction marks: they let a name or a
// title display differently from what is stored (e.g. "张三\u202E…"), and no Chinese text needs them.
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
// Zero-width characters: invisible in a name, so two "identical" names would differ.
const ZERO_WIDTH = /[\u180E\u200B-\u200D\u2060\uFEFF]/;

/** A person's name (registration, nominee, staff, 公示 entries): no invisible characters at all. */
export function isNameField(key: string): boolean {
  return /(^|[._])(realName|name|nomineeName)$/.test(key);
}

export type ReadResult = { ok: true; values: FormValues; lists: Record<string, string[]>; form: FormData } | { ok: false };

/**
 * The submitted form, whatever the body decoded to: a crafted body (e.g. `0=[]`) can give the
 * action an array, a string or nothing instead of a FormData. Files are never read here.
 */
export function readForm(form: unknown): ReadResult {
  if (typeof FormData === "undefined" || !(form instanceof FormData)) return { ok: false };
  const values: FormValues = {};
  const lists: Record<string, string[]> = {};
  for (const [k, v] of form.entries()) {
    if (typeof v !== "string" || k.startsWith("$ACTION")) continue;
    (lists[k] ??= []).push(v);
    // A repeated single field keeps its first value (what a browser's form would have sent).
    if (!(k in values)) values[k] = v;
  }
  return { ok: true, values, lists, form };
}

/** Total characters of the text fields. */
export function formChars(lists: Record<string, string[]>): number {
  let n = 0;
  for (const [k, vs] of Object.entries(lists)) for (const v of vs) n += k.length + v.length;
  return n;
}

/** NFC, line endings folded, surrounding white space trimmed (never inside a password). */
export function normalizeValue(key: string, value: string): string {
  if (SECRET_FIELDS.has(key)) return value;
  return value.normalize("NFC").replace(/\r\n?/g, "\n").trim();
}

/** The characters a field may not hold, as field errors (catalog keys). */
export function characterErrors(values: FormValues): FieldErrors {
  const errors: FieldErrors = {};
  for (const [k, v] of Object.entries(values)) {
    if (SECRET_FIELDS.has(k)) continue;
    if (CONTROL.test(v)) errors[k] = ["errors.controlChars"];
    else if (BIDI.test(v)) errors[k] = ["errors.invisibleChars"];
    else if (isNameField(k) && (ZERO_WIDTH.test(v) || /[\n\t]/.test(v))) errors[k] = ["errors.invisibleChars"];
  }
  return errors;
}

export function normalizeForm(values: FormValues): FormValues {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, normalizeValue(k, v)]));
}

/** What goes back to the form after a refusal: every field as typed, secrets left out. */
export function echoValues(values: FormValues, keepSecret: readonly string[] = []): FormValues {
  return Object.fromEntries(Object.entries(values).filter(([k]) => !SECRET_FIELDS.has(k) || keepSecret.includes(k)));
}
