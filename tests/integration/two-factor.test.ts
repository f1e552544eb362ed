// Staff two-factor sign-in against a real database and next-auth's own handler: a reviewer or
// administrator signed in with the password alone reaches no console page, no staff action and
// no staff data; sets up the authenticator (QR secret, first code, 10 recovery codes stored as
// hashes); signs in with a code, or with a recovery code (each once); wrong codes are failed
// sign-ins (counted, audited, locked like passwords); a code is not accepted twice; an
// administrator resets another staff member's second factor (audited, sessions end), never
// their own.
import "./support/action-mocks";
import { newClientAddress, setCaller } from "./support/action-mocks";
import { cookies } from "next/headers";
import { NextRequest } from "next/server";
import { db } from "@/lib/db/client";
import { actorFromSession } from "@/lib/auth/session";
import { requireStaff, type Actor } from "@/lib/auth/actor";
import { adminPage, consoleLayoutActor, staffPage } from "@/lib/auth/page-guards";
import { MAX_PAIR_FAILURES } from "@/lib/auth/login";
import { twoFactorEnrolment } from "@/lib/data/two-factor";
import { listRegistrations } from "@/lib/data/accounts";
import { totpCode } from "@/lib/security/totp";
import { confirmTwoFactorAction, verifyTwoFactorAction } from "@/app/[locale]/(public)/login/two-factor/actions";
import { resetTwoFactorAction } from "@/app/[locale]/(admin)/admin/staff/two-factor-actions";
import { approveAction } from "@/app/[locale]/(admin)/admin/account-actions";
import { Browser } from "./support/auth-flow";
import { callAction, formData, type Outcome } from "./support/call-action";
import { FIXTURE_PASSWORD, makeUser } from "./support/users";
import { enrol } from "./support/two-factor-world";

jest.setTimeout(60_000);

const COOKIE = "next-auth.session-token";
const STEP = 30_000;

/** A browser signed in with the password only. */
async function passwordOnly(phone: string): Promise<Browser> {
  const b = new Browser(newClientAddress());
  expect((await b.signIn(phone, FIXTURE_PASSWORD)).ok).toBe(true);
  return b;
}

/** The actor this browser's session stands for, as every request sees it. */
async function actorOf(b: Browser): Promise<Actor | null> {
  return actorFromSession(await b.session());
}

/**
 * Calls a second-factor action as the browser's own request: its session is the caller and its
 * cookie the request's; the re-issued cookie (if any) goes back into the browser.
 */
async function asBrowser(b: Browser, action: unknown, fields: Record<string, string>): Promise<Outcome> {
  const jar = await cookies();
  jar.set(COOKIE, b.cookies.get(COOKIE)!);
  setCaller(await actorOf(b));
  const out = await callAction(action as never, [{}, formData(fields)]);
  b.cookies.set(COOKIE, jar.get(COOKIE)!.value);
  jar.delete(COOKIE);
  return out;
}

/** How a guard or page ended: "ok", or Next's redirect with its target. */
async function guard(fn: () => Promise<unknown>): Promise<string> {
  try {
    await fn();
    return "ok";
  } catch (e) {
    const digest = String((e as { digest?: unknown }).digest ?? "");
    if (digest.startsWith("NEXT_REDIRECT")) return `redirect ${digest.split(";")[2]}`;
    if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;403")) return "403";
    throw e;
  }
}

/** The recovery codes an enrolment answered with (shown once). */
function recoveryCodesOf(out: Outcome): string[] {
  if (out.kind !== "returned" || !Array.isArray(out.state.recoveryCodes)) throw new Error(`no recovery codes: ${JSON.stringify(out)}`);
  return out.state.recoveryCodes as string[];
}

/** A step's code: the test plays the staff member's phone. */
const codeAt = (secret: string, offsetSteps = 0) => totpCode(secret, new Date(Date.now() + offsetSteps * STEP));

