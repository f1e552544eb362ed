import "server-only";
import { forbidden, redirect } from "next/navigation";
import { currentActor } from "./session";
import { isAdmin, isStaff, type Actor } from "./actor";
import { secondFactorPath } from "./second-factor";
import { requireCurrentConsent } from "./consent-gate";

// The one guard of every signed-in page. A visitor is sent to sign in and brought back to the
// page; a signed-in account that may not open the page gets the 403 page (app/[locale]/
// forbidden.tsx, which needs experimental.authInterrupts in next.config.mjs). Pages call the
// guard first, before reading anything; the data layer still checks on its own at its doors.

/** Who a page is for: any signed-in account, organization department staff, or administrators. */
export type PageAudience = "user" | "staff" | "admin";

export type PageAccess = "ok" | "login" | "forbidden" | "secondFactor";

/** What a page does with this caller. Pure, so the rule is tested without a request. */
export function pageAccess(actor: Actor | null, audience: PageAudience): PageAccess {
  if (!actor) return "login";
  // A staff session between the password and the second factor opens no signed-in page.
  if (actor.secondFactor) return "secondFactor";
  if (audience === "staff" && !isStaff(actor)) return "forbidden";
  if (audience === "admin" && !isAdmin(actor)) return "forbidden";
  return "ok";
}

export function loginPath(callbackUrl: string): string {
  return `/login?callbackUrl=${encodeURIComponent(callbackUrl)}`;
}

/** Applies pageAccess: redirects or throws Next's 403, else returns the actor. */
export function guardPage(actor: Actor | null, audience: PageAudience, callbackUrl: string): Actor {
  const access = pageAccess(actor, audience);
  if (access === "login") redirect(loginPath(callbackUrl));
  if (access === "secondFactor") redirect(secondFactorPath(callbackUrl));
  if (access === "forbidden") forbidden();
  return actor!;
}

/**
 * The guard, then the privacy statement: a user who has not agreed to the version in force is
 * asked first (lib/auth/consent-gate.ts), whichever signed-in page they open.
 */
async function signedInGuard(audience: PageAudience, callbackUrl: string): Promise<Actor> {
  const actor = guardPage(await currentActor(), audience, callbackUrl);
  await requireCurrentConsent(actor, callbackUrl);
  return actor;
}

/** A page of one's own account (profile, my nominations, the nomination forms). */
export async function signedInPage(callbackUrl: string): Promise<Actor> {
  return signedInGuard("user", callbackUrl);
}

/** A console page: approved reviewers and administrators. */
export async function staffPage(callbackUrl = "/admin"): Promise<Actor> {
  return signedInGuard("staff", callbackUrl);
}

/** A console page for administrators only (staff accounts); reviewers get 403. */
export async function adminPage(callbackUrl = "/admin"): Promise<Actor> {
  return signedInGuard("admin", callbackUrl);
}

/**
 * For the console layout: the staff member (for the menu), or null for a visitor — the page's
 * own guard then sends them to sign in with the page's address. Anyone else signed in gets 403
 * here already.
 */
export async function consoleLayoutActor(): Promise<Actor | null> {
  const actor = await currentActor();
  if (!actor) return null;
  return guardPage(actor, "staff", "/admin");
}
