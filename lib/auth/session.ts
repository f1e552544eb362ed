import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { getToken } from "next-auth/jwt";
import { actorById, actorIfCurrent } from "../data/sign-in";
import type { Actor } from "./actor";
import { isSecondFactorDue } from "./second-factor";
import { authOptions, checkSessionToken } from "./options";
import { decodeRemembered } from "./token-memo";

/** The signed-in user, read fresh from the database once per request; null for visitors. */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const jar = await cookies();
  return actorFromCookies(Object.fromEntries(jar.getAll().map((c) => [c.name, c.value])));
});

/**
 * The actor the request's session cookie stands for, or null. The token is decrypted as next-auth
 * does it (its getToken: the same cookie name, chunks and decryption, expiry included) and checked
 * as its jwt callback checks it on every request (checkSessionToken: the user read fresh, the
 * session version still current, the second factor still owed or not). Pages used to ask
 * getServerSession, which on top of this runs next-auth's whole /api/auth/session handler: a CSRF
 * token and a newly encrypted session cookie that a page cannot send (it is dropped), on every
 * request.
 */
export async function actorFromCookies(cookieJar: Record<string, string>): Promise<Actor | null> {
  const options = authOptions();
  const token = await getToken({
    req: { cookies: cookieJar, headers: {} } as never,
    secret: options.secret,
    secureCookie: !!options.useSecureCookies,
    decode: decodeRemembered,
  });
  if (!token) return null;
  const checked = await checkSessionToken(token);
  if (!checked) return null;
  const actor: Actor = { id: checked.id, realName: checked.user.realName, role: checked.user.role, status: checked.user.status };
  // A staff session that has not passed its second factor yet is no staff session: see
  // lib/auth/second-factor.ts.
  return checked.tfa ? { ...actor, secondFactor: checked.tfa } : actor;
}

/**
 * The actor a session (what /api/auth/session answers) stands for, or null. The version the
 * session was issued under must still be the user's current one: sign-out, suspension and role
 * changes raise it.
 */
export async function actorFromSession(session: unknown): Promise<Actor | null> {
  const user = (session as { user?: { id?: unknown; ver?: unknown; tfa?: unknown } } | null | undefined)?.user;
  if (typeof user?.id !== "string" || typeof user.ver !== "number") return null;
  const actor = await actorIfCurrent(user.id, user.ver);
  return actor && isSecondFactorDue(user.tfa) ? { ...actor, secondFactor: user.tfa } : actor;
}

/** A user as an actor by id alone, for scripts and the bench (no session involved). */
export async function loadActor(id: string): Promise<Actor | null> {
  return actorById(id);
}
