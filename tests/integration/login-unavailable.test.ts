// No raw database message reaches the user. With the disk full, the login page used to show
// "Invalid `prisma.loginFailure.createMany()` … SQLITE_FULL" and call the password wrong. The
// database really fails here: SQLite is capped at its current size and filled (SQLITE_FULL, the
// reported case); on PostgreSQL the failure-count table is renamed away for the duration.
import { db, isPostgres } from "@/lib/db/client";
import { Browser } from "./support/auth-flow";
import { makeUser } from "./support/users";

jest.setTimeout(60_000);

async function breakDatabase(): Promise<() => Promise<void>> {
  if (isPostgres()) {
    await db().$executeRawUnsafe(`ALTER TABLE "LoginFailure" RENAME TO "LoginFailureAway"`);
    return async () => void (await db().$executeRawUnsafe(`ALTER TABLE "LoginFailureAway" RENAME TO "LoginFailure"`));
  }
  const [{ page_count }] = await db().$queryRawUnsafe<{ page_count: bigint }[]>("PRAGMA page_count");
  await db().$queryRawUnsafe(`PRAGMA max_page_count = ${Number(page_count)}`);
  // Fill the room left in the failure table's pages (keys spread over its index, smaller and
  // smaller rows) until SQLite reports the disk full.
  const prefixes = ["acct:", "ident:", "ip:", "pair:", "a", "z", "0", "~"];
  for (const pad of [300, 60, 10, 0]) {
    for (let i = 0; i < 100_000; i++) {
      const key = `${prefixes[i % prefixes.length]}${Math.random().toString(36).slice(2)}#filler${"x".repeat(pad)}`;
      try {
        await db().$executeRawUnsafe(`INSERT INTO "LoginFailure" ("key", "createdAt") VALUES ('${key}', 0)`);
      } catch (e) {
        if (!/SQLITE_FULL/.test(String(e))) throw e;
        break;
      }
    }
  }
  return async () => {
    await db().$queryRawUnsafe("PRAGMA max_page_count = 1073741823");
    await db().$executeRawUnsafe(`DELETE FROM "LoginFailure" WHERE "key" LIKE '%#filler%'`);
  };
}

it("a database failure during sign-in gives a generic message with a reference; the log has the stack", async () => {
  const u = await makeUser();
  const logged: unknown[][] = [];
  const spy = jest.spyOn(console, "error").mockImplementation((...args: unknown[]) => void logged.push(args));
  const repair = await breakDatabase();
  let result;
  try {
    result = await new Browser("198.19.0.1").signIn(u.phone, "wrong-password-1");
  } finally {
    await repair();
    spy.mockRestore();
  }
  expect(result.ok).toBe(false);
  expect(result.redirect ?? "").not.toMatch(/prisma|sqlite|LoginFailure|invocation|disk/i);
  const match = /^unavailable:([0-9A-F]{8})$/.exec(result.error ?? "");
  expect(match).not.toBeNull();
  const line = logged.map((args) => args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : String(a))).join(" ")).join("\n");
  expect(line).toContain(match![1]);
  expect(line).toMatch(/\n\s+at /); // the stack
});
