import { DEFAULT_LOCALE, isLocale } from "@/i18n/config";

// Every page lives under app/[locale]/ so that the public boards can be rendered once per
// language and served from Next's cache (ISR) instead of being rendered per request. The
// visitor's URLs carry no language (it is a cookie), so proxy.ts rewrites /x to /<locale>/x.
//
// A board list with no query is one cached page; with filters or a page number it is
// rendered per request by its "filter" twin, so that arbitrary queries never fill the cache.
export const LIST_PAGES: ReadonlySet<string> = new Set(["/vacancies", "/notices", "/policies", "/appointments"]);

/** Next's client adds _rsc to its own fetches; it is not a filter. */
const hasQuery = (params: URLSearchParams) => [...params.keys()].some((k) => k !== "_rsc");

/** The internal path a visitor's path is served from. */
export function localePath(pathname: string, params: URLSearchParams, cookie: string | undefined): string {
  const locale = isLocale(cookie) ? cookie : DEFAULT_LOCALE;
  const path = LIST_PAGES.has(pathname) && hasQuery(params) ? `${pathname}/filter` : pathname;
  return `/${locale}${path === "/" ? "" : path}`;
}
