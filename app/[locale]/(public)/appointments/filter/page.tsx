import { pageLocale, type LocaleParams, type SearchParams } from "@/i18n/page-locale";
import { AppointmentList, appointmentListMetadata } from "@/components/boards/lists/appointment-list";
import { firstValues } from "@/components/boards/lists/search-values";

// Per visitor (session, query): never cached.
export const dynamic = "force-dynamic";

// The list with filters or a page number (proxy.ts sends /appointments?… here): rendered per request.
export async function generateMetadata({ params }: LocaleParams) {
  await pageLocale(params);
  return appointmentListMetadata();
}

export default async function Page({ params, searchParams }: LocaleParams & { searchParams: Promise<SearchParams> }) {
  await pageLocale(params);
  return <AppointmentList search={firstValues(await searchParams)} />;
}
