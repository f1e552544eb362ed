// The kept compiled statements (lib/db/statement-cache.ts) on a real SQLite file: each call runs
// with its own values (a statement can be bound only once in better-sqlite3), statements are
// compiled once per text, the least recently used is dropped past the size, and writes,
// transactions and errors behave as with fresh statements.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { keepCompiledStatements } from "@/lib/db/statement-cache";

let dir: string;
let client: Database.Database;
let compiledTexts: string[];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "statement-cache-"));
  client = new Database(path.join(dir, "t.db"));
  client.exec(`CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)`);
  const real = client.prepare.bind(client);
  compiledTexts = [];
  client.prepare = ((sql: string) => {
    compiledTexts.push(sql);
    return real(sql);
  }) as Database.Database["prepare"];
});

afterEach(() => {
  client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** What Prisma's adapter does with a statement (performIO / executeIO). */
function read(sql: string, values: unknown[]) {
  const stmt = client.prepare(sql).bind(values);
  return { names: stmt.columns().map((c) => c.name), rows: stmt.raw().all() };
}
const write = (sql: string, values: unknown[]) => client.prepare(sql).bind(values).run();

test("each call runs with its own values; a text is compiled once", () => {
  keepCompiledStatements(client);
  write(`INSERT INTO t (name) VALUES (?)`, ["张三"]);
  write(`INSERT INTO t (name) VALUES (?)`, ["李四"]);
  expect(read(`SELECT id, name FROM t WHERE name = ?`, ["张三"])).toEqual({ names: ["id", "name"], rows: [[1, "张三"]] });
  expect(read(`SELECT id, name FROM t WHERE name = ?`, ["李四"])).toEqual({ names: ["id", "name"], rows: [[2, "李四"]] });
  expect(read(`SELECT id, name FROM t WHERE name = ?`, ["王五"]).rows).toEqual([]);
  expect(compiledTexts).toEqual([`INSERT INTO t (name) VALUES (?)`, `SELECT id, name FROM t WHERE name = ?`]);
});

test("a statement without values, and transactions begun and ended by text", () => {
  keepCompiledStatements(client);
  for (const name of ["甲", "乙"]) {
    client.prepare("BEGIN").run();
    write(`INSERT INTO t (name) VALUES (?)`, [name]);
    client.prepare(name === "甲" ? "COMMIT" : "ROLLBACK").run();
  }
  expect(read(`SELECT name FROM t ORDER BY id`, []).rows).toEqual([["甲"]]);
  expect(compiledTexts.filter((s) => s === "BEGIN")).toHaveLength(1);
});

test("a failing call leaves the kept statement usable", () => {
  keepCompiledStatements(client);
  write(`INSERT INTO t (name) VALUES (?)`, ["张三"]);
  expect(() => write(`INSERT INTO t (name) VALUES (?)`, ["张三"])).toThrow(/UNIQUE/);
  expect(write(`INSERT INTO t (name) VALUES (?)`, ["李四"]).changes).toBe(1);
  expect(() => read(`SELECT name FROM t WHERE id = ?`, [])).toThrow();
  expect(read(`SELECT name FROM t WHERE id = ?`, [2]).rows).toEqual([["李四"]]);
});

test("past its size the least recently used text is dropped and compiled again when it returns", () => {
  keepCompiledStatements(client, 2);
  const q = (n: number) => `SELECT ${n} AS n`;
  read(q(1), []);
  read(q(2), []);
  read(q(1), []); // 1 is now the most recent
  read(q(3), []); // drops 2
  read(q(1), []);
  expect(compiledTexts).toEqual([q(1), q(2), q(3)]);
  expect(read(q(2), []).rows).toEqual([[2]]);
  expect(compiledTexts).toEqual([q(1), q(2), q(3), q(2)]);
});

test("the schema changing under a kept statement is followed: new columns do not disturb it, a dropped one fails it", () => {
  keepCompiledStatements(client);
  write(`INSERT INTO t (name) VALUES (?)`, ["张三"]);
  expect(read(`SELECT id, name FROM t`, []).rows).toEqual([[1, "张三"]]);
  client.exec(`ALTER TABLE t ADD COLUMN unit TEXT`);
  write(`UPDATE t SET unit = ? WHERE id = ?`, ["定海区", 1]);
  expect(read(`SELECT id, name FROM t`, [])).toEqual({ names: ["id", "name"], rows: [[1, "张三"]] });
  expect(read(`SELECT unit FROM t WHERE id = ?`, [1]).rows).toEqual([["定海区"]]);
  client.exec(`ALTER TABLE t DROP COLUMN unit`);
  expect(() => read(`SELECT unit FROM t WHERE id = ?`, [1])).toThrow(/unit/);
});
