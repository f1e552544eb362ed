// 满意度测评 anonymity, tested as an attacker with the whole database would try it: 16 people
// (one unit, one level, so the coarse group says nothing) answer one after another in a known
// order, each with words that let the TEST (not the attacker) tell the responses apart. The
// attacker reads both tables with raw SQL — keys, SQLite's rowid, PostgreSQL's physical order
// (ctid) and writing transaction (xmin), every column — and tries every pairing those allow.
// None may do better than chance: at most 7 of 16 right. A random pairing gets k right with
// about the probability e⁻¹/k! (1 on average), so ≥ 8 with probability 1.0·10⁻⁵ per pairing tried;
// answers stored in arrival order give 16 of 16. (The limit was 5: ≥ 6 by chance is 5.9·10⁻⁴ per
// pairing, and with a dozen pairings tried per run it failed once in a CI run, on a correctly
// shuffled close.)
import { db, isPostgres } from "@/lib/db/client";
import { closeSurvey } from "@/lib/data/survey/define";
import { submitByAccount, submitByCode } from "@/lib/data/survey/answer";
import { REDEAL } from "@/lib/data/survey/anonymous-store";
import { codesFor, makeSurvey, member, surveyAdmin } from "./support/survey-world";

jest.setTimeout(180_000);

const N = 16;
const CHANCE_LIMIT = 7;

interface Row {
  pos: string; // rowid (SQLite) or ctid (PostgreSQL), as text
  tx: string | null; // xmin (PostgreSQL)
  id: number;
  [k: string]: unknown;
}

/** Raw SQL, as an attacker with database access would read: physical position and writing transaction too. */
async function dump(table: "SurveyParticipation" | "SurveyResponse", surveyId: string): Promise<Row[]> {
  const sql = isPostgres()
    ? `SELECT ctid::text AS pos, xmin::text AS tx, * FROM "${table}" WHERE "surveyId" = $1`
    : `SELECT rowid AS pos, NULL AS tx, * FROM "${table}" WHERE "surveyId" = ?`;
  const rows = await db().$queryRawUnsafe<Row[]>(sql, surveyId);
  return rows.map((r) => ({ ...r, id: Number(r.id), pos: String(r.pos) }));
}

/** Physical order: SQLite rowid numerically, PostgreSQL ctid as (page, item). */
const physical = (r: Row) => (isPostgres() ? r.pos.replace(/[()]/g, "").split(",").map(Number) : [Number(r.pos)]);
const cmp = (a: number[], b: number[]) => a[0] - b[0] || (a[1] ?? 0) - (b[1] ?? 0);

const ORDERINGS: Record<string, (a: Row, b: Row) => number> = {
  key: (a, b) => a.id - b.id,
  physical: (a, b) => cmp(physical(a), physical(b)),
  ...(isPostgres() ? { transaction: (a: Row, b: Row) => Number(a.tx) - Number(b.tx) || cmp(physical(a), physical(b)) } : {}),
};

