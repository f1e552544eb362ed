import "server-only";
// Every public URL with its last change, for sitemap.xml. Published items only.
import { db } from "../db/client";

export interface SitemapEntry {
  path: string;
  lastModified?: Date;
}

const STATIC_PATHS = [
  "/",
  "/policies",
  "/vacancies",
  "/nominate",
  "/nominate/targeted",
  "/nominate/open",
  "/notices",
  "/appointments",
  "/messages",
  "/report",
  "/search",
  "/privacy",
  "/statistics",
  "/surveys",
];

export async function sitemapEntries(): Promise<SitemapEntry[]> {
  const [p, v, n, a] = await Promise.all([
    db().policy.findMany({ where: { status: "PUBLISHED" }, select: { id: true, updatedAt: true }, orderBy: { issuedOn: "desc" } }),
    db().vacancy.findMany({
      where: { status: { not: "DRAFT" }, publishedAt: { not: null } },
      select: { id: true, updatedAt: true },
      orderBy: { publishedAt: "desc" },
    }),
    db().notice.findMany({ where: { status: "PUBLISHED" }, select: { id: true, updatedAt: true }, orderBy: { publishedAt: "desc" } }),
    db().appointment.findMany({ where: { status: "PUBLISHED" }, select: { id: true, updatedAt: true }, orderBy: { decidedOn: "desc" } }),
  ]);
  return [
    ...STATIC_PATHS.map((path) => ({ path })),
    ...p.map((r) => ({ path: `/policies/${r.id}`, lastModified: r.updatedAt })),
    ...v.map((r) => ({ path: `/vacancies/${r.id}`, lastModified: r.updatedAt })),
    ...n.map((r) => ({ path: `/notices/${r.id}`, lastModified: r.updatedAt })),
    ...a.map((r) => ({ path: `/appointments/${r.id}`, lastModified: r.updatedAt })),
  ];
}
