import "server-only";
import { randomBytes } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { endSessions, sessionUser } from "../data/sign-in";
import { getSecrets } from "../env/secrets";
import { sameOriginPath } from "../http/callback-url";
import { clientAddress } from "../http/client-address";
import { transportSecurity } from "../http/transport.mjs";
import { attemptLogin, type LoginError } from "./login";
import { secondFactorDue } from "./second-factor";

/**
 * Thrown by the jwt callback when a token no longer stands for a session: its user is gone or
 * its session version was raised (sign-out, suspension, role change, password change).
 * next-auth then answers "no session" and clears the cookie.
 */
class SessionEnded extends Error {
  constructor() {
    super("session ended");
    this.name = "SessionEnded";
  }
}

class LoginRefused extends Error {
  constructor(readonly code: LoginError) {
    super(code);
  }
}

/**
 * The codes the login form receives (next-auth passes the error's message on): "invalid",
 * "locked", "challenge", or "unavailable:<reference>" when something unexpected failed (the
 * log has the reference and the stack; the user never sees a raw error).
 */
async function authorizeCredentials(credentials: Record<string, unknown> | undefined, headers: Record<string, unknown> | undefined) {
  const identifier = String(credentials?.identifier ?? "").slice(0, 40);
  const password = String(credentials?.password ?? "").slice(0, 128);
  if (!identifier.trim() || !password) throw new Error("invalid");
  try {
    const userAgent = typeof headers?.["user-agent"] === "string" ? headers["user-agent"] : null;
    const result = await attemptLogin({ identifier, password, address: clientAddress(headers), challenge: credentials?.altcha, userAgent });
    if (!result.ok) throw new LoginRefused(result.error);
    return { id: result.user.id, name: result.user.realName, ver: result.user.sessionVersion };
  } catch (e) {
    if (e instanceof LoginRefused) throw new Error(e.code);
    const reference = randomBytes(4).toString("hex").toUpperCase();
    console.error(`[auth] sign-in failed unexpectedly, reference ${reference}`, e);
    throw new Error(`unavailable:${reference}`);
  }
}

/**
 * What every request checks of a session token: it names a user whose session version is still
 * the one it was issued under (sign-out, suspension, role and password changes raise it), read
 * fresh from the database; and, for staff, whether the second factor is still owed (`tfa`,
 * lib/auth/second-factor.ts; `mfa` is set only by the server once the code is checked, lib/auth/
 * second-factor-session.ts). Null: the token no longer stands for a session. Used by the jwt
 * callback below and by the pages' own read of the session (lib/auth/session.ts).
 */
export async function checkSessionToken(token: Record<string, unknown>) {
  const id = token.uid;
  if (typeof id !== "string" || !id || typeof token.ver !== "number") return null;
  const user = await sessionUser(id);
  if (!user || user.sessionVersion !== token.ver) return null;
  return { id, user, tfa: secondFactorDue(user, token.mfa === true) ?? undefined };
}

export function authOptions(): NextAuthOptions {
  return {
    secret: getSecrets().authSecret,
    session: { strategy: "jwt", maxAge: 8 * 3600 },
    pages: { signIn: "/login" },
    // Secure cookies (and, in next.config.mjs, HSTS) whenever the site's URL is https.
    useSecureCookies: transportSecurity().secureCookies,
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: { identifier: { type: "text" }, password: { type: "password" }, altcha: { type: "hidden" } },
        authorize: (credentials, req) => authorizeCredentials(credentials, req?.headers),
      }),
    ],
    callbacks: {
      // The token carries the user's id and the session version it was issued under. Every
      // request reads the user again: a raised version ends the session at once, and a
      // reviewer's decision (approve, role) shows on the user's next page.
      async jwt({ token, user }) {
        if (user) {
          const ver = (user as { ver?: number }).ver;
          // A new sign-in starts without the second factor's mark (`mfa`), whatever the browser had.
          return { ...token, uid: user.id, ver, name: user.name, mfa: undefined };
        }
        const checked = await checkSessionToken(token);
        if (!checked) throw new SessionEnded();
        return { ...token, name: checked.user.realName, role: checked.user.role, status: checked.user.status, tfa: checked.tfa };
      },
      async session({ session, token }) {
        if (session.user) {
          Object.assign(session.user, {
            id: token.uid,
            ver: token.ver,
            role: token.role,
            status: token.status,
            name: token.name,
            tfa: token.tfa,
          });
        }
        return session;
      },
      // Only paths on this site are followed after sign-in or sign-out.
      async redirect({ url, baseUrl }) {
        const path = sameOriginPath(url, baseUrl);
        return path ? new URL(path, baseUrl).toString() : baseUrl;
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.uid === "string" && typeof token.ver === "number") await endSessions(token.uid, token.ver);
      },
    },
    logger: {
      error(code, metadata) {
        // An ended session is the expected answer to an old cookie, not an error.
        if ((metadata as { name?: string } | undefined)?.name === "SessionEnded") return;
        console.error(`[next-auth][error][${code}]`, metadata);
      },
      warn(code) {
        console.warn(`[next-auth][warn][${code}]`);
      },
    },
  };
}
