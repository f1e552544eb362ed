// The bad-input corpus: every server action (found by itself, see support/server-actions.ts)
// called as a crafted POST would call it, by a caller its level allows (so the input reaches
// validation), with bodies of the wrong shape and with each field of a valid form replaced by
// a bad value (support/bad-values.ts: oversized, wrong type, control characters, bidi and
// zero-width characters, markup, loose numbers, impossible dates …). The cases are generated
// from the table action × field × bad value.
//
// Expected of every case: nothing thrown (a thrown error other than redirect() is an HTTP 500)
// and no unexpected error caught by the pipeline's safety net (errors.unexpected with a
// reference number: the same failure, politely worded), no database or ORM text in the
// message or field errors, and
// - "refuse": a returned state with a catalog message (not ok), and no row of any table added,
//   removed or changed (limit and challenge bookkeeping aside, see BOOKKEEPING);
// - "either": accepted (a redirect, or ok) or refused with a catalog message;
// - "harmless": like "either" but without writing (garbage in a list of ids: "0 done" is fine);
// - "ignore" (an action that takes no input, e.g. the locale switch): no write, no throw.
// Each action's valid form is also checked to be accepted, so a refusal means the bad value.
//
// BEFORE the action pipeline (lib/actions/pipeline.ts), measured on the actions of commit
// fbeeda9 (lib/actions/result.ts restored), 27 actions, 1815 bad-input cases:
// - SQLite:     252 threw (HTTP 500), 91 unintended writes, 343 cases failing in all;
// - PostgreSQL: 308 threw (the 56 more are NUL bytes the database refuses, surfacing as
//   PrismaClientKnownRequestError), 60 unintended writes, 368 failing.
// Thrown: every action given a body of the wrong shape (undefined, null, [], a string, {}, 42,
// a Blob; what `0=[]` decodes to); a save given a 10 KB id (uncaught ZodError); a vacancy
// without 推荐开始/截止时间 (`v.opensAt.getTime is not a function`). Written: control
// characters (NUL, U+0001, ESC, DEL, U+0085) stored in every free-text field; bidi overrides
// and zero-width characters in names; a nomination "kind" of anything (read as TARGETED);
// 0x10, 2e1 and 4.0 as numbers; policies and appointments dated 9999-12-31; a vacancy open
// until 9999; registrations without a solved challenge (there was none).
// With the pipeline as first committed (a00c9f7, PostgreSQL): 0 thrown, 0 unexpected, 6 writes
// (the nomination "kind"), 3 more failing (an empty bulk approval answered ok).
// ACTION_SUITE_LOG=1 prints every failing case.
import { newClientAddress, setCaller } from "./support/action-mocks";
import { discoverServerActions, type ServerAction } from "./support/server-actions";
import { ACTIONS, CORPUS_CALLER, type ActionSpec, type Fields, type FieldSpec } from "./support/action-table";
import { World } from "./support/action-world";
import type { Actor } from "@/lib/auth/actor";
import { BAD_VALUES, expectationFor, rotatingFor, type Expectation, type FieldValue } from "./support/bad-values";
import {
  callAction,
  describeOutcome,
  formData,
  isCatalogKey,
  isUnexpectedError,
  leaksDatabaseText,
  type Outcome,
} from "./support/call-action";
import { changes, closeSnapshots, describeChanges, snapshot, type Snapshot } from "./support/db-snapshot";

jest.setTimeout(300_000);

/** Rows a refused request may still write by design: rate-limit events and spent challenges. */
const BOOKKEEPING = new Set(["RateEvent", "UsedChallenge"]);

type Expect = Expectation | "ignore" | "accept";
interface Case {
  field: string;
  label: string;
  expect: Expect;
  args: (valid: Fields) => unknown[];
}

const OMIT = Symbol("omit");

function withField(valid: Fields, field: string, value: FieldValue | typeof OMIT): FormData {
  const fields: Record<string, FieldValue> = { ...valid };
  if (value === OMIT) delete fields[field];
  else fields[field] = value;
  return formData(fields);
}

const sameValue = (a: FieldValue, b: string) => typeof a === "string" && a === b;

