// Who may call an action: one table for every server action, checked before anything is parsed.
// Pure, so the rule is unit-tested; the data layer checks again at its own door.
import { AUTHZ_MESSAGES, isAdmin, isStaff, type Actor } from "../auth/actor";

/**
 * anyone   — no session needed (the language switch);
 * visitor  — only someone not signed in (registration);
 * user     — any signed-in account except a suspended one (a pending or rejected applicant
 *            corrects and resubmits their profile; the data layer decides by status);
 * approved — an approved real-name account of any role (nominate, withdraw…);
 * staff    — an approved reviewer or administrator;
 * admin    — an approved administrator;
 * secondFactor — an approved reviewer or administrator finishing the sign-in: whether or not the
 *            session has passed its second factor yet (the handler answers one that has).
 * A staff session still owing its second factor passes "secondFactor" (and "anyone") only.
 */
export type Access = "anyone" | "visitor" | "user" | "approved" | "staff" | "admin" | "secondFactor";

// A suspended account may sign in to see its status, and nothing more.
const SUSPENDED = "errors.auth.suspended";
// A staff session between the password and the second factor (lib/auth/second-factor.ts).
const SECOND_FACTOR = "errors.auth.secondFactor";

/** The refusal's message key, or null when the caller may go on. */
export function accessError(access: Access, actor: Actor | null): string | null {
  switch (access) {
    case "anyone":
      return null;
    case "visitor":
      return actor ? "errors.register.signedIn" : null;
  }
  if (!actor) return AUTHZ_MESSAGES.unauthenticated;
  if (access === "secondFactor") return isStaff({ ...actor, secondFactor: undefined }) ? null : AUTHZ_MESSAGES.forbidden;
  if (actor.secondFactor) return SECOND_FACTOR;
  switch (access) {
    case "user":
      return actor.status === "SUSPENDED" ? SUSPENDED : null;
    case "approved":
      return actor.status === "APPROVED" ? null : actor.status === "SUSPENDED" ? SUSPENDED : AUTHZ_MESSAGES.notApproved;
    case "staff":
      return isStaff(actor) ? null : AUTHZ_MESSAGES.forbidden;
    case "admin":
      return isAdmin(actor) ? null : AUTHZ_MESSAGES.forbidden;
  }
}
