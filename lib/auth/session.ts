import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { actorById, actorIfCurrent } from "../data/sign-in";
import type { Actor } from "./actor";
import { isSecondFactorDue } from "./second-factor";
import { authOptions } from "./options";

/** The signed-in user, read fresh from the database once per request; null for visitors. */
export const currentActor = cache(async (): Promise<Actor | null> => actorFromSession(await getServerSession(authOptions())));

/**
 * The actor a session stands for, or null. The version the session was issued under must
 * still be the user's current one: sign-out, suspension and role changes raise it. (The jwt
 * callback has already checked it on this request; this is the data layer's own check.)
 */
export async function actorFromSession(session: unknown): Promise<Actor | null> {
  const user = (session as { user?: { id?: unknown; ver?: unknown; tfa?: unknown } } | null | undefined)?.user;
  if (typeof user?.id !== "string" || typeof user.ver !== "number") return null;
  const actor = await actorIfCurrent(user.id, user.ver);
  // A staff session that has not passed its second factor yet (worked out by the jwt callback on
  // this very request) is no staff session: see lib/auth/second-factor.ts.
  return actor && isSecondFactorDue(user.tfa) ? { ...actor, secondFactor: user.tfa } : actor;
}

/** A user as an actor by id alone, for scripts and the bench (no session involved). */
export async function loadActor(id: string): Promise<Actor | null> {
  return actorById(id);
}
