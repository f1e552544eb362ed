import type { Metadata } from "next";
import { SearchResults, searchMetadata } from "@/components/boards/search-results";

// /search without a query (the form). With one, proxy.ts sends the visitor to the cached
// search/filter/[query] route; this route still answers a query string given to it directly.
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return searchMetadata(await searchParams);
}

export default async function SearchPage({ searchParams }: Props) {
  return <SearchResults p={await searchParams} />;
}
