// The caller's network address, for the per-address limits (sign-in, registration, writes).
//
// `next start` does not hand the app the connection's address. Next only fills in
// X-Forwarded-For when the request has none (base-server.js: `x-forwarded-for ??=
// socket.remoteAddress`), so a client that sends the header itself picks any address it
// likes, and the true peer is lost. `npm start` therefore loads ./record-peer.cjs, which
// appends the connection's own address to X-Forwarded-For before Next sees the request, as
// every reverse proxy does. The last entry is then always the peer, and each trusted proxy in
// front (OPENSELECT_TRUSTED_PROXIES) adds one entry that can be believed: with N of them the
// client is the (N+1)-th address from the right. Anything further left was written by the
// client and is never used.
import { isIP } from "node:net";
import { trustedProxyHops } from "./trusted-proxies";

type HeaderSource = Headers | { get(name: string): string | null } | Record<string, unknown> | undefined | null;

function header(headers: HeaderSource, name: string): string {
  if (!headers) return "";
  if (typeof (headers as { get?: unknown }).get === "function") return (headers as { get(n: string): string | null }).get(name) ?? "";
  const value = (headers as Record<string, unknown>)[name];
  return Array.isArray(value) ? value.join(",") : typeof value === "string" ? value : "";
}

/** "::ffff:203.0.113.7" → "203.0.113.7"; anything that is not an IP address → null. */
function normalize(entry: string): string | null {
  let a = entry.trim();
  if (a.startsWith("[") && a.includes("]")) a = a.slice(1, a.indexOf("]")); // "[2001:db8::1]:443"
  if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(":")); // "203.0.113.7:51234"
  if (/^::ffff:\d{1,3}(\.\d{1,3}){3}$/i.test(a)) a = a.slice(7);
  return isIP(a) ? a.toLowerCase() : null;
}

/**
 * The client's address: the entry of X-Forwarded-For that the trusted side wrote last, i.e.
 * the (hops+1)-th from the right. "unknown" when there is none (a request that did not come
 * through a server, as in some tests) or when the trusted entry is not an address.
 */
export function clientAddress(headers: HeaderSource, hops: number = trustedProxyHops()): string {
  const entries = header(headers, "x-forwarded-for")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  if (!entries.length) return "unknown";
  // Fewer entries than trusted hops: the request skipped a proxy; the farthest entry is the
  // best guess, and every entry was written by the trusted side anyway.
  const entry = entries[Math.max(0, entries.length - 1 - hops)];
  return normalize(entry) ?? "unknown";
}
