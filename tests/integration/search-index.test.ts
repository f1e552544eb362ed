// The search index (issue 14) through the real data layer, on SQLite (FTS5 trigram + character
// tables) and PostgreSQL (pg_trgm + character GIN indexes): substrings of every length and
// 文号, never drafts or withdrawn items, the index moving with the writer's transaction, and
// one fixed corpus giving the same ids in the same order on both databases.
import { db, isPostgres } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import * as policies from "@/lib/data/policies";
import * as vacancies from "@/lib/data/vacancies";
import * as notices from "@/lib/data/notices";
import * as appointments from "@/lib/data/appointments";
import { changePublication } from "@/lib/data/board-kit";
import { indexBoardItem } from "@/lib/data/search-index";
import { searchPublished } from "@/lib/data/search";
import { rebuildSearchIndex } from "@/lib/data/search-documents";
import { parseDay } from "@/lib/calendar/dates";
import { sqliteFile } from "@/lib/db/url";
import Database from "better-sqlite3";
import { migrationsDir, readMigrations } from "../../scripts/db/migrate";
import { fillSearchGrams } from "../../scripts/db/search-grams";
import { makeUser } from "./support/users";
import { appointmentInput, generalNoticeInput, policyInput, vacancyInput } from "./boards-fixtures";

// Thursday 2026-09-17, 10:00 in Beijing.
const NOW = new Date("2026-09-17T02:00:00Z");
const DAY = 86_400_000;
// Busy shared machines: a test's several writes may take more than Jest's default 5 s.
jest.setTimeout(30_000);

const ids = async (q: string, kind?: string) => (await searchPublished({ q, kind }))!.rows.map((r) => r.id);

/** Sanity of the SQLite FTS5 tables against their content table (throws when they disagree). */
async function ftsIntact() {
  if (isPostgres()) return;
  await db().$executeRawUnsafe(`INSERT INTO "SearchFts" ("SearchFts") VALUES ('integrity-check')`);
  await db().$executeRawUnsafe(`INSERT INTO "SearchChars" ("SearchChars") VALUES ('integrity-check')`);
}

// The fixed corpus: five public items, a draft and a withdrawn notice, all about 鲲鹏.
const C: Record<"P1" | "P2" | "V1" | "N1" | "A1" | "draft" | "withdrawn", string> = {} as never;

beforeAll(async () => {
  const staff = await makeUser({ role: "REVIEWER" });
  const p1 = await policies.createPolicy(
    staff,
    policyInput({
      title: "鲲鹏计划实施办法",
      docNumber: "舟组通〔2026〕12号",
      issuedOn: parseDay("2026-01-10")!,
      body: "鲲鹏计划（Kunpeng）面向海洋经济。<script>alert(1)</script>",
    }),
  );
  const p2 = await policies.createPolicy(
    staff,
    policyInput({ title: "人才工作规定", docNumber: "舟组通〔2025〕3号", issuedOn: parseDay("2026-05-01")!, body: "支持鲲鹏计划人选。" }),
  );
  const v1 = await vacancies.createVacancy(staff, vacancyInput(NOW, { post: "鲲鹏实验室主任", unit: "舟山市科学技术局" }));
  const n1 = await notices.createNotice(staff, generalNoticeInput({ title: "人才公告", body: "公布鲲鹏计划名单。" }));
  const a1 = await appointments.createAppointment(
    staff,
    appointmentInput({
      personName: "鲍鹏飞",
      post: "鲲鹏实验室副主任",
      docNumber: "舟委干〔2026〕77号",
      decidedOn: parseDay("2026-08-01")!,
    }),
  );
  const draft = await policies.createPolicy(staff, policyInput({ title: "鲲鹏草稿文件", docNumber: undefined, body: "未发布的草稿。" }));
  const withdrawn = await notices.createNotice(staff, generalNoticeInput({ title: "鲲鹏撤回公告", body: "已撤回。" }));
  await policies.publishPolicy(staff, p1.id, NOW);
  await policies.publishPolicy(staff, p2.id, NOW);
  await vacancies.publishVacancy(staff, v1.id, new Date(NOW.getTime() - 2 * DAY));
  await notices.publishNotice(staff, n1.id, new Date(NOW.getTime() - DAY));
  await appointments.publishAppointment(staff, a1.id, NOW);
  await notices.publishNotice(staff, withdrawn.id, NOW);
  await notices.unpublishNotice(staff, withdrawn.id);
  Object.assign(C, { P1: p1.id, P2: p2.id, V1: v1.id, N1: n1.id, A1: a1.id, draft: draft.id, withdrawn: withdrawn.id });
}, 60_000);

const names = (list: string[]) => list.map((id) => Object.entries(C).find(([, v]) => v === id)?.[0] ?? id);

