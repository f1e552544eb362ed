import type { MetadataRoute } from "next";
import { board } from "@/lib/data/public-cache";
import { siteOrigin } from "@/lib/feeds/origin";

// Built per request from the cached public reads (published items only), never at build time.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = await siteOrigin();
  const entries = await board.sitemap();
  return entries.map((e) => ({ url: `${base}${e.path}`, ...(e.lastModified ? { lastModified: e.lastModified } : {}) }));
}
