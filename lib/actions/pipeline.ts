import "server-only";
// The one door every server action goes through, in the same order every time:
//   1. read the form safely and normalize it (whatever the body decoded to),
//   2. session, then role (ownership is the data layer's, at its own door),
//   3. zod,
//   4. the data layer,
//   5. revalidation, then redirect.
// It always answers { errors, message, values }: a refusal sends back every field as typed
// (secrets excepted), an unexpected error a generic message with a reference number that the
// log carries with the stack. No raw error text ever reaches the user.
import { randomBytes } from "node:crypto";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect, unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { AUTHZ_MESSAGES, AuthzError, type Actor } from "../auth/actor";
import { currentActor } from "../auth/session";
import { clientAddress } from "../http/client-address";
import { checkChallenge } from "../security/challenge";
import { DomainError } from "../data/errors";
import { boardsAfterAction } from "../statistics/writes";
import type { Board } from "../data/public-cache";
import { fieldErrors, type ActionState, type FieldErrors } from "../validation/common";
import { accessError, type Access } from "./access";
import {
  characterErrors,
  echoValues,
  formChars,
  MAX_FORM_CHARS,
  normalizeForm,
  normalizeValue,
  readForm,
  type FormValues,
} from "./form-input";

export type { Access } from "./access";

/** What a handler sees: the caller, the parsed input, and the normalized form. */
export interface ActionContext<I> {
  actor: Actor;
  input: I;
  values: FormValues;
  /** Every value of each field, for multi-valued fields (selected rows). */
  lists: Record<string, string[]>;
  /** The client's address (per-address limits), from the configured trusted proxy hops. */
  address: () => Promise<string>;
  /** The files sent in a field (empty file inputs, which browsers send as a nameless empty file, left out). Read them in the data layer's checks. */
  files: (field: string) => File[];
}

type ActorFor<A extends Access> = A extends "anyone" | "visitor" ? Actor | null : Actor;

export interface Revalidation {
  boards?: Board[];
  paths?: (string | [string, "layout" | "page"])[];
}

/** A handler's outcome: go to a page, or stay with a message (and extra fields for the form). */
export type Outcome<S extends ActionState> = { redirect: string } | S;

interface ActionDefinition<A extends Access, I, R, S extends ActionState> {
  /** Names the action in the log. */
  name: string;
  access: A;
  /**
   * zod over the normalized form: each field a string, or an array of strings when the field was
   * sent more than once (selected rows). Use `parsed(...)` when the schema depends on the form.
   */
  input: z.ZodType<I, unknown>;
  /** Refusals answer with these fields' errors by their full path (entries.0.name). */
  errorsByPath?: boolean;
  /** Fields sent back after a refusal besides the usual ones (never passwords). */
  keepSecret?: readonly string[];
  /** A proof-of-work solution is required (public forms). Checked after zod, before the data layer. */
  challenge?: boolean;
  handle: (ctx: ActionContext<NoInfer<I>> & { actor: ActorFor<A> }) => Promise<R>;
  revalidate?: Revalidation | ((result: R, input: NoInfer<I>) => Revalidation);
  done: (result: R, input: NoInfer<I>) => Outcome<NoInfer<S>>;
}

/** What the schema sees: a field sent more than once stays a list, so a type error is caught. */
function schemaInput(values: FormValues, lists: Record<string, string[]>): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = { ...values };
  for (const [k, vs] of Object.entries(lists)) if (vs.length > 1) out[k] = vs.map((v) => normalizeValue(k, v));
  return out;
}

/**
 * A schema from a parse function, for inputs whose schema depends on the form itself (the kind
 * of nomination, an edit form's id): its issues keep their paths.
 */
export function parsed<I>(
  parse: (values: Record<string, unknown>) => { success: true; data: I } | { success: false; error: z.ZodError },
): z.ZodType<I, unknown> {
  return z.record(z.string(), z.unknown()).transform((values, ctx) => {
    const r = parse(values);
    if (r.success) return r.data;
    for (const issue of r.error.issues) ctx.addIssue({ code: "custom", message: issue.message, path: issue.path });
    return z.NEVER;
  });
}

/** A short reference that a user can quote and that the log carries with the stack. */
export function errorReference(): string {
  return randomBytes(4).toString("hex").toUpperCase();
}