describe("a fixed corpus, ranked the same on both databases", () => {
  // Title hits first, then newest (sortAt: issuedOn / publishedAt / decidedOn), then kind and id.
  test.each([
    ["鲲", ["V1", "P1", "N1", "A1", "P2"]], // 1 character
    ["鹏", ["V1", "A1", "P1", "N1", "P2"]], // 1 character: 鲍鹏飞 is a title hit
    ["鲲鹏", ["V1", "P1", "N1", "A1", "P2"]], // 2 characters
    ["鲲鹏计", ["P1", "N1", "P2"]], // 3: a trigram
    ["鲲鹏计划实施", ["P1"]], // longer
    ["实验室", ["V1", "A1"]],
    ["计划 名单", ["N1"]], // every word must match
    ["鲲 名单", ["N1"]], // a short and a long word together
    ["舟组通〔2026〕12号", ["P1"]], // 文号, whole
    ["〔2026〕12", ["P1"]], // 文号, a substring across punctuation and digits
    ["〔2025〕", ["P2"]],
    ["2号", ["P1"]], // 2 characters of a 文号
    ["77", ["A1"]],
    ["KUNPENG", ["P1"]], // ASCII case ignored (as LIKE on SQLite did)
    ["kun", ["P1"]],
    ["Ku", ["P1"]],
    ["草稿", []], // a draft is never found
    ["撤回", []], // nor a withdrawn item
  ])("%s", async (q, expected) => {
    expect(names(await ids(q))).toEqual(expected);
  });

  test("one board, with every board's count; a board's own list search uses the index", async () => {
    const r = (await searchPublished({ q: "鲲", kind: "appointments" }))!;
    expect(names(r.rows.map((x) => x.id))).toEqual(["A1"]);
    expect(r.counts).toEqual({ policies: 2, vacancies: 1, notices: 1, appointments: 1, training: 0 });
    expect(r.total).toBe(1);
    expect((await policies.listPublishedPolicies({ q: "鲲" })).rows.map((x) => x.id)).toEqual([C.P2, C.P1]);
    expect((await policies.listPublishedPolicies({ q: "鲲", category: "LAWS" })).rows).toEqual([]);
    expect((await vacancies.listVacancies({ q: "鲲鹏", now: NOW })).rows.map((x) => x.id)).toEqual([C.V1]);
    expect((await notices.listPublishedNotices({ q: "名单", now: NOW })).rows.map((x) => x.id)).toEqual([C.N1]);
    expect((await appointments.listPublishedAppointments({ q: "77" })).rows.map((x) => x.id)).toEqual([C.A1]);
    expect((await notices.listPublishedNotices({ q: "撤回", now: NOW })).total).toBe(0);
  });

  test("snippets mark the words; markup in a document stays text", async () => {
    const [hit] = (await searchPublished({ q: "Kunpeng 海洋" }))!.rows;
    expect(hit.id).toBe(C.P1);
    expect(hit.snippet.filter((s) => s.hit).map((s) => s.text)).toEqual(["Kunpeng", "海洋"]);
    // The page renders segments as React text: "<script>" is escaped, never markup.
    expect(hit.snippet.map((s) => s.text).join("")).toContain("<script>alert(1)</script>");
    expect(hit.titleMarks).toEqual([{ text: "鲲鹏计划实施办法", hit: false }]);
    const [title] = (await searchPublished({ q: "实施" }))!.rows;
    expect(title.titleMarks).toEqual([
      { text: "鲲鹏计划", hit: false },
      { text: "实施", hit: true },
      { text: "办法", hit: false },
    ]);
  });

  test("a full rebuild gives the same index as the writes did", async () => {
    const snapshot = () =>
      db().searchDocument.findMany({
        select: { kind: true, refId: true, title: true, detail: true, body: true, grams: true, sortAt: true },
        orderBy: [{ kind: "asc" }, { refId: "asc" }],
      });
    const before = await snapshot();
    expect(before.map((d) => d.refId)).not.toContain(C.draft);
    expect(before.map((d) => d.refId)).not.toContain(C.withdrawn);
    await rebuildSearchIndex(db());
    expect(await snapshot()).toEqual(before);
    await ftsIntact();
    expect(names(await ids("鲲"))).toEqual(["V1", "P1", "N1", "A1", "P2"]);
  });

  test("the migration's backfill (SQL) composes every document as the data layer does", async () => {
    const snapshot = () =>
      db().searchDocument.findMany({
        select: { kind: true, refId: true, title: true, detail: true, body: true, grams: true, sortAt: true },
        orderBy: [{ kind: "asc" }, { refId: "asc" }],
      });
    const before = await snapshot();
    const provider = isPostgres() ? "postgresql" : "sqlite";
    const migration = readMigrations(migrationsDir(provider)).find((m) => m.name.endsWith("_search_index"))!;
    const backfill = migration.sql
      .split(/;\s*\n/)
      .map((statement) => statement.replace(/^(\s*--.*\n)*/g, "").trim())
      .filter((statement) => statement.startsWith('INSERT INTO "SearchDocument"'));
    expect(backfill).toHaveLength(4);
    await db().searchDocument.deleteMany({});
    for (const statement of backfill) await db().$executeRawUnsafe(statement);
    if (provider === "sqlite") {
      // What scripts/prepare.ts does at start for rows the migration backfilled.
      const conn = new Database(sqliteFile(process.env.DATABASE_URL!), { timeout: 10_000 });
      try {
        expect(fillSearchGrams(conn)).toBe(before.length);
        expect(fillSearchGrams(conn)).toBe(0);
      } finally {
        conn.close();
      }
    }
    expect(await snapshot()).toEqual(before);
    await ftsIntact();
    expect(names(await ids("鲲"))).toEqual(["V1", "P1", "N1", "A1", "P2"]);
  });
});

