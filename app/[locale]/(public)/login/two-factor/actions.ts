"use server";
// The second step of a staff sign-in (lib/auth/second-factor.ts): confirming the authenticator
// app when setting it up, and a code (or a recovery code) at every sign-in after that. Both
// re-issue the caller's own session as having passed (lib/auth/second-factor-session.ts).
import { serverAction } from "@/lib/actions/pipeline";
import { STAFF_LANDING } from "@/lib/auth/landing";
import { markSecondFactorPassed } from "@/lib/auth/second-factor-session";
import { confirmTwoFactorEnrolment, passTwoFactor } from "@/lib/data/two-factor";
import { DomainError } from "@/lib/data/errors";
import { sameOriginPath } from "@/lib/http/callback-url";
import { enrolCodeInput, signInCodeInput, type EnrolState } from "@/lib/validation/two-factor";

/** Where to go afterwards: a path on this site (any origin will do for the check), else the console. */
function nextPath(next: string | undefined): string {
  return sameOriginPath(next, "http://openselect.invalid") ?? STAFF_LANDING;
}

/** The session is marked, or the person is told to sign in again (their request carried none). */
async function markSession(actorId: string) {
  if (!(await markSecondFactorPassed(actorId))) throw new DomainError("twoFactor.errors.signInAgain");
}

export const confirmTwoFactorAction = serverAction<
  "secondFactor",
  { code: string; next?: string },
  { done: true } | { done: false; recoveryCodes: string[] },
  EnrolState
>({
  name: "confirmTwoFactor",
  access: "secondFactor",
  input: enrolCodeInput,
  handle: async ({ actor, input, values, address }) => {
    const result = await confirmTwoFactorEnrolment(actor, input.code, { address: await address(), challenge: values.altcha });
    // Set up either way: a session that could not be marked is asked for a code on its next page.
    if (!result.done) await markSecondFactorPassed(actor.id);
    return result;
  },
  // The recovery codes come back once, in this answer, and are shown once.
  done: (result, input) =>
    result.done
      ? { redirect: nextPath(input.next) }
      : { ok: true, message: "twoFactor.enrolled", recoveryCodes: result.recoveryCodes, next: nextPath(input.next) },
});

export const verifyTwoFactorAction = serverAction({
  name: "verifyTwoFactor",
  access: "secondFactor",
  input: signInCodeInput,
  handle: async ({ actor, input, values, address }) => {
    const result = await passTwoFactor(actor, input.code, { address: await address(), challenge: values.altcha });
    if (result === "passed") await markSession(actor.id);
    return result;
  },
  done: (_result, input) => ({ redirect: nextPath(input.next) }),
});
