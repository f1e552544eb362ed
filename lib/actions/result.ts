import { z } from "zod";
import { AUTHZ_MESSAGES, AuthzError } from "../auth/actor";
import { DomainError } from "../data/errors";
import type { ActionState } from "../validation/common";

const SECRET_FIELDS = new Set(["password", "confirmPassword", "idNumber"]);

/** Echo of the submitted text fields (never passwords) so the form keeps what was typed. */
export function echo(values: Record<string, string>, keepIdNumber = true): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([k]) => !SECRET_FIELDS.has(k) || (keepIdNumber && k === "idNumber")));
}

export function invalid(error: z.ZodError, values: Record<string, string>): ActionState {
  return { errors: z.flattenError(error).fieldErrors as ActionState["errors"], message: "errors.invalid", values: echo(values) };
}

/** Expected failures become a message for the form; anything else is a bug and propagates. */
export function failure(e: unknown, values?: Record<string, string>): ActionState {
  if (e instanceof AuthzError) return { message: AUTHZ_MESSAGES[e.code] };
  if (e instanceof DomainError) return { message: e.messageKey, errors: e.fieldErrors, values: values && echo(values) };
  throw e;
}
