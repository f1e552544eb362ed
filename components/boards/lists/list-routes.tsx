import type { Metadata } from "next";
import { pageLocale, type LocaleParams, type SearchParams } from "@/i18n/page-locale";

type Search = Record<string, string | undefined>;
type ListComponent = (props: { search: Search }) => Promise<React.ReactElement>;

/** A repeated query parameter (?status=a&status=b) counts by its first value. */
export function firstValues(params: SearchParams): Search {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}

/**
 * The two routes of a board list (see lib/routing/locale-path.ts): `cached` for /board with
 * no query, rendered once per language; `filtered` for /board?…, rendered per request.
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
    async filtered({ params, searchParams }: LocaleParams & { searchParams: Promise<SearchParams> }) {
      await pageLocale(params);
      return <List search={firstValues(await searchParams)} />;
    },
  };
}
