// The app's Prisma client on SQLite runs through the kept compiled statements
// (lib/db/statement-cache.ts, wired in lib/db/client.ts): a query run again is not compiled
// again, and each run answers with its own values, inside and outside a transaction; a
// rolled-back transaction leaves nothing. PostgreSQL compiles on its server: nothing to check.
import Database from "better-sqlite3";
import { createPrismaClient, isPostgres } from "@/lib/db/client";
import { makeUser } from "./support/users";

const sqliteOnly = isPostgres() ? test.skip : test;

sqliteOnly("a query run again is not compiled again, and each run answers for its own values", async () => {
  const a = await makeUser({ realName: "张三" });
  const b = await makeUser({ realName: "李四" });
  const prepare = jest.spyOn(Database.prototype, "prepare");
  const client = createPrismaClient();
  try {
    const find = (id: string) => client.user.findUnique({ where: { id }, select: { realName: true } });
    expect(await find(a.id)).toEqual({ realName: "张三" });
    const compiled = prepare.mock.calls.length;
    expect(await find(b.id)).toEqual({ realName: "李四" });
    expect(await find("no-such-user")).toBeNull();
    expect(await find(a.id)).toEqual({ realName: "张三" });
    expect(prepare.mock.calls.length).toBe(compiled);

    const rename = (id: string, realName: string) => client.user.update({ where: { id }, data: { realName }, select: { id: true } });
    await client.$transaction(async (tx) => {
      await tx.user.update({ where: { id: a.id }, data: { realName: "张三丰" } });
      await tx.user.update({ where: { id: b.id }, data: { realName: "李四光" } });
    });
    await expect(
      client.$transaction(async (tx) => {
        await tx.user.update({ where: { id: a.id }, data: { realName: "不该留下" } });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    await rename(b.id, "李四");
    expect([await find(a.id), await find(b.id)]).toEqual([{ realName: "张三丰" }, { realName: "李四" }]);
    const texts = prepare.mock.calls.map(([sql]) => sql);
    expect(texts.filter((s) => s === "BEGIN")).toHaveLength(1);
    expect(new Set(texts).size).toBe(texts.length);
  } finally {
    prepare.mockRestore();
    await client.$disconnect();
  }
});
