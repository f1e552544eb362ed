import type { MetadataRoute } from "next";

// Public boards are for everyone, search engines included; accounts, the console and the
// nomination forms are not.
export default function robots(): MetadataRoute.Robots {
  const base = (process.env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: ["/admin", "/account", "/api/", "/login", "/register", "/nominate/targeted/", "/nominate/open/new", "/search"],
    },
    sitemap: `${base}/sitemap.xml`,
  };
}
