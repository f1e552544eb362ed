// Calls a server action as Next would after decoding a POST, and sorts what happened:
// - "returned": the action answered with a state object (the form shows its message);
// - "redirect": redirect() threw NEXT_REDIRECT, i.e. the action finished and moved on;
// - "threw": anything else thrown, which Next answers with HTTP 500 (or a 4xx page for
//   notFound()/forbidden(), which a form post should not produce either).
import fs from "node:fs";
import path from "node:path";

export type Outcome =
  { kind: "returned"; state: ActionResult } | { kind: "redirect"; to: string } | { kind: "threw"; error: string; stack?: string };

export interface ActionResult {
  ok?: boolean;
  message?: unknown;
  errors?: Record<string, unknown>;
  values?: Record<string, unknown>;
  [key: string]: unknown;
}

/**
 * `args` are (previous state, form), as useActionState passes them; an action made for a plain
 * <form action> (one parameter, e.g. the locale switch) gets the form alone.
 */
export async function callAction(fn: (...args: unknown[]) => Promise<unknown>, args: unknown[]): Promise<Outcome> {
  try {
    const state = await fn(...(fn.length === 1 && args.length === 2 ? [args[1]] : args));
    return { kind: "returned", state: (state ?? {}) as ActionResult };
  } catch (e) {
    const digest = (e as { digest?: unknown })?.digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) return { kind: "redirect", to: digest.split(";")[2] ?? "" };
    const err = e as Error;
    return { kind: "threw", error: `${err?.name ?? typeof e}: ${String(err?.message ?? e).slice(0, 300)}`, stack: err?.stack };
  }
}

// The zh-CN catalog, merged: messages/zh-CN/<file>.json each hold top-level namespaces.
let catalog: Record<string, unknown> | undefined;
function messages(): Record<string, unknown> {
  if (!catalog) {
    const dir = path.resolve(__dirname, "../../../messages/zh-CN");
    catalog = {};
    for (const f of fs.readdirSync(dir).filter((n) => n.endsWith(".json")))
      Object.assign(catalog, JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")));
  }
  return catalog;
}

/** Is `key` (optionally "key|parameters") a message of the catalog? */
export function isCatalogKey(key: unknown): boolean {
  if (typeof key !== "string" || !/^[A-Za-z][\w-]*(\.[\w-]+)+(\|.*)?$/s.test(key)) return false;
  let node: unknown = messages();
  for (const part of key.split("|")[0].split(".")) {
    if (!node || typeof node !== "object") return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string";
}

/** An authorization refusal: errors.auth.unauthenticated, .forbidden, .notApproved, .suspended … */
export const AUTHZ_MESSAGE = /^errors\.auth\.[\w.]+$/;

/**
 * The pipeline's safety net: an error nobody expected, answered with the generic message and a
 * reference number (lib/actions/pipeline.ts). For these suites it is what a thrown error was
 * before: an HTTP 500 in all but name.
 */
export function isUnexpectedError(state: ActionResult): boolean {
  const ref = (state.messageValues as { ref?: unknown } | undefined)?.ref;
  return state.message === "errors.unexpected" || ref !== undefined;
}

/** Raw database or ORM text that must never reach a user. */
const RAW_DB = /prisma|sqlite|postgres|Invalid `|constraint failed|unique constraint|relation "|syntax error at|P\d{4}\b/i;

/** The message and field errors of a returned state, as one string (values are the user's own text). */
export function shownText(state: ActionResult): string {
  return JSON.stringify({ message: state.message ?? null, errors: state.errors ?? null });
}

export function leaksDatabaseText(state: ActionResult): boolean {
  return RAW_DB.test(shownText(state));
}

/** Build a FormData from fields; an array repeats the key, a Blob is attached as a file. */
export function formData(fields: Record<string, string | Blob | (string | Blob)[]>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) f.append(k, x);
  return f;
}

export function describeOutcome(o: Outcome): string {
  if (o.kind === "redirect") return `redirect ${o.to}`;
  if (o.kind === "threw") return `THREW ${o.error}`;
  return `returned ${JSON.stringify({ ok: o.state.ok, message: o.state.message, errors: o.state.errors }).slice(0, 300)}`;
}