describe("staff without a second factor cannot reach the console", () => {
  test.each(["REVIEWER", "ADMIN"] as const)(
    "a %s signed in with the password alone is sent to set it up, refused by every staff door",
    async (role) => {
      const staff = await makeUser({ role });
      const b = await passwordOnly(staff.phone);
      expect((await b.session()).user).toMatchObject({ id: staff.id, role, tfa: "enrol" });
      const actor = await actorOf(b);
      expect(actor).toMatchObject({ id: staff.id, secondFactor: "enrol" });

      // Pages: the console and one's own account alike send it to the second factor and back.
      setCaller(actor);
      expect(await guard(() => staffPage("/admin/cases"))).toBe(
        `redirect /login/two-factor?callbackUrl=${encodeURIComponent("/admin/cases")}`,
      );
      expect(await guard(() => adminPage("/admin/staff"))).toBe(
        `redirect /login/two-factor?callbackUrl=${encodeURIComponent("/admin/staff")}`,
      );
      expect(await guard(() => consoleLayoutActor())).toMatch(/^redirect \/login\/two-factor/);
      const home = (await import("@/app/[locale]/(admin)/admin/page")).default as () => Promise<unknown>;
      expect(await guard(() => home())).toMatch(/^redirect \/login\/two-factor/);

      // A staff action: refused for that reason, nothing written.
      const pending = await makeUser({ status: "PENDING" });
      const out = await callAction(approveAction as never, [{}, formData({ id: pending.id })]);
      expect(out).toMatchObject({ kind: "returned", state: { message: "errors.auth.secondFactor" } });
      expect((await db().user.findUniqueOrThrow({ where: { id: pending.id } })).status).toBe("PENDING");

      // The data layer's own door, which the export routes call directly: not staff.
      expect(() => requireStaff(actor)).toThrow("forbidden");
      await expect(listRegistrations(actor, {} as never)).rejects.toThrow();
      const { GET } = await import("@/app/[locale]/(admin)/admin/exports/registrations/route");
      expect((await GET(new NextRequest("http://localhost:3000/admin/exports/registrations?format=csv"))).status).toBe(403);
    },
  );

  test("a nominator never owes one; a staff member with the authenticator set up owes a code", async () => {
    const nominator = await makeUser();
    expect(((await (await passwordOnly(nominator.phone)).session()).user as { tfa?: string } | undefined)?.tfa).toBeUndefined();
    const reviewer = await makeUser({ role: "REVIEWER" });
    await enrol(reviewer.id);
    expect(await actorOf(await passwordOnly(reviewer.phone))).toMatchObject({ secondFactor: "verify" });
  });
});

describe("setting up the authenticator", () => {
  test("the first code sets it up, passes this session, and gives 10 recovery codes kept only as hashes", async () => {
    const reviewer = await makeUser({ role: "REVIEWER" });
    const b = await passwordOnly(reviewer.phone);
    const actor = (await actorOf(b))!;
    const shown = (await twoFactorEnrolment(actor))!;
    // The same secret on a reload; stored encrypted, not in clear.
    expect((await twoFactorEnrolment(actor))!.secret).toBe(shown.secret);
    expect(shown.uri).toMatch(/^otpauth:\/\/totp\/OpenSelect:/);
    const stored = await db().user.findUniqueOrThrow({ where: { id: reviewer.id } });
    expect(stored.totpSecret).toMatch(/^v1:/);
    expect(stored.totpSecret).not.toContain(shown.secret);
    expect(stored.totpEnabledAt).toBeNull();

    // A wrong code is refused and counted as a failed sign-in.
    const wrong = String((Number(await codeAt(shown.secret)) + 7) % 1e6).padStart(6, "0");
    expect(await asBrowser(b, confirmTwoFactorAction, { code: wrong, next: "/admin/cases" })).toMatchObject({
      kind: "returned",
      state: { message: "twoFactor.errors.invalid" },
    });
    expect(await db().loginFailure.count({ where: { key: `acct:${reviewer.id}` } })).toBe(1);

    const out = await asBrowser(b, confirmTwoFactorAction, { code: await codeAt(shown.secret), next: "/admin/cases" });
    expect(out).toMatchObject({ kind: "returned", state: { ok: true, message: "twoFactor.enrolled", next: "/admin/cases" } });
    const codes = recoveryCodesOf(out);
    expect(codes).toHaveLength(10);
    expect((await db().user.findUniqueOrThrow({ where: { id: reviewer.id } })).totpEnabledAt).not.toBeNull();
    const rows = await db().recoveryCode.findMany({ where: { userId: reviewer.id } });
    expect(rows).toHaveLength(10);
    for (const r of rows) for (const c of codes) expect(r.codeHash).not.toContain(c.replace("-", ""));
    expect(await db().auditLog.count({ where: { action: "auth.twoFactorEnrol", entityId: reviewer.id, actorId: reviewer.id } })).toBe(1);

    // This session has passed: the console opens.
    expect(((await b.session()).user as { tfa?: string } | undefined)?.tfa).toBeUndefined();
    const done = await actorOf(b);
    expect(done).toMatchObject({ id: reviewer.id });
    expect(done!.secondFactor).toBeUndefined();
    setCaller(done);
    expect(await guard(() => staffPage("/admin/cases"))).toBe("ok");

    // Another browser with the password still owes a code (the mark is this session's only).
    expect(await actorOf(await passwordOnly(reviewer.phone))).toMatchObject({ secondFactor: "verify" });
  });
});

