import "server-only";
import { headers } from "next/headers";

/**
 * The site's public origin for absolute links (feeds, sitemap, robots): NEXTAUTH_URL when a
 * deployment names it, else the Host of the request (demo mode, where the host is trusted).
 */
export async function siteOrigin(): Promise<string> {
  const configured = process.env.NEXTAUTH_URL?.trim();
  if (configured) return configured.replace(/\/$/, "");
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? "http";
  return `${proto.split(",")[0].trim()}://${host.split(",")[0].trim()}`;
}