describe("the index follows the writes, in the same transaction", () => {
  test("an edit of a live vacancy is found at once; an edit rolled back leaves the index as it was", async () => {
    const staff = await makeUser({ role: "REVIEWER" });
    const v = await vacancies.createVacancy(staff, vacancyInput(NOW, { post: "鲸鲨研究室主任" }));
    expect(await ids("鲸鲨")).toEqual([]); // a draft
    await vacancies.publishVacancy(staff, v.id, NOW);
    expect(await ids("鲸鲨")).toEqual([v.id]);
    await vacancies.updateVacancy(staff, v.id, vacancyInput(NOW, { post: "鳐鱼研究室主任" }), NOW);
    expect(await ids("鳐鱼研")).toEqual([v.id]);
    expect(await ids("鲸鲨")).toEqual([]);
    expect(await ids("鲸")).toEqual([]);

    await expect(
      transaction(async (tx) => {
        await tx.vacancy.update({ where: { id: v.id }, data: { post: "鳕鱼站站长" } });
        await indexBoardItem(tx, "vacancies", v.id);
        // Inside the transaction the index already holds the new text…
        expect((await tx.searchDocument.findUnique({ where: { kind_refId: { kind: "vacancies", refId: v.id } } }))!.title).toBe(
          "鳕鱼站站长",
        );
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    // …and after the rollback it holds the old one, in every index.
    expect(await ids("鳕鱼站")).toEqual([]);
    expect(await ids("鳕")).toEqual([]);
    expect(await ids("鳐鱼研")).toEqual([v.id]);
    expect(await ids("鳐")).toEqual([v.id]);
    await ftsIntact();
  });

  test("a publication rolled back is never found; withdrawn and back to draft leave the index", async () => {
    const staff = await makeUser({ role: "REVIEWER" });
    const { id } = await policies.createPolicy(staff, policyInput({ title: "鲟鱼保护办法", docNumber: "舟组通〔2026〕99号" }));
    await expect(
      transaction(async (tx) => {
        await changePublication(tx, tx.policy, { actor: staff, entityType: "Policy", id, to: "PUBLISHED", now: NOW });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await ids("鲟鱼")).toEqual([]);
    expect(await ids("〔2026〕99号")).toEqual([]);
    await policies.publishPolicy(staff, id, NOW);
    expect(await ids("鲟")).toEqual([id]);
    expect(await ids("〔2026〕99号")).toEqual([id]);
    await policies.unpublishPolicy(staff, id);
    expect(await ids("鲟")).toEqual([]);
    expect(await ids("鲟鱼保护")).toEqual([]);
    // Edited while withdrawn (not public): still out of the index.
    await policies.updatePolicy(staff, id, policyInput({ title: "鲟鱼保护办法（修订）" }));
    expect(await ids("修订")).toEqual([]);
    await policies.publishPolicy(staff, id, NOW);
    expect(await ids("鲟鱼保护办法（修订")).toEqual([id]);
    await ftsIntact();
  });
});

describe("the database's own index", () => {
  test("PostgreSQL: pg_trgm splits Chinese into trigrams and the GIN indexes serve the queries", async () => {
    if (!isPostgres()) return;
    const [trgm] = await db().$queryRawUnsafe<{ n: number }[]>(`SELECT cardinality(show_trgm('鲲鹏计划')) AS n`);
    expect(Number(trgm.n)).toBeGreaterThan(0); // needs a UTF-8 LC_CTYPE
    const plan = await transaction(async (tx) => {
      await tx.$executeRawUnsafe(`SET LOCAL enable_seqscan = off`);
      const long = await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
        `EXPLAIN SELECT 1 FROM "SearchDocument" d WHERE (d."title" || E'\\n' || d."body") ILIKE '%鲲鹏计%'`,
      );
      const short = await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
        `EXPLAIN SELECT 1 FROM "SearchDocument" d WHERE string_to_array(lower(d."title" || E'\\n' || d."body"), NULL) @> string_to_array(lower('鲲'), NULL)`,
      );
      return [...long, ...short].map((r) => r["QUERY PLAN"]).join("\n");
    });
    expect(plan).toContain("SearchDocument_text_trgm_idx");
    expect(plan).toContain("SearchDocument_text_chars_idx");
  });

  test("SQLite: the FTS5 tables answer from their indexes and agree with SearchDocument", async () => {
    if (isPostgres()) return;
    await ftsIntact();
    const plan = await db().$queryRawUnsafe<{ detail: string }[]>(
      `EXPLAIN QUERY PLAN SELECT rowid FROM "SearchChars" WHERE "SearchChars" MATCH '"9cb2"'`,
    );
    expect(plan.map((r) => r.detail).join("\n")).toMatch(/VIRTUAL TABLE INDEX/);
  });
});