describe("signing in with a code", () => {
  test("the app's code passes; a wrong one is a failed sign-in (counted, audited); the same code is not accepted twice", async () => {
    const admin = await makeUser({ role: "ADMIN" });
    const secret = await enrol(admin.id);
    const b = await passwordOnly(admin.phone);

    expect(await asBrowser(b, verifyTwoFactorAction, { code: "000000" === (await codeAt(secret)) ? "111111" : "000000" })).toMatchObject({
      kind: "returned",
      state: { message: "twoFactor.errors.invalid", errors: { code: ["twoFactor.errors.invalid"] } },
    });
    expect(await db().auditLog.count({ where: { action: "auth.twoFactorFailed", entityId: admin.id } })).toBe(1);
    expect(await actorOf(b)).toMatchObject({ secondFactor: "verify" });

    const code = await codeAt(secret);
    expect(await asBrowser(b, verifyTwoFactorAction, { code, next: "/admin/staff" })).toEqual({ kind: "redirect", to: "/admin/staff" });
    const actor = await actorOf(b);
    expect(actor!.secondFactor).toBeUndefined();
    setCaller(actor);
    expect(await guard(() => adminPage("/admin/staff"))).toBe("ok");
    expect(await db().auditLog.count({ where: { action: "auth.twoFactorPass", entityId: admin.id } })).toBe(1);

    // Someone who saw the code and knows the password, in the same half minute: refused.
    const thief = await passwordOnly(admin.phone);
    expect(await asBrowser(thief, verifyTwoFactorAction, { code })).toMatchObject({
      kind: "returned",
      state: { message: "twoFactor.errors.invalid" },
    });
    expect(await actorOf(thief)).toMatchObject({ secondFactor: "verify" });
    // The next step's code (within the window) is a new code, accepted.
    expect(await asBrowser(thief, verifyTwoFactorAction, { code: await codeAt(secret, 1) })).toMatchObject({ kind: "redirect" });
  });

  test("a code from two steps away is refused; an off-site `next` lands on the console", async () => {
    const reviewer = await makeUser({ role: "REVIEWER" });
    const secret = await enrol(reviewer.id);
    const b = await passwordOnly(reviewer.phone);
    expect(await asBrowser(b, verifyTwoFactorAction, { code: await codeAt(secret, -2) })).toMatchObject({
      state: { message: "twoFactor.errors.invalid" },
    });
    expect(await asBrowser(b, verifyTwoFactorAction, { code: await codeAt(secret), next: "https://evil.example/" })).toEqual({
      kind: "redirect",
      to: "/admin",
    });
  });

  test(`after ${MAX_PAIR_FAILURES} wrong codes from one address, even the right code is refused there for a while`, async () => {
    const reviewer = await makeUser({ role: "REVIEWER" });
    const secret = await enrol(reviewer.id);
    const b = await passwordOnly(reviewer.phone);
    for (let i = 0; i < MAX_PAIR_FAILURES; i++) {
      // (A wrong code that happens to equal the right one is skipped by construction.)
      const right = await codeAt(secret);
      const wrong = String((Number(right) + 1 + i) % 1e6).padStart(6, "0");
      const jar = await cookies();
      jar.set(COOKIE, b.cookies.get(COOKIE)!);
      setCaller(await actorOf(b));
      // The same address as the browser's sign-in: the pair is this account from this address.
      (globalThis as { openselectTestAddress?: string }).openselectTestAddress = b.address;
      expect(await callAction(verifyTwoFactorAction as never, [{}, formData({ code: wrong })])).toMatchObject({
        state: { message: "twoFactor.errors.invalid" },
      });
    }
    expect(await callAction(verifyTwoFactorAction as never, [{}, formData({ code: await codeAt(secret) })])).toMatchObject({
      state: { message: "twoFactor.errors.locked" },
    });
    expect(await actorOf(b)).toMatchObject({ secondFactor: "verify" });
  });
});