/** Bodies of the wrong shape: what Next may decode from a crafted POST (e.g. `0=[]`). */
function bodyCases(spec: ActionSpec): Case[] {
  const takesInput = Object.keys(spec.fields).length > 0;
  const bad = (label: string, args: (v: Fields) => unknown[]): Case => ({
    field: "(body)",
    label,
    expect: takesInput ? "refuse" : "ignore",
    args,
  });
  const odd = (label: string, args: (v: Fields) => unknown[]): Case => ({
    field: "(body)",
    label,
    expect: takesInput ? "either" : "ignore",
    args,
  });
  const actionKeys = new FormData();
  actionKeys.append("$ACTION_ID_0123456789abcdef", "");
  actionKeys.append("$ACTION_KEY", "k0");
  return [
    bad("no form argument at all", () => [{}]),
    bad("body 0=[]: the arguments ([])", () => [[]]),
    bad("form undefined", () => [{}, undefined]),
    bad("form null", () => [{}, null]),
    bad("form []", () => [{}, []]),
    bad('form the string "0=[]"', () => [{}, "0=[]"]),
    bad("form {}", () => [{}, {}]),
    bad("form 42", () => [{}, 42]),
    bad("form a Blob", () => [{}, new Blob(["a=b"])]),
    bad("form an empty FormData", () => [{}, new FormData()]),
    bad("form with only Next's $ACTION_ keys", () => [{}, actionKeys]),
    odd("form a plain object of the valid fields", (v) => [{}, { ...v }]),
    odd("form URLSearchParams of the valid fields", (v) => [
      {},
      new URLSearchParams(Object.entries(v).flatMap(([k, x]) => [x].flat().map((y) => [k, y]))),
    ]),
    odd('prevState the string "x"', (v) => ["x", formData(v)]),
    odd("prevState null", (v) => [null, formData(v)]),
    odd("prevState claiming success and other values", (v) => [
      { ok: true, values: { role: "ADMIN" }, message: "admin.approved" },
      formData(v),
    ]),
  ];
}

function fieldCases(spec: ActionSpec): Case[] {
  const out: Case[] = [];
  const fields = Object.entries(spec.fields) as [string, FieldSpec][];
  for (const [i, [field, fs]] of fields.entries()) {
    for (const bad of [...BAD_VALUES, ...rotatingFor(i, fields.length)]) {
      if (bad.kinds !== "all" && !bad.kinds.includes(fs.kind)) continue;
      out.push({
        field,
        label: bad.label,
        expect: expectationFor(bad, fs),
        args: (v) => {
          const valid = [v[field] ?? ""].flat()[0] ?? "";
          const value = bad.make(valid);
          // A "bad" value equal to the valid one (e.g. "1" in lower case) tests nothing.
          return sameValue(value, valid) ? [] : [{}, withField(v, field, value)];
        },
      });
    }
    if (!fs.required) out.push({ field, label: "left out (optional)", expect: "either", args: (v) => [{}, withField(v, field, OMIT)] });
  }
  return out;
}

const discovered = discoverServerActions();
const planned = discovered.map((a) => {
  const spec = ACTIONS[a.key];
  const cases: Case[] = spec
    ? [{ field: "(valid form)", label: "as the form posts it", expect: "accept", args: (v) => [{}, formData(v)] }]
    : [];
  if (spec) cases.push(...bodyCases(spec), ...fieldCases(spec));
  return { action: a, spec, cases };
});

interface Tally {
  cases: number;
  /** Thrown out of the action: HTTP 500. */
  threw: number;
  /** Caught by the pipeline's safety net (errors.unexpected with a reference): a 500 by another name. */
  unexpected: number;
  wrote: number;
  noMessage: number;
  databaseText: number;
  problems: number;
}
const tally: Tally = { cases: 0, threw: 0, unexpected: 0, wrote: 0, noMessage: 0, databaseText: 0, problems: 0 };
const failed: string[] = [];

let world: World;
beforeAll(async () => {
  world = await World.create();
}, 60_000);

