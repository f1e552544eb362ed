import { cachedRouteMatcher, cdnMaxAgeFromEnv, publicPageCacheControl } from "@/lib/http/page-cache-control";

// The shape of Next's routes-manifest.json and prerender-manifest.json, cut down to what is read.
const routes = {
  staticRoutes: [{ page: "/api/challenge", regex: "^/api/challenge(?:/)?$" }],
  dynamicRoutes: [
    { page: "/[locale]", regex: "^/([^/]+?)(?:/)?$" },
    { page: "/[locale]/admin/vacancies/[id]", regex: "^/([^/]+?)/admin/vacancies/([^/]+?)(?:/)?$" },
    { page: "/[locale]/vacancies", regex: "^/([^/]+?)/vacancies(?:/)?$" },
    { page: "/[locale]/vacancies/filter", regex: "^/([^/]+?)/vacancies/filter(?:/)?$" },
    { page: "/[locale]/vacancies/filter/[query]", regex: "^/([^/]+?)/vacancies/filter/([^/]+?)(?:/)?$" },
    { page: "/[locale]/vacancies/[id]", regex: "^/([^/]+?)/vacancies/([^/]+?)(?:/)?$" },
  ],
};
const prerender = {
  routes: { "/_not-found": {} },
  dynamicRoutes: { "/[locale]": {}, "/[locale]/vacancies": {}, "/[locale]/vacancies/filter/[query]": {}, "/[locale]/vacancies/[id]": {} },
};

describe("which pages browsers must revalidate", () => {
  const cached = cachedRouteMatcher(routes, prerender);

  it("matches the pages Next caches", () => {
    expect(cached("/zh-CN")).toBe(true);
    expect(cached("/zh-CN/vacancies")).toBe(true);
    expect(cached("/en/vacancies/ckabc123")).toBe(true);
    expect(cached("/zh-CN/vacancies/filter/status%3DOPEN")).toBe(true);
  });

  it("leaves pages rendered per request alone, even where a cached route's pattern would match", () => {
    // /vacancies/filter (the free-text search) also fits /vacancies/[id]; Next picks the static one.
    expect(cached("/zh-CN/vacancies/filter")).toBe(false);
    expect(cached("/zh-CN/admin/vacancies/ckabc123")).toBe(false);
    expect(cached("/api/challenge")).toBe(false);
  });

  it("never lets a browser keep a page, and a shared cache only when configured", () => {
    expect(publicPageCacheControl(undefined)).toBe("public, max-age=0, must-revalidate");
    expect(publicPageCacheControl(30)).toBe("public, max-age=0, must-revalidate, s-maxage=30");
    expect(cdnMaxAgeFromEnv({ OPENSELECT_CDN_MAX_AGE: "30" } as unknown as NodeJS.ProcessEnv)).toBe(30);
    expect(cdnMaxAgeFromEnv({ OPENSELECT_CDN_MAX_AGE: "soon" } as unknown as NodeJS.ProcessEnv)).toBeUndefined();
    expect(cdnMaxAgeFromEnv({} as unknown as NodeJS.ProcessEnv)).toBeUndefined();
  });
});