describe("signing in with a recovery code", () => {
  test("a recovery code passes once; the same code again is refused", async () => {
    const reviewer = await makeUser({ role: "REVIEWER" });
    const first = await passwordOnly(reviewer.phone);
    const { secret } = (await twoFactorEnrolment((await actorOf(first))!))!;
    const enrolled = await asBrowser(first, confirmTwoFactorAction, { code: await codeAt(secret) });
    const codes = recoveryCodesOf(enrolled);

    const second = await passwordOnly(reviewer.phone);
    // Typed as people do: lower case, a space for the dash.
    expect(await asBrowser(second, verifyTwoFactorAction, { code: codes[3].toLowerCase().replace("-", " ") })).toEqual({
      kind: "redirect",
      to: "/admin",
    });
    expect((await actorOf(second))!.secondFactor).toBeUndefined();
    expect(await db().recoveryCode.count({ where: { userId: reviewer.id, usedAt: { not: null } } })).toBe(1);
    expect(await db().auditLog.count({ where: { action: "auth.twoFactorRecovery", entityId: reviewer.id } })).toBe(1);

    const third = await passwordOnly(reviewer.phone);
    expect(await asBrowser(third, verifyTwoFactorAction, { code: codes[3] })).toMatchObject({
      state: { message: "twoFactor.errors.invalid" },
    });
    expect(await actorOf(third)).toMatchObject({ secondFactor: "verify" });
    // Another unused one still works.
    expect(await asBrowser(third, verifyTwoFactorAction, { code: codes[4] })).toMatchObject({ kind: "redirect" });
  });
});

describe("an administrator resets another staff member's second factor", () => {
  test("audited; the person's sessions end and they set it up again at the next sign-in; never one's own", async () => {
    const admin = await makeUser({ role: "ADMIN" });
    const reviewer = await makeUser({ role: "REVIEWER" });
    const secret = await enrol(reviewer.id);
    await db().recoveryCode.create({ data: { userId: reviewer.id, codeHash: "x" } });
    const b = await passwordOnly(reviewer.phone);
    await asBrowser(b, verifyTwoFactorAction, { code: await codeAt(secret) });
    expect((await actorOf(b))!.secondFactor).toBeUndefined();

    setCaller(admin);
    // The reset form goes with the reset: the staff page's banner says it (staff-page-done.test.ts).
    expect(await callAction(resetTwoFactorAction as never, [{}, formData({ id: reviewer.id })])).toEqual({
      kind: "redirect",
      to: "/admin/staff?done=twoFactorReset",
    });
    const after = await db().user.findUniqueOrThrow({ where: { id: reviewer.id } });
    expect(after).toMatchObject({ totpSecret: null, totpEnabledAt: null });
    expect(await db().recoveryCode.count({ where: { userId: reviewer.id } })).toBe(0);
    expect(await db().auditLog.count({ where: { action: "staff.resetTwoFactor", entityId: reviewer.id, actorId: admin.id } })).toBe(1);
    expect(await b.session()).toEqual({});
    expect(await actorOf(await passwordOnly(reviewer.phone))).toMatchObject({ secondFactor: "enrol" });

    // Not one's own (another administrator does it), and not by a reviewer.
    await enrol(admin.id);
    expect(await callAction(resetTwoFactorAction as never, [{}, formData({ id: admin.id })])).toMatchObject({
      state: { message: "errors.account.notSelf" },
    });
    expect((await db().user.findUniqueOrThrow({ where: { id: admin.id } })).totpEnabledAt).not.toBeNull();
    setCaller(reviewer);
    expect(await callAction(resetTwoFactorAction as never, [{}, formData({ id: admin.id })])).toMatchObject({
      state: { message: "errors.auth.forbidden" },
    });
    expect(await db().auditLog.count({ where: { action: "staff.resetTwoFactor", entityId: admin.id } })).toBe(0);
  });
});
