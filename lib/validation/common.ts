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

export const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

export type FieldErrors = Record<string, string[] | undefined>;
export interface ActionState {
  errors?: FieldErrors;
  message?: string; // catalog key
  ok?: boolean;
  values?: Record<string, string>;
}

/** FormData → plain object of its string fields (files are never accepted here). */
export function formObject(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of form.entries()) if (typeof v === "string" && !k.startsWith("$ACTION")) out[k] = v;
  return out;
}
