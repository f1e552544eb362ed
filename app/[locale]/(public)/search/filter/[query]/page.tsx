import type { Metadata } from "next";
import { pageLocale } from "@/i18n/page-locale";
import { noStaticParams } from "@/components/boards/lists/list-routes";
import { SearchResults, searchMetadata } from "@/components/boards/search-results";

// /search?q=…&kind=…&page=… (proxy.ts puts the query into the path): rendered once per query
// and language, cached until a board changes, like a board's filtered list.
type Props = { params: Promise<{ locale: string; query: string }> };

async function queryOf(params: Props["params"]): Promise<Record<string, string>> {
  const { query } = await params;
  let text = "";
  try {
    text = decodeURIComponent(query);
  } catch {
    // A malformed segment: the empty search form.
  }
  return Object.fromEntries(new URLSearchParams(text));
}

export const generateStaticParams = noStaticParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await pageLocale(params);
  return searchMetadata(await queryOf(params));
}

export default async function CachedSearchPage({ params }: Props) {
  await pageLocale(params);
  return <SearchResults p={await queryOf(params)} />;
}
