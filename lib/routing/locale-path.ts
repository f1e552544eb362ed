import { DEFAULT_LOCALE, isLocale } from "@/i18n/config";
import { isSearchKind } from "@/lib/search/kinds";

// Every page lives under app/[locale]/ so that the public boards can be rendered once per
// language and served from Next's cache (ISR) instead of being rendered per request. The
// visitor's URLs carry no language (it is a cookie), so proxy.ts rewrites /x to /<locale>/x.
//
// A board list is cached for each combination of its filters and page number: the query is
// moved into the path (/vacancies?status=OPEN&page=2 → /<locale>/vacancies/filter/<query>),
// which the cache keys on, after dropping what the list would ignore anyway, so that noise does
// not make new entries. A free-text search (q, cut to 50 characters as the pages do) is cached
// the same way, per query (issue 14: the search index makes the first render cheap, the cache
// the repeats); so is /search (/search?q=… → /<locale>/search/filter/<query>).

type Check = (value: string) => boolean;
const code: Check = (v) => /^[A-Z_]{1,24}$/.test(v);
const page: Check = (v) => /^[1-9]\d{0,3}$/.test(v) && v !== "1";
const unit: Check = (v) => v.length <= 100;
const query: Check = (v) => v.length > 0;

/** Each board list's query keys whose values come from a short list, and the page number. */
const LIST_KEYS: Record<string, Record<string, Check>> = {
  "/vacancies": { status: code, level: code, unit, q: query, page },
  "/notices": { kind: code, state: code, q: query, page },
  "/policies": { category: code, q: query, page },
  "/appointments": { kind: code, q: query, page },
  "/search": { q: query, kind: isSearchKind, page },
};
export const LIST_PAGES: ReadonlySet<string> = new Set(Object.keys(LIST_KEYS));

/** The path a list's query is cached under ("" for the unfiltered first page). */
export function listQueryKey(pathname: string, params: URLSearchParams): string | null {
  const keys = LIST_KEYS[pathname];
  if (!keys) return null;
  const kept = new URLSearchParams();
  for (const k of Object.keys(keys).sort()) {
    // The pages read at most 50 characters of a search.
    const v = k === "q" ? params.get(k)?.trim().slice(0, 50).trim() : params.get(k)?.trim();
    if (v && keys[k](v)) kept.set(k, v);
  }
  return kept.toString();
}

/** The internal path a visitor's path is served from. */
export function localePath(pathname: string, params: URLSearchParams, cookie: string | undefined): string {
  const locale = isLocale(cookie) ? cookie : DEFAULT_LOCALE;
  let path = pathname;
  if (LIST_PAGES.has(pathname)) {
    const key = listQueryKey(pathname, params);
    if (key) path = `${pathname}/filter/${encodeURIComponent(key)}`;
  }
  return `/${locale}${path === "/" ? "" : path}`;
}
