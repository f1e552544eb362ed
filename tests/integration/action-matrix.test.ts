// The authorization matrix: every server action in the source tree (found by itself, see
// support/server-actions.ts) × every kind of caller, called directly as a crafted POST would
// call it, with a plausible valid form naming real rows, and every table's rows fingerprinted
// before and after. An action missing from support/action-table.ts fails here ("add it to the
// matrix"), as does one that lets a lesser caller through or writes anything for one.
//
// - Lesser callers: the action answers with an authorization message (a visitor:
//   errors.auth.unauthenticated; others: the level's refusal, see LEVELS) and nothing in the
//   database changes (no row added, removed or altered in any table).
// - Allowed callers: not refused for authorization reasons, nothing thrown and no unexpected
//   error behind the generic message (they may still be refused for other reasons, e.g. a
//   state the target is no longer in).
//
// BEFORE the action pipeline (actions of commit fbeeda9), SQLite and PostgreSQL alike: 27
// actions × 8 callers = 216 calls (157 by lesser callers, 59 by allowed ones, all 59 accepted);
// 4 lesser calls got through, all on withdrawNominationAction: a suspended nominator and a
// suspended reviewer withdrew their nominations (Nomination and AuditLog written), and pending
// and rejected accounts were told errors.notFound instead of a refusal.
import { newClientAddress, setCaller } from "./support/action-mocks";
import { discoverServerActions, inlineServerActionFiles } from "./support/server-actions";
import { ACTIONS, LEVELS } from "./support/action-table";
import { CALLER_KINDS, World } from "./support/action-world";
import {
  AUTHZ_MESSAGE,
  callAction,
  describeOutcome,
  formData,
  isCatalogKey,
  isUnexpectedError,
  leaksDatabaseText,
} from "./support/call-action";
import { changes, closeSnapshots, describeChanges, snapshot } from "./support/db-snapshot";

jest.setTimeout(120_000);

const discovered = discoverServerActions();
let world: World;
// ACTION_SUITE_LOG=1 prints what every call answered (for the lead's before/after notes).
const log: string[] = [];
afterAll(() => {
  closeSnapshots();
  if (process.env.ACTION_SUITE_LOG) console.log(log.join("\n"));
});

beforeAll(async () => {
  world = await World.create();
}, 60_000);

describe("every server action is in the matrix", () => {
  test('found by scanning for "use server" modules', () => {
    expect(discovered.length).toBeGreaterThanOrEqual(20);
  });

  test("each action has an entry in support/action-table.ts (add it to the matrix), and every entry is a real action", () => {
    const keys = discovered.map((a) => a.key);
    expect({ missing: keys.filter((k) => !ACTIONS[k]), stale: Object.keys(ACTIONS).filter((k) => !keys.includes(k)) }).toEqual({
      missing: [],
      stale: [],
    });
  });

  test('no inline "use server" functions (they cannot be found and tested here: move them into an actions module)', () => {
    expect(inlineServerActionFiles()).toEqual([]);
  });
});

describe.each(discovered.map((a) => [a.key, a] as const))("%s", (key, action) => {
  test("each caller: a lesser one is refused and writes nothing; an allowed one is not refused", async () => {
    const spec = ACTIONS[key];
    if (!spec) throw new Error(`${key} is not in support/action-table.ts: add it to the matrix with its level`);
    const level = LEVELS[spec.level];
    const problems: string[] = [];
    // Lesser callers first: they must leave the targets untouched for the allowed ones.
    const order = [...CALLER_KINDS].sort((a, b) => Number(level.allows(world.callers[a])) - Number(level.allows(world.callers[b])));
    for (const kind of order) {
      const caller = world.callers[kind];
      const allowed = level.allows(caller);
      const fields = await spec.form(world, caller);
      setCaller(caller);
      newClientAddress();
      // Only a lesser caller's call must write nothing (an allowed one may well write).
      const before = allowed ? null : await snapshot();
      const outcome = await callAction(action.fn, [{}, formData(fields)]);
      const wrote = before ? changes(before, await snapshot()) : [];
      const seen = `${kind} (${allowed ? "allowed" : "lesser"}): ${describeOutcome(outcome)}`;
      log.push(`${key} | ${seen}${wrote.length ? ` | wrote ${describeChanges(wrote)}` : ""}`);
      if (outcome.kind === "threw") {
        problems.push(`${seen}`);
        continue;
      }
      if (outcome.kind === "returned" && leaksDatabaseText(outcome.state)) problems.push(`${seen} — shows database text`);
      if (outcome.kind === "returned" && isUnexpectedError(outcome.state))
        problems.push(`${seen} — an unexpected error (a 500 by another name)`);
      if (allowed) {
        if (outcome.kind === "returned" && AUTHZ_MESSAGE.test(String(outcome.state.message)))
          problems.push(`${seen} — refused for authorization reasons`);
        continue;
      }
      const expected = caller === null ? /^errors\.auth\.unauthenticated$/ : level.refusal;
      if (
        outcome.kind !== "returned" ||
        outcome.state.ok ||
        !expected.test(String(outcome.state.message)) ||
        !isCatalogKey(outcome.state.message)
      )
        problems.push(`${seen} — expected a refusal matching ${expected}`);
      if (wrote.length) problems.push(`${kind} (lesser) wrote: ${describeChanges(wrote)}`);
    }
    expect(problems).toEqual([]);
  });
});
