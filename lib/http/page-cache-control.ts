import fs from "node:fs";
import path from "node:path";

// Next sends the pages it caches (the public boards: `revalidate` pages) with
// `Cache-Control: s-maxage=60, stale-while-revalidate=60`. Chromium applies stale-while-revalidate
// to its own disk cache, so a visitor who saw a board in the last minute or two was shown the old
// list again, even though the server already had the new one. Browsers must ask every time and get
// a 304 when nothing changed (Next sends an ETag for these pages and answers If-None-Match), and a
// shared cache keeps a page only when the deployment says so (OPENSELECT_CDN_MAX_AGE seconds).
//
// Next keeps a Cache-Control that is already on the response (send-payload: "allow users to
// customize it"), and proxy.ts sets this one on exactly the pages Next caches: the build's prerender
// manifest lists them. Dynamic pages keep Next's `private, no-cache, no-store`.

/** Cache-Control for a cached public page; `cdnMaxAge` (seconds) adds a shared-cache lifetime. */
export function publicPageCacheControl(cdnMaxAge: number | undefined): string {
  const base = "public, max-age=0, must-revalidate";
  return cdnMaxAge && cdnMaxAge > 0 ? `${base}, s-maxage=${Math.floor(cdnMaxAge)}` : base;
}

export function cdnMaxAgeFromEnv(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const raw = env.OPENSELECT_CDN_MAX_AGE?.trim();
  if (!raw) return undefined;
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

type Route = { page: string; regex: string };
type RoutesManifest = { staticRoutes?: Route[]; dynamicRoutes?: Route[] };
type PrerenderManifest = { routes?: Record<string, unknown>; dynamicRoutes?: Record<string, unknown> };

/**
 * The cached routes of a build: resolve the path to its route as Next does (static routes first,
 * then the dynamic ones in the manifest's order, most specific first — /vacancies/filter before
 * /vacancies/[id]), then ask whether that route is one Next caches (prerendered).
 */
export function cachedRouteMatcher(routes: RoutesManifest, prerender: PrerenderManifest): (pathname: string) => boolean {
  const cached = new Set([...Object.keys(prerender.routes ?? {}), ...Object.keys(prerender.dynamicRoutes ?? {})]);
  const table = [...(routes.staticRoutes ?? []), ...(routes.dynamicRoutes ?? [])].map((r) => ({ page: r.page, re: new RegExp(r.regex) }));
  return (pathname) => {
    if (cached.has(pathname)) return true;
    const route = table.find((r) => r.re.test(pathname));
    return !!route && cached.has(route.page);
  };
}

let loaded: ((pathname: string) => boolean) | null = null;

/**
 * Whether Next serves `pathname` (after the locale rewrite, e.g. /zh-CN/vacancies) from its page
 * cache. Read once from the build; without a build (next dev) nothing matches and Next's own
 * development headers (no-store) stay.
 */
export function isCachedPage(pathname: string): boolean {
  if (!loaded) {
    try {
      const dir = path.join(/*turbopackIgnore: true*/ process.cwd(), process.env.NEXT_DIST_DIR || ".next");
      // Runtime files of the build, not modules: kept out of the build's file tracing (a
      // computed path there makes Turbopack trace the whole project, a warning per build).
      const read = (file: string) => JSON.parse(fs.readFileSync(path.join(/*turbopackIgnore: true*/ dir, file), "utf8")) as object;
      loaded = cachedRouteMatcher(read("routes-manifest.json"), read("prerender-manifest.json"));
    } catch {
      loaded = () => false;
    }
  }
  return loaded(pathname);
}