afterAll(() => {
  closeSnapshots();
  // The numbers the issue asks for (500s, unintended writes), before and after the pipeline.
  const lines = [`bad-input corpus: ${JSON.stringify(tally)}`];
  if (process.env.ACTION_SUITE_LOG) lines.push(...failed);
  console.log(lines.join("\n"));
});

test("the corpus has at least 200 bad-input cases, over every action", () => {
  const bad = planned.reduce((n, p) => n + p.cases.filter((c) => c.expect !== "accept").length, 0);
  expect(bad).toBeGreaterThanOrEqual(200);
  expect(planned.filter((p) => !p.spec).map((p) => p.action.key)).toEqual([]);
});

function judge(c: Case, outcome: Outcome, wrote: string): string[] {
  const problems: string[] = [];
  if (outcome.kind === "threw") return [`threw (HTTP 500): ${outcome.error}`];
  const state = outcome.kind === "returned" ? outcome.state : null;
  if (state && isUnexpectedError(state)) return ["unexpected error (HTTP 500 behind the generic message)"];
  if (state && leaksDatabaseText(state)) problems.push("shows database text");
  const accepted = outcome.kind === "redirect" || state?.ok === true;
  const refusedWithMessage = !!state && !state.ok && isCatalogKey(state.message);
  switch (c.expect) {
    case "accept":
      if (!accepted) problems.push("the valid form was not accepted (fix the table's form)");
      break;
    case "refuse":
      if (!refusedWithMessage) problems.push(accepted ? "accepted" : "no catalog message");
      if (wrote) problems.push(`wrote ${wrote}`);
      break;
    case "either":
      if (!accepted && !refusedWithMessage) problems.push("no catalog message");
      break;
    case "harmless":
      if (!accepted && !refusedWithMessage) problems.push("no catalog message");
      if (wrote) problems.push(`wrote ${wrote}`);
      break;
    case "ignore":
      if (wrote) problems.push(`wrote ${wrote}`);
      break;
  }
  return problems;
}

describe.each(planned.map((p) => [p.action.key, p] as const))("%s", (key, { action, spec, cases }) => {
  test(`${cases.length} cases: no 500, no unintended write, a message`, async () => {
    if (!spec) throw new Error(`${key} is not in support/action-table.ts: add it with its level, form and fields`);
    const problems = await runCases(action, spec, cases);
    expect(problems).toEqual([]);
  });
});

async function runCases(action: ServerAction, spec: ActionSpec, cases: Case[]): Promise<string[]> {
  const problems: string[] = [];
  let caller: Actor | null = null;
  let valid: Fields | null = null;
  let before: Snapshot | null = null;
  for (const c of cases) {
    // A fresh valid form (fresh target rows, a new caller of the same kind from a new address,
    // so per-account and per-address limits do not build up) after any call that changed
    // something.
    if (!valid) {
      caller = await world.freshCaller(CORPUS_CALLER[spec.level]);
      newClientAddress();
      valid = await spec.form(world, caller);
      before = null;
    }
    const args = c.args(valid);
    if (!args.length) continue;
    before ??= await snapshot();
    setCaller(caller);
    const outcome = await callAction(action.fn, args);
    const after = await snapshot();
    const all = changes(before, after);
    const wrote = describeChanges(all.filter((t) => !BOOKKEEPING.has(t.table)));
    const found = judge(c, outcome, wrote);
    if (c.expect !== "accept") {
      tally.cases++;
      if (outcome.kind === "threw") tally.threw++;
      if (outcome.kind === "returned" && isUnexpectedError(outcome.state)) tally.unexpected++;
      if (c.expect !== "either" && wrote) tally.wrote++;
      if (found.includes("no catalog message")) tally.noMessage++;
      if (found.includes("shows database text")) tally.databaseText++;
      if (found.length) tally.problems++;
    }
    if (found.length) {
      const line = `${action.key} | ${c.field} | ${c.label} | expected ${c.expect} | ${describeOutcome(outcome)} | ${found.join("; ")}`;
      problems.push(line.slice(0, 600));
      failed.push(line.slice(0, 600));
    }
    before = after;
    if (all.length) valid = null;
  }
  return problems;
}
