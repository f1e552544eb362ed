import "server-only";
// Keeps the caller signed in after an action that raised their session version on purpose
// (修改密码 ends the OTHER sessions): the caller's own session cookie is re-issued, from the server
// action, under the new version. Done on the server, with the session secret, and only for the
// session that sent the request: nothing a browser sends can move a token to a newer version
// (next-auth's client-side update() would need the jwt callback to trust the browser).
import { cookies } from "next/headers";
import { decode, encode } from "next-auth/jwt";
import { authOptions } from "./options";

/** next-auth's session cookie (lib/auth/options.ts: secure cookies when the site is https). */
export function sessionCookieName(secure: boolean): string {
  return `${secure ? "__Secure-" : ""}next-auth.session-token`;
}

/**
 * Re-issues the request's session for `userId` under `version`. False when the request has no
 * session of that user (then the person simply signs in again).
 */
export async function reissueSession(userId: string, version: number): Promise<boolean> {
  const options = authOptions();
  const secret = options.secret;
  if (!secret) return false;
  const secure = !!options.useSecureCookies;
  const name = sessionCookieName(secure);
  const jar = await cookies();
  const raw = jar.get(name)?.value;
  if (!raw) return false;
  const token = await decode({ token: raw, secret }).catch(() => null);
  if (!token || token.uid !== userId) return false;
  const maxAge = options.session?.maxAge ?? 8 * 3600;
  const fresh = await encode({ token: { ...token, ver: version }, secret, maxAge });
  jar.set(name, fresh, { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge });
  return true;
}
