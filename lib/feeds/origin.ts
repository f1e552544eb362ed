import "server-only";
import { headers } from "next/headers";
import { trustedProxyHops } from "../http/trusted-proxies";

// The site's public origin for absolute links (feeds, sitemap, robots).
//
// 1. NEXTAUTH_URL, when the deployment names it: nothing a request says can change it.
// 2. Behind OPENSELECT_TRUSTED_PROXIES=n proxies: X-Forwarded-Host/-Proto as the outermost
//    trusted proxy saw them. Proxies that append write one value each after whatever the client
//    sent, so that proxy's value is the n-th from the right; proxies that overwrite leave one
//    value, which is then the one taken.
// 3. Otherwise (no proxy trusted, the default) the Host header of the connection itself, and
//    plain http: X-Forwarded-* would be whatever the client typed.
// A value that is not a bare host[:port] (or http/https) is never put into a link.

const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;
const FALLBACK_HOST = "localhost";

/** The value the outermost of `hops` trusted proxies wrote into a comma-separated header. */
function forwarded(value: string | null, hops: number): string | undefined {
  if (!value) return undefined;
  const parts = value.split(",").map((s) => s.trim());
  return parts[Math.max(0, parts.length - hops)] || undefined;
}

export function originFromRequest(h: Headers, env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.NEXTAUTH_URL?.trim();
  if (configured) return configured.replace(/\/+$/, "");
  const hops = trustedProxyHops(env);
  const host = [hops > 0 ? forwarded(h.get("x-forwarded-host"), hops) : undefined, h.get("host")?.trim()].find(
    (v): v is string => !!v && HOST.test(v),
  );
  const proto = hops > 0 ? forwarded(h.get("x-forwarded-proto"), hops)?.toLowerCase() : undefined;
  return `${proto === "https" ? "https" : "http"}://${host ?? FALLBACK_HOST}`;
}

export async function siteOrigin(): Promise<string> {
  return originFromRequest(await headers());
}