function unexpected(name: string, e: unknown, values?: FormValues): ActionState {
  const ref = errorReference();
  console.error(`[action ${name}] reference ${ref}`, e);
  return { message: "errors.unexpected", messageValues: { ref }, values };
}

function refusal(message: string, values?: FormValues, errors?: FieldErrors, messageValues?: ActionState["messageValues"]): ActionState {
  return { message, errors, values, messageValues };
}

/** Outside a request (a script, a test calling the action directly) there is no address. */
async function requestAddress(): Promise<string> {
  let h: Headers;
  try {
    h = await headers();
  } catch {
    return "unknown";
  }
  return clientAddress(h);
}

async function applyRevalidation(r: Revalidation): Promise<void> {
  // Loaded only when a board changed: the page cache's module is heavy and most actions never need it.
  if (r.boards?.length) await (await import("../data/public-cache")).invalidateBoards(...r.boards);
  for (const p of r.paths ?? []) {
    if (typeof p === "string") revalidatePath(p);
    else revalidatePath(p[0], p[1]);
  }
}

/**
 * Builds a server action for useActionState: `(previousState, formData) => state`. Export the
 * result from a "use server" module. The authorization matrix test finds every such export.
 */
export function serverAction<A extends Access, I, R, S extends ActionState = ActionState>(
  def: ActionDefinition<A, I, R, S>,
): (prev: S, form: FormData) => Promise<S> {
  const run = async (prev: unknown, form: unknown): Promise<S> => {
    let destination: string | null = null;
    let echoed: FormValues | undefined;
    try {
      // 1. The form (a plain <form action> passes it first, with no previous state).
      const read = readForm(form === undefined && prev instanceof FormData ? prev : form);
      if (!read.ok) return refusal("errors.badRequest") as S;
      if (formChars(read.lists) > MAX_FORM_CHARS) return refusal("errors.tooLarge") as S;
      const values = normalizeForm(read.values);
      echoed = echoValues(values, def.keepSecret);

      // 2. Session and role.
      const actor = await currentActor();
      const denied = accessError(def.access, actor);
      if (denied) return refusal(denied, echoed) as S;

      // Characters no field may hold, before any schema sees them.
      const charErrors = characterErrors(values);
      if (Object.keys(charErrors).length) return refusal("errors.invalid", echoed, charErrors) as S;

      // 3. zod.
      const parsed = def.input.safeParse(schemaInput(values, read.lists));
      if (!parsed.success) return refusal("errors.invalid", echoed, fieldErrors(parsed.error, def.errorsByPath)) as S;

      if (def.challenge) {
        if (!(await checkChallenge(values.altcha))) return refusal("errors.challenge", echoed) as S;
      }

      // 4. The data layer (it checks the caller again, and ownership, at its own door).
      const result = await def.handle({
        actor: actor as Actor & ActorFor<A>,
        input: parsed.data,
        values,
        lists: read.lists,
        address: requestAddress,
        // An empty file input arrives as an empty part (Next decodes its missing file name as
        // "undefined"): a part with no bytes is "no file". An empty file carries nothing to keep.
        files: (field) => read.form.getAll(field).filter((v): v is File => typeof v !== "string" && v.size > 0),
      });

      // 5. Revalidation, then redirect.
      const r = typeof def.revalidate === "function" ? def.revalidate(result, parsed.data) : def.revalidate;
      const boards = boardsAfterAction(def.name, r?.boards);
      if (r || boards.length) await applyRevalidation({ ...r, boards });
      const outcome = def.done(result, parsed.data);
      if ("redirect" in outcome) destination = outcome.redirect;
      else return outcome;
    } catch (e) {
      unstable_rethrow(e);
      if (e instanceof AuthzError) return refusal(AUTHZ_MESSAGES[e.code], echoed) as S;
      if (e instanceof DomainError) return refusal(e.messageKey, echoed, e.fieldErrors, e.messageValues) as S;
      return unexpected(def.name, e, echoed) as S;
    }
    redirect(destination);
  };
  return run as (prev: S, form: FormData) => Promise<S>;
}

/** The same pipeline for a plain `<form action>` without useActionState (it always redirects). */
export function serverFormAction<A extends Access, I, R>(def: ActionDefinition<A, I, R, ActionState>): (form: FormData) => Promise<void> {
  const run = serverAction(def);
  return async (form) => {
    await run({}, form);
  };
}
