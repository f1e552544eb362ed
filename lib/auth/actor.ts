// Who is calling, and the checks every data-layer door and server action makes. Pure: the
// session lookup lives in ./session.ts, so tests can build actors from real database rows.
import type { AccountStatus, Role } from "../state/account";
import type { SecondFactorDue } from "./second-factor";

export interface Actor {
  id: string;
  realName: string;
  role: Role;
  status: AccountStatus;
  /**
   * Set only on a staff member's session that has not passed its second factor yet
   * (lib/auth/second-factor.ts): such an actor is not staff until it has. Absent everywhere else,
   * so an actor built from a row (tests, scripts) stands for a completed sign-in.
   */
  secondFactor?: SecondFactorDue;
}

export type AuthzCode = "unauthenticated" | "forbidden" | "notApproved";

export class AuthzError extends Error {
  constructor(readonly code: AuthzCode) {
    super(`authorization failed: ${code}`);
    this.name = "AuthzError";
  }
}

export function requireUser(actor: Actor | null): Actor {
  if (!actor) throw new AuthzError("unauthenticated");
  return actor;
}

/** Approved real-name account of any role: may nominate, object, write to the organization. */
export function isApproved<A extends { status?: string }>(actor: A | null | undefined): actor is A {
  return !!actor && actor.status === "APPROVED";
}

export function requireApproved(actor: Actor | null): Actor {
  const a = requireUser(actor);
  if (!isApproved(a)) throw new AuthzError("notApproved");
  return a;
}

/** Role and status: an Actor, or the signed-in user as the browser's session holds it. */
type Standing = { role?: string; status?: string; secondFactor?: unknown };

/**
 * The one rule for "is organization department staff": an approved reviewer or administrator
 * whose sign-in is complete. A session still owing its second factor is not staff anywhere: not
 * at a page guard, an action, an export route or a data-layer door.
 */
export function isStaff<A extends Standing>(actor: A | null | undefined): actor is A {
  return !!actor && !actor.secondFactor && actor.status === "APPROVED" && (actor.role === "REVIEWER" || actor.role === "ADMIN");
}

export function isAdmin<A extends Standing>(actor: A | null | undefined): actor is A {
  return !!actor && !actor.secondFactor && actor.status === "APPROVED" && actor.role === "ADMIN";
}

/** Organization department staff (reviewer or admin), approved and not suspended. */
export function requireStaff(actor: Actor | null): Actor {
  const a = requireUser(actor);
  if (!isStaff(a)) throw new AuthzError("forbidden");
  return a;
}

export function requireAdmin(actor: Actor | null): Actor {
  const a = requireUser(actor);
  if (!isAdmin(a)) throw new AuthzError("forbidden");
  return a;
}

export const AUTHZ_MESSAGES: Record<AuthzCode, string> = {
  unauthenticated: "errors.auth.unauthenticated",
  forbidden: "errors.auth.forbidden",
  notApproved: "errors.auth.notApproved",
};
