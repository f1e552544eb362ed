import { pageLocale, type LocaleParams, type SearchParams } from "@/i18n/page-locale";
import { PolicyList, policyListMetadata } from "@/components/boards/lists/policy-list";
import { firstValues } from "@/components/boards/lists/search-values";

// Per visitor (session, query): never cached.
export const dynamic = "force-dynamic";

// The list with filters or a page number (proxy.ts sends /policies?… here): rendered per request.
export async function generateMetadata({ params }: LocaleParams) {
  await pageLocale(params);
  return policyListMetadata();
}

export default async function Page({ params, searchParams }: LocaleParams & { searchParams: Promise<SearchParams> }) {
  await pageLocale(params);
  return <PolicyList search={firstValues(await searchParams)} />;
}
