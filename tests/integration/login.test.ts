import { db } from "@/lib/db/client";
import {
  attemptLogin,
  CHALLENGE_AFTER_ACCOUNT_FAILURES,
  FAILURE_WINDOW_MS,
  MAX_ADDRESS_FAILURES,
  MAX_PAIR_FAILURES,
  type LoginAttempt,
} from "@/lib/auth/login";
import { solvedChallenge } from "./support/challenge";
import { FIXTURE_PASSWORD, makeUser } from "./support/users";

jest.setTimeout(60_000);

const attempt = (identifier: string, password: string, address: string, challenge?: string): LoginAttempt => ({
  identifier,
  password,
  address,
  challenge,
});

describe("login, with the failure counters kept in the database", () => {
  it("logs in by phone (spaces and dashes allowed) or by ID number (any letter case)", async () => {
    const u = await makeUser();
    expect(await attemptLogin(attempt(u.phone, FIXTURE_PASSWORD, "10.0.0.1"))).toMatchObject({ ok: true, user: { id: u.id } });
    const spaced = `${u.phone.slice(0, 3)} ${u.phone.slice(3, 7)}-${u.phone.slice(7)}`;
    expect(await attemptLogin(attempt(spaced, FIXTURE_PASSWORD, "10.0.0.1"))).toMatchObject({ ok: true });
    expect(await attemptLogin(attempt(u.idNumber.toLowerCase(), FIXTURE_PASSWORD, "10.0.0.1"))).toMatchObject({
      ok: true,
      user: { id: u.id },
    });
  });

  it("lets pending users log in (to see their status)", async () => {
    const u = await makeUser({ status: "PENDING" });
    expect((await attemptLogin(attempt(u.phone, FIXTURE_PASSWORD, "10.0.0.2"))).ok).toBe(true);
  });

  it("locks one account from one address after 5 failures, for 15 minutes", async () => {
    const u = await makeUser();
    const t0 = new Date();
    for (let i = 0; i < MAX_PAIR_FAILURES; i++) {
      expect(await attemptLogin(attempt(u.phone, "wrong-password", "10.1.0.1"), t0)).toEqual({ ok: false, error: "invalid" });
    }
    expect(await attemptLogin(attempt(u.phone, FIXTURE_PASSWORD, "10.1.0.1", await solvedChallenge()), t0)).toEqual({
      ok: false,
      error: "locked",
    });
    const later = new Date(t0.getTime() + FAILURE_WINDOW_MS + 1000);
    expect(await attemptLogin(attempt(u.phone, FIXTURE_PASSWORD, "10.1.0.1"), later)).toMatchObject({ ok: true });
  });

  it("asks for the challenge, never locks, after failures for one account from many addresses", async () => {
    const u = await makeUser();
    const t0 = new Date();
    for (let i = 0; i < CHALLENGE_AFTER_ACCOUNT_FAILURES * 3; i++) {
      const r = await attemptLogin(attempt(u.phone, "wrong-password", `10.1.1.${i}`, await solvedChallenge({ now: t0 })), t0);
      expect(r).toEqual({ ok: false, error: "invalid" });
    }
    expect(await attemptLogin(attempt(u.phone, FIXTURE_PASSWORD, "10.1.2.1"), t0)).toEqual({ ok: false, error: "challenge" });
    expect(await attemptLogin(attempt(u.phone, FIXTURE_PASSWORD, "10.1.2.1", await solvedChallenge({ now: t0 })), t0)).toMatchObject({
      ok: true,
    });
    const later = new Date(t0.getTime() + FAILURE_WINDOW_MS + 1000);
    expect(await attemptLogin(attempt(u.phone, FIXTURE_PASSWORD, "10.1.2.2"), later)).toMatchObject({ ok: true });
  });

  it("treats an unknown account exactly like a known one", async () => {
    const t0 = new Date();
    for (let i = 0; i < MAX_PAIR_FAILURES; i++) {
      expect(await attemptLogin(attempt("13000000000", "whatever-123", "10.2.0.1"), t0)).toEqual({ ok: false, error: "invalid" });
    }
    expect(await attemptLogin(attempt("13000000000", "whatever-123", "10.2.0.1"), t0)).toEqual({ ok: false, error: "locked" });
    expect(await attemptLogin(attempt("13000000000", "whatever-123", "10.2.0.2"), t0)).toEqual({ ok: false, error: "challenge" });
  });

  it("asks an address for the challenge after 20 failures across accounts", async () => {
    const users = await Promise.all(Array.from({ length: 5 }, () => makeUser()));
    const t0 = new Date();
    let n = 0;
    for (const u of users) for (let i = 0; i < 4; i++, n++) await attemptLogin(attempt(u.phone, "nope-nope-nope", "10.9.9.9"), t0);
    expect(n).toBe(MAX_ADDRESS_FAILURES);
    const fresh = await makeUser();
    expect(await attemptLogin(attempt(fresh.phone, FIXTURE_PASSWORD, "10.9.9.9"), t0)).toEqual({ ok: false, error: "challenge" });
    expect(await attemptLogin(attempt(fresh.phone, FIXTURE_PASSWORD, "10.9.9.9", await solvedChallenge({ now: t0 })), t0)).toMatchObject({
      ok: true,
    });
    expect(await attemptLogin(attempt(fresh.phone, FIXTURE_PASSWORD, "10.9.9.10"), t0)).toMatchObject({ ok: true });
  });

  it("clears this address's failures for the account after a successful login, not the account-wide ones", async () => {
    const u = await makeUser();
    await attemptLogin(attempt(u.phone, "bad-bad-bad", "10.3.0.1"));
    await attemptLogin(attempt(u.phone, FIXTURE_PASSWORD, "10.3.0.1"));
    expect(await db().loginFailure.count({ where: { key: `pair:acct:${u.id}@10.3.0.1` } })).toBe(0);
    expect(await db().loginFailure.count({ where: { key: `acct:${u.id}` } })).toBe(1);
  });

  it("never stores an unknown identifier as typed", async () => {
    await attemptLogin(attempt("13000000555", "whatever-123", "10.4.0.1"));
    await attemptLogin(attempt("330902198501019999", "whatever-123", "10.4.0.1"));
    const keys = (await db().loginFailure.findMany({ select: { key: true } })).map((r) => r.key).join("\n");
    expect(keys).not.toContain("13000000555");
    expect(keys).not.toContain("330902198501019999");
  });
});
