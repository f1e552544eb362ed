import { getLocale } from "next-intl/server";
import { BEIJING_TIME_ZONE } from "@/lib/calendar/dates";
import { CatalogProviderEn } from "./catalog-provider-en";
import { CatalogProviderZh } from "./catalog-provider-zh";

/**
 * next-intl for the client components of a signed-in area ((account), (admin)): every namespace
 * (forms show the data layer's error keys, which may come from any of them), with the catalog
 * itself in the browser's cached script rather than in the page (components/intl/
 * catalog-provider-zh.tsx), one script per language. The time zone is the site's one
 * (i18n/request.ts). Public pages keep giving their client components words as props.
 */
export async function SignedInIntl({ children }: { children: React.ReactNode }) {
  const Provider = (await getLocale()) === "en" ? CatalogProviderEn : CatalogProviderZh;
  return <Provider timeZone={BEIJING_TIME_ZONE}>{children}</Provider>;
}
