import type { Metadata } from "next";
import { pageLocale, type LocaleParams, type SearchParams } from "@/i18n/page-locale";

type Search = Record<string, string | undefined>;
type ListComponent = (props: { search: Search }) => Promise<React.ReactElement>;

/** A repeated query parameter (?status=a&status=b) counts by its first value. */
export function firstValues(params: SearchParams): Search {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}

/**
 * The routes of a board list (see lib/routing/locale-path.ts), each rendered once per language
 * and cached: `cached` for /board with no query, `cachedQuery` for a combination of filters and
 * page number or a search (the proxy puts the query into the path).
 */
export function listRoutes(List: ListComponent, metadata: () => Promise<Metadata>) {
  const generateMetadata = async ({ params }: LocaleParams) => {
    await pageLocale(params);
    return metadata();
  };
  return {
    generateMetadata,
    async cached({ params }: LocaleParams) {
      await pageLocale(params);
      return <List search={{}} />;
    },
    async cachedQuery({ params }: { params: Promise<{ locale: string; query: string }> }) {
      await pageLocale(params);
      const query = new URLSearchParams(decodeSegment((await params).query));
      return <List search={firstValues(Object.fromEntries(query))} />;
    },
  };
}

/** The query as the proxy encoded it into one path segment (Next passes the segment as is). */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return "";
  }
}

/** A cached route with a parameter: no entry at build time, each rendered on first request. */
export function noStaticParams() {
  return [];
}
