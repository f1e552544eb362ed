// Staff two-factor sign-in, the pure parts: the TOTP window (one 30-second step either side,
// never two), a code not accepted again (nor an older one after a newer), recovery codes, and
// the rule that a staff session owing its second factor is no staff session anywhere.
import { generate } from "otplib";
import {
  matchTotp,
  newRecoveryCodes,
  newTotpSecret,
  normalizeRecoveryCode,
  normalizeTotpCode,
  timeStepOf,
  totpCode,
  totpUri,
} from "@/lib/security/totp";
import { secondFactorDue, secondFactorPath } from "@/lib/auth/second-factor";
import { isAdmin, isStaff, type Actor } from "@/lib/auth/actor";
import { accessError, type Access } from "@/lib/actions/access";
import { pageAccess } from "@/lib/auth/page-guards";
import { landingPath } from "@/lib/auth/landing";

jest.mock("next/navigation", () => ({ redirect: jest.fn(), forbidden: jest.fn() }));
jest.mock("@/lib/auth/session", () => ({ currentActor: jest.fn() }));
jest.mock("@/lib/auth/consent-gate", () => ({ requireCurrentConsent: jest.fn() }), { virtual: true });

const STEP = 30_000;
// The middle of a time step, and its edges.
const now = new Date(Math.floor(Date.UTC(2026, 11, 2, 1, 0, 0) / STEP) * STEP + 15_000);
const secret = newTotpSecret();
const codeAt = (offsetSteps: number, at = now) => totpCode(secret, new Date(at.getTime() + offsetSteps * STEP));

describe("TOTP window", () => {
  test("the current code and the codes one step before and after are accepted, each with its own step", async () => {
    for (const offset of [-1, 0, 1]) {
      expect(await matchTotp(secret, await codeAt(offset), now)).toBe(timeStepOf(now) + offset);
    }
  });

  test("codes two steps (60 s) or more away are refused", async () => {
    for (const offset of [-3, -2, 2, 3]) expect(await matchTotp(secret, await codeAt(offset), now)).toBeNull();
  });

  test("at the very first and last millisecond of a step the window is still exactly ±1 step", async () => {
    for (const at of [new Date(timeStepOf(now) * STEP), new Date(timeStepOf(now) * STEP + STEP - 1)]) {
      expect(await matchTotp(secret, await codeAt(-1, at), at)).toBe(timeStepOf(at) - 1);
      expect(await matchTotp(secret, await codeAt(1, at), at)).toBe(timeStepOf(at) + 1);
      expect(await matchTotp(secret, await codeAt(-2, at), at)).toBeNull();
      expect(await matchTotp(secret, await codeAt(2, at), at)).toBeNull();
    }
  });

  test("the codes are the RFC 6238 ones authenticator apps make (SHA-1, 6 digits, 30 s)", async () => {
    // otplib's own generator with the apps' defaults spelled out, against ours.
    const epoch = Math.floor(now.getTime() / 1000);
    expect(await totpCode(secret, now)).toBe(await generate({ secret, epoch, period: 30, digits: 6, algorithm: "sha1" }));
    expect(totpUri(secret, "139****0002")).toMatch(/^otpauth:\/\/totp\/OpenSelect:139\*{4}0002\?.*secret=[A-Z2-7]+/);
  });

  test("a wrong code, a malformed one and another secret's code are refused", async () => {
    const right = await codeAt(0);
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, "0");
    expect(await matchTotp(secret, wrong, now)).toBeNull();
    expect(await matchTotp(secret, "12345", now)).toBeNull();
    expect(await matchTotp(secret, "abcdef", now)).toBeNull();
    expect(await matchTotp(newTotpSecret(), right, now)).toBeNull();
  });
});

describe("replay", () => {
  test("a code whose step was used is refused, and so is an older one; a newer one is accepted", async () => {
    const used = timeStepOf(now);
    expect(await matchTotp(secret, await codeAt(0), now, used)).toBeNull();
    expect(await matchTotp(secret, await codeAt(-1), now, used)).toBeNull();
    expect(await matchTotp(secret, await codeAt(1), now, used)).toBe(used + 1);
  });
});

