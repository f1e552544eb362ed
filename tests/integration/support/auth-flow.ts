// Drives next-auth's own request handler (the one /api/auth/* runs) with a cookie jar, so
// integration tests sign in, read the session and sign out exactly as a browser would:
// CSRF token, credentials callback, session cookie. `address` is the connection's address,
// which the server appends to X-Forwarded-For (lib/http/record-peer.cjs); `spoof` is what the
// client itself wrote into that header.
// next-auth does not export its core handler by name; it is the function /api/auth/* calls.
import { AuthHandler } from "../../../node_modules/next-auth/core";
import { authOptions } from "@/lib/auth/options";

process.env.NEXTAUTH_URL ??= "http://localhost:3000";

interface InternalResponse {
  status?: number;
  body?: unknown;
  redirect?: string;
  cookies?: { name: string; value: string; options?: { maxAge?: number; expires?: Date } }[];
}

export interface SignInResult {
  ok: boolean;
  /** The error code the login form receives (null on success). */
  error: string | null;
  redirect?: string;
}

export class Browser {
  readonly cookies = new Map<string, string>();
  /** The User-Agent header it sends, if any (the sign-in history reads it). */
  userAgent?: string;

  constructor(
    public address = "203.0.113.1",
    public spoof?: string,
  ) {}

  private headers(): Record<string, string> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    return {
      "content-type": "application/json",
      "x-forwarded-for": this.spoof ? `${this.spoof}, ${this.address}` : this.address,
      ...(this.userAgent ? { "user-agent": this.userAgent } : {}),
      ...(cookie ? { cookie } : {}),
    };
  }

  async request(method: "GET" | "POST", path: string, body?: Record<string, unknown>): Promise<InternalResponse> {
    const base = process.env.NEXTAUTH_URL!;
    const req = new Request(`${base}/api/auth/${path}`, {
      method,
      headers: this.headers(),
      body: body ? JSON.stringify(body) : undefined,
    });
    const res = (await AuthHandler({ req: req as never, options: authOptions() })) as InternalResponse;
    for (const c of res.cookies ?? []) {
      const expired = c.value === "" || c.options?.maxAge === 0 || (c.options?.expires && c.options.expires.getTime() < Date.now());
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return res;
  }

  private async csrfToken(): Promise<string> {
    const res = await this.request("GET", "csrf");
    return (res.body as { csrfToken: string }).csrfToken;
  }

  async signIn(identifier: string, password: string, extra: Record<string, string> = {}): Promise<SignInResult> {
    const csrfToken = await this.csrfToken();
    const res = await this.request("POST", "callback/credentials", { identifier, password, csrfToken, json: "true", ...extra });
    const url = new URL(res.redirect ?? "", process.env.NEXTAUTH_URL);
    const error = url.pathname.endsWith("/error") ? url.searchParams.get("error") : null;
    return { ok: error === null, error, redirect: res.redirect };
  }

  /** What /api/auth/session answers (the user's id is there only while the session lives). */
  async session(): Promise<{ user?: { id?: string; ver?: number } } & Record<string, unknown>> {
    const res = await this.request("GET", "session");
    return res.body as Record<string, unknown>;
  }

  async signOut(): Promise<void> {
    const csrfToken = await this.csrfToken();
    await this.request("POST", "signout", { csrfToken, json: "true" });
  }

  /** The session cookie as it is now, to replay it later as a thief or a second tab would. */
  snapshot(): Browser {
    const copy = new Browser(this.address, this.spoof);
    for (const [k, v] of this.cookies) copy.cookies.set(k, v);
    return copy;
  }
}