/** Who wrote each response (the test's knowledge, from the words it chose). */
const writerOf = (r: Row) => Number(/#(\d+)#/.exec(String(r.answers))![1]);

function attack(participants: Row[], responses: Row[], userIndex: Map<string, number>) {
  const results: Record<string, number> = {};
  for (const [name, order] of Object.entries(ORDERINGS)) {
    // 1. The k-th response in this order is the k-th person to answer (the attacker knows the order people came in).
    const sorted = [...responses].sort(order);
    results[`${name}: known arrival order`] = sorted.filter((r, k) => writerOf(r) === k).length;
    // 2. Pair the two tables rank by rank in the same order.
    const marks = [...participants].sort(order);
    results[`${name}: rank to rank`] = sorted.filter((r, k) => writerOf(r) === userIndex.get(String(marks[k].userId))).length;
  }
  // 3. Equal keys.
  const byId = new Map(responses.map((r) => [r.id, r]));
  results["equal keys"] = participants.filter(
    (p) => byId.has(p.id) && writerOf(byId.get(p.id)!) === userIndex.get(String(p.userId)),
  ).length;
  return results;
}

/** PostgreSQL: responses written by the same transaction as a person's mark are that person's candidates. */
function sameTransactionCandidates(participants: Row[], responses: Row[]): number[] {
  return participants.map((p) => responses.filter((r) => r.tx === p.tx).length);
}

async function answerInOrder() {
  const s = await makeSurvey();
  const users = [];
  for (let i = 0; i < N; i++) users.push(await member("舟山市测试局", "SECTION", `参评人${i}`));
  const userIndex = new Map(users.map((u, i) => [u.id, i]));
  for (const [i, u] of users.entries()) {
    // The same choices for all (so content cannot be ordered), a tag only the test reads.
    await submitByAccount(u, s.id, { [s.qids[0]]: "SATISFIED", [s.qids[1]]: "BASIC", [s.qids[2]]: `意见#${i}#` });
  }
  return { s, userIndex };
}

describe("no link between a response and the person who answered", () => {
  it("the response table holds no person, no time, no key of anything else", async () => {
    const cols = isPostgres()
      ? (
          await db().$queryRawUnsafe<{ name: string }[]>(
            `SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'SurveyResponse'`,
          )
        ).map((c) => c.name)
      : (await db().$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM pragma_table_info('SurveyResponse')`)).map((c) => c.name);
    expect(cols.sort()).toEqual(["answers", "id", "level", "surveyId", "unit"]);
    // No foreign key from a response to anything but (implicitly) its survey.
    if (!isPostgres()) expect(await db().$queryRawUnsafe<unknown[]>(`SELECT * FROM pragma_foreign_key_list('SurveyResponse')`)).toEqual([]);
    const mark = isPostgres()
      ? (
          await db().$queryRawUnsafe<{ name: string }[]>(
            `SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'SurveyParticipation'`,
          )
        ).map((c) => c.name)
      : (await db().$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM pragma_table_info('SurveyParticipation')`)).map((c) => c.name);
    expect(mark.sort()).toEqual(["id", "surveyId", "userId"]);
  });

  it("while the survey is open: keys, row order and writing transaction pair no better than chance", async () => {
    const { s, userIndex } = await answerInOrder();
    const participants = await dump("SurveyParticipation", s.id);
    const responses = await dump("SurveyResponse", s.id);
    expect(participants).toHaveLength(N);
    expect(responses).toHaveLength(N);
    // Nothing in a response names a person or a mark.
    const personal = new Set([...participants.map((p) => String(p.userId)), ...participants.map((p) => String(p.id))]);
    for (const r of responses) for (const v of Object.values(r)) expect(personal.has(String(v)) && v !== r.id).toBe(false);
    const results = attack(participants, responses, userIndex);
    for (const [how, right] of Object.entries(results)) expect([how, right <= CHANCE_LIMIT]).toEqual([how, true]);
    if (isPostgres()) {
      // A person's mark shares its transaction with their response — and with up to REDEAL others
      // (here, with fewer than REDEAL + 1 responses, with all of them) or, once those moved on, with none.
      for (const n of sameTransactionCandidates(participants, responses)) expect(n === 0 || n >= Math.min(N, REDEAL + 1)).toBe(true);
    }
  });

  it("after closing: every response was written again at once, in random order", async () => {
    const { s, userIndex } = await answerInOrder();
    await closeSurvey(await surveyAdmin(), s.id);
    const participants = await dump("SurveyParticipation", s.id);
    const responses = await dump("SurveyResponse", s.id);
    expect(responses).toHaveLength(N);
    const results = attack(participants, responses, userIndex);
    for (const [how, right] of Object.entries(results)) expect([how, right <= CHANCE_LIMIT]).toEqual([how, true]);
    if (isPostgres()) {
      // One writing transaction for all of them, shared with no mark.
      expect(new Set(responses.map((r) => r.tx)).size).toBe(1);
      expect(sameTransactionCandidates(participants, responses).every((n) => n === 0)).toBe(true);
    }
  });

  it("codes: the used flag keeps no time, and the response nothing of the code", async () => {
    const s = await makeSurvey();
    const codes = await codesFor(s.id, N, "某县", "SECTION");
    for (const [i, c] of codes.entries())
      await submitByCode(c, s.id, { [s.qids[0]]: "BASIC", [s.qids[1]]: "BASIC", [s.qids[2]]: `意见#${i}#` });
    const cols = isPostgres()
      ? (
          await db().$queryRawUnsafe<{ name: string }[]>(
            `SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'SurveyCode'`,
          )
        ).map((c) => c.name)
      : (await db().$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM pragma_table_info('SurveyCode')`)).map((c) => c.name);
    expect(cols.sort()).toEqual(["codeHash", "id", "level", "surveyId", "unit", "used"]);
    const responses = await dump("SurveyResponse", s.id);
    const codeRows = await db().surveyCode.findMany({ where: { surveyId: s.id } });
    const codeValues = new Set(codeRows.flatMap((c) => [String(c.id), c.codeHash]));
    for (const r of responses) expect(codeValues.has(String(r.id))).toBe(false);
    // Codes handed out in the order 0…15 and used in that order: response order does not follow.
    for (const order of Object.values(ORDERINGS)) {
      const sorted = [...responses].sort(order);
      expect(sorted.filter((r, k) => writerOf(r) === k).length).toBeLessThanOrEqual(CHANCE_LIMIT);
    }
  });
});
