import type { MetadataRoute } from "next";
import { siteOrigin } from "@/lib/feeds/origin";

// Per request: the sitemap line names the host the site is served on.
export const dynamic = "force-dynamic";

// Public boards are for everyone, search engines included; accounts, the console and the
// nomination forms are not.
export default async function robots(): Promise<MetadataRoute.Robots> {
  const base = await siteOrigin();
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: ["/admin", "/account", "/api/", "/login", "/register", "/nominate/targeted/", "/nominate/open/new", "/search"],
    },
    sitemap: `${base}/sitemap.xml`,
  };
}