describe("recovery codes", () => {
  test("ten distinct codes of two groups of five, no look-alike characters", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
  });

  test("typed with spaces, without the dash or in lower case, a code reads the same", () => {
    const [c] = newRecoveryCodes(1);
    const stored = normalizeRecoveryCode(c);
    expect(normalizeRecoveryCode(c.toLowerCase())).toBe(stored);
    expect(normalizeRecoveryCode(c.replace("-", " "))).toBe(stored);
    expect(normalizeRecoveryCode(c.replace("-", ""))).toBe(stored);
    expect(normalizeRecoveryCode("ABC")).toBeNull();
    expect(normalizeTotpCode("123 456")).toBe("123456");
    expect(normalizeTotpCode("12345a")).toBeNull();
  });
});

describe("a staff session owing its second factor", () => {
  const staff = (role: "REVIEWER" | "ADMIN", status: "APPROVED" | "SUSPENDED" = "APPROVED") => ({ role, status });

  test("approved reviewers and administrators owe it until the session has passed; others never", () => {
    expect(secondFactorDue({ ...staff("REVIEWER"), totpEnabled: false }, false)).toBe("enrol");
    expect(secondFactorDue({ ...staff("ADMIN"), totpEnabled: true }, false)).toBe("verify");
    expect(secondFactorDue({ ...staff("ADMIN"), totpEnabled: true }, true)).toBeNull();
    expect(secondFactorDue({ role: "NOMINATOR", status: "APPROVED", totpEnabled: false }, false)).toBeNull();
    expect(secondFactorDue({ ...staff("REVIEWER", "SUSPENDED"), totpEnabled: false }, false)).toBeNull();
  });

  const owing: Actor = { id: "u1", realName: "李敏", role: "REVIEWER", status: "APPROVED", secondFactor: "verify" };
  const owingAdmin: Actor = { ...owing, role: "ADMIN", secondFactor: "enrol" };
  const complete: Actor = { ...owing, secondFactor: undefined };

  test("is not staff (nor administrator) at any door; the same account after its code is", () => {
    expect(isStaff(owing)).toBe(false);
    expect(isAdmin(owingAdmin)).toBe(false);
    expect(isStaff(complete)).toBe(true);
    expect(isAdmin({ ...owingAdmin, secondFactor: undefined })).toBe(true);
  });

  test("every signed-in page sends it to the second factor, console or not", () => {
    for (const audience of ["user", "staff", "admin"] as const) {
      expect(pageAccess(owing, audience)).toBe("secondFactor");
      expect(pageAccess(owingAdmin, audience)).toBe("secondFactor");
    }
    expect(pageAccess(complete, "staff")).toBe("ok");
    expect(secondFactorPath("/admin/cases?x=1")).toBe("/login/two-factor?callbackUrl=%2Fadmin%2Fcases%3Fx%3D1");
  });

  test("every action refuses it except the second factor's own (and the language switch)", () => {
    for (const access of ["user", "approved", "staff", "admin"] as Access[])
      expect(accessError(access, owing)).toBe("errors.auth.secondFactor");
    expect(accessError("visitor", owing)).toBe("errors.register.signedIn");
    expect(accessError("anyone", owing)).toBeNull();
    expect(accessError("secondFactor", owing)).toBeNull();
    expect(accessError("secondFactor", owingAdmin)).toBeNull();
  });

  test("the second factor's own actions: approved staff only, owing or not", () => {
    expect(accessError("secondFactor", complete)).toBeNull();
    expect(accessError("secondFactor", null)).toBe("errors.auth.unauthenticated");
    expect(accessError("secondFactor", { ...complete, role: "NOMINATOR" })).toBe("errors.auth.forbidden");
    expect(accessError("secondFactor", { ...complete, status: "SUSPENDED" })).toBe("errors.auth.forbidden");
    expect(accessError("staff", complete)).toBeNull();
  });

  test("the landing after the second factor is still the console (read from the session's role)", () => {
    expect(landingPath({ role: "REVIEWER", status: "APPROVED", tfa: "verify" } as never)).toBe("/admin");
  });
});
