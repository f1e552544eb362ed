import { db } from "@/lib/db/client";
import { attemptLogin, MAX_ACCOUNT_FAILURES, MAX_ADDRESS_FAILURES, LOCK_WINDOW_MS } from "@/lib/auth/login";
import { FIXTURE_PASSWORD, makeUser } from "./support/users";

describe("login with lockout kept in the database", () => {
  it("logs in by phone or by ID number (any letter case)", async () => {
    const u = await makeUser();
    expect(await attemptLogin(u.phone, FIXTURE_PASSWORD, "10.0.0.1")).toEqual({ ok: true, userId: u.id });
    expect(await attemptLogin(u.idNumber.toLowerCase(), FIXTURE_PASSWORD, "10.0.0.1")).toEqual({ ok: true, userId: u.id });
  });

  it("lets pending users log in (to see their status)", async () => {
    const u = await makeUser({ status: "PENDING" });
    expect((await attemptLogin(u.phone, FIXTURE_PASSWORD, "10.0.0.2")).ok).toBe(true);
  });

  it("locks an account after 5 failures, even for the right password, for 15 minutes", async () => {
    const u = await makeUser();
    const t0 = new Date();
    for (let i = 0; i < MAX_ACCOUNT_FAILURES; i++) {
      expect(await attemptLogin(u.phone, "wrong-password", `10.1.0.${i}`, t0)).toEqual({ ok: false, error: "invalid" });
    }
    expect(await attemptLogin(u.phone, FIXTURE_PASSWORD, "10.1.1.1", t0)).toEqual({ ok: false, error: "locked" });
    const later = new Date(t0.getTime() + LOCK_WINDOW_MS + 1000);
    expect(await attemptLogin(u.phone, FIXTURE_PASSWORD, "10.1.1.1", later)).toEqual({ ok: true, userId: u.id });
  });

  it("treats an unknown account exactly like a known one", async () => {
    const t0 = new Date();
    for (let i = 0; i < MAX_ACCOUNT_FAILURES; i++) {
      expect(await attemptLogin("13000000000", "whatever-123", `10.2.0.${i}`, t0)).toEqual({ ok: false, error: "invalid" });
    }
    expect(await attemptLogin("13000000000", "whatever-123", "10.2.1.1", t0)).toEqual({ ok: false, error: "locked" });
  });

  it("locks an address after 20 failures across accounts", async () => {
    const users = await Promise.all(Array.from({ length: 5 }, () => makeUser()));
    const t0 = new Date();
    let n = 0;
    for (const u of users) for (let i = 0; i < 4; i++, n++) await attemptLogin(u.phone, "nope-nope-nope", "10.9.9.9", t0);
    expect(n).toBe(MAX_ADDRESS_FAILURES);
    const fresh = await makeUser();
    expect(await attemptLogin(fresh.phone, FIXTURE_PASSWORD, "10.9.9.9", t0)).toEqual({ ok: false, error: "locked" });
    expect(await attemptLogin(fresh.phone, FIXTURE_PASSWORD, "10.9.9.10", t0)).toEqual({ ok: true, userId: fresh.id });
  });

  it("clears an account's failures after a successful login", async () => {
    const u = await makeUser();
    await attemptLogin(u.phone, "bad-bad-bad", "10.3.0.1");
    await attemptLogin(u.phone, FIXTURE_PASSWORD, "10.3.0.1");
    expect(await db().loginFailure.count({ where: { key: `acct:${u.id}` } })).toBe(0);
  });
});
