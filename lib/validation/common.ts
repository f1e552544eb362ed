import { z } from "zod";

// Error messages are message-catalog keys (messages/*/errors): the server returns them and the
// form shows them in the visitor's language.
export const E = {
  required: "errors.required",
  tooLong: "errors.tooLong",
  invalid: "errors.invalid",
} as const;

/** A trimmed, required, length-capped text field (form values arrive as strings or null). */
export const text = (max: number) =>
  z.preprocess((v) => (typeof v === "string" ? v.trim() : (v ?? "")), z.string().min(1, E.required).max(max, E.tooLong));

/** Optional text: empty input becomes undefined. */
export const optionalText = (max: number) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined), z.string().max(max, E.tooLong).optional());

/** A record's id as the forms send it (a cuid); anything else is refused before the database. */
export const recordId = z.string(E.invalid).regex(/^[A-Za-z0-9_-]{1,40}$/, E.invalid);
export const idInput = z.object({ id: recordId });
/**
 * The rows ticked in a checkbox table (one field sent once per row): every id valid, at most
 * `max`. None at all passes here; the data layer refuses it with its own message.
 */
export const selectedRows = (max: number) =>
  z.preprocess((v) => (v === undefined ? [] : [v].flat()), z.array(recordId).max(max, E.invalid));

export const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

export type FieldErrors = Record<string, string[] | undefined>;
export interface ActionState {
  errors?: FieldErrors;
  message?: string; // catalog key
  /** Values for the message's placeholders (a reference number, a count…). */
  messageValues?: Record<string, string | number>;
  ok?: boolean;
  values?: Record<string, string>;
}

/**
 * zod issues as field errors: by top-level field, or by full path ("entries.2.name") for forms
 * with rows, which must mark the right cell (z.flattenError keeps only the first segment).
 */
export function fieldErrors(error: z.ZodError, byPath = false): FieldErrors {
  if (!byPath) return z.flattenError(error).fieldErrors as FieldErrors;
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) (out[issue.path.map(String).join(".") || "_form"] ??= []).push(issue.message);
  return out;
}
