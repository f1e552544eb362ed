import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "../db/client";
import { getSecrets } from "../env/secrets";
import { attemptLogin } from "./login";

function clientAddress(headers: Record<string, unknown> | undefined): string {
  const forwarded = String(headers?.["x-forwarded-for"] ?? "")
    .split(",")[0]
    .trim();
  return forwarded || String(headers?.["x-real-ip"] ?? "") || "unknown";
}

async function sessionFields(userId: string) {
  return db().user.findUnique({ where: { id: userId }, select: { role: true, status: true, realName: true, sessionVersion: true } });
}

export function authOptions(): NextAuthOptions {
  return {
    secret: getSecrets().authSecret,
    session: { strategy: "jwt", maxAge: 8 * 3600 },
    pages: { signIn: "/login" },
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: { identifier: { type: "text" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const identifier = String(credentials?.identifier ?? "").slice(0, 40);
          const password = String(credentials?.password ?? "").slice(0, 128);
          if (!identifier || !password) throw new Error("invalid");
          const result = await attemptLogin(identifier, password, clientAddress(req?.headers));
          // The error text reaches the login form as a code it translates: "invalid" / "locked".
          if (!result.ok) throw new Error(result.error);
          const user = await sessionFields(result.userId);
          return user ? { id: result.userId, name: user.realName } : null;
        },
      }),
    ],
    callbacks: {
      // The token carries id, role and status; they are re-read on every request so a
      // reviewer's decision (approve, suspend, role change) shows on the user's next page.
      async jwt({ token, user }) {
        const id = (user?.id ?? token.uid) as string | undefined;
        if (!id) return token;
        const fresh = await sessionFields(id);
        if (!fresh) return { ...token, uid: undefined, role: undefined, status: undefined };
        return { ...token, uid: id, name: fresh.realName, role: fresh.role, status: fresh.status, ver: fresh.sessionVersion };
      },
      async session({ session, token }) {
        if (session.user) {
          Object.assign(session.user, { id: token.uid, role: token.role, status: token.status, name: token.name });
        }
        return session;
      },
    },
  };
}
