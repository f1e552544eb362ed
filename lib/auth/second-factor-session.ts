import "server-only";
// Marks the request's own session as having passed its second factor: the session cookie is
// re-issued, from the server action that checked the code, with `mfa: true` in the token. Done
// on the server with the session secret, only for the session that sent the request (its user
// must be the caller; a token of an ended session version is refused by the jwt callback as
// before), so the mark cannot be asked for by a browser (next-auth's client-side update() would
// have the jwt callback trust what the browser sends) nor carried to another session: a second
// browser that knows the password still owes its code.
import { cookies } from "next/headers";
import { decode, encode } from "next-auth/jwt";
import { authOptions } from "./options";

/** next-auth's session cookie (secure cookies when the site is https: lib/auth/options.ts). */
function sessionCookie(secure: boolean): string {
  return `${secure ? "__Secure-" : ""}next-auth.session-token`;
}

/**
 * Re-issues the request's session of `userId` as having passed the second factor. False when the
 * request carries no session of that user (the person then signs in again).
 */
export async function markSecondFactorPassed(userId: string): Promise<boolean> {
  const options = authOptions();
  const secret = options.secret;
  if (!secret) return false;
  const secure = !!options.useSecureCookies;
  const name = sessionCookie(secure);
  const jar = await cookies();
  const raw = jar.get(name)?.value;
  if (!raw) return false;
  const token = await decode({ token: raw, secret }).catch(() => null);
  if (!token || token.uid !== userId) return false;
  const maxAge = options.session?.maxAge ?? 8 * 3600;
  const fresh = await encode({ token: { ...token, mfa: true, tfa: undefined }, secret, maxAge });
  jar.set(name, fresh, { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge });
  return true;
}
