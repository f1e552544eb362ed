// Staff sign in with a password and then a second factor (TOTP, lib/security/totp.ts). Between
// the two, the session exists but is "owing its second factor": the jwt callback (lib/auth/
// options.ts) works that out on every request from the token's `mfa` mark and the account, the
// session carries it as `tfa`, and the actor as `secondFactor` (lib/auth/session.ts). Such an
// actor is not staff (lib/auth/actor.ts isStaff), every page guard sends it to SECOND_FACTOR_PATH
// and every action but the second factor's own refuses it (lib/actions/access.ts). Pure.

/** What a session still owes: setting up the authenticator, or a code from it. */
export type SecondFactorDue = "enrol" | "verify";

export const SECOND_FACTOR_PATH = "/login/two-factor";

/**
 * Who must pass a second factor: approved reviewers and administrators, the accounts that reach
 * the console. `passed`: this session has (the token's mark, set only by the server).
 */
export function secondFactorDue(user: { role: string; status: string; totpEnabled: boolean }, passed: boolean): SecondFactorDue | null {
  if (passed || user.status !== "APPROVED" || (user.role !== "REVIEWER" && user.role !== "ADMIN")) return null;
  return user.totpEnabled ? "verify" : "enrol";
}

export function isSecondFactorDue(value: unknown): value is SecondFactorDue {
  return value === "enrol" || value === "verify";
}

/** The second factor's page, bringing the person back to `callbackUrl` afterwards. */
export function secondFactorPath(callbackUrl?: string | null): string {
  return callbackUrl ? `${SECOND_FACTOR_PATH}?callbackUrl=${encodeURIComponent(callbackUrl)}` : SECOND_FACTOR_PATH;
}
