import { getLocale } from "next-intl/server";
import { BEIJING_TIME_ZONE } from "@/lib/calendar/dates";
import { CatalogProvider } from "./catalog-provider";

/**
 * next-intl for the client components of a signed-in area ((account), (admin)): every namespace
 * (forms show the data layer's error keys, which may come from any of them), with the catalog
 * itself in the browser's cached script rather than in the page, one script per language
 * (components/intl/catalog-provider.tsx). The time zone is the site's one (i18n/request.ts).
 * Public pages keep giving their client components words as props.
 */
export async function SignedInIntl({ children }: { children: React.ReactNode }) {
  return (
    <CatalogProvider locale={await getLocale()} timeZone={BEIJING_TIME_ZONE}>
      {children}
    </CatalogProvider>
  );
}
