import "server-only";
import { setRequestLocale } from "next-intl/server";

/** Props of a page or layout under app/[locale]. */
export type LocaleParams = { params: Promise<{ locale: string }> };
export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * Tells next-intl the language from the URL segment, so that the page reads no cookie and can
 * be rendered once per language and cached. Call it first in every public page and in its
 * generateMetadata (they may render before the layout).
 */
export async function pageLocale(params: LocaleParams["params"]): Promise<string> {
  const { locale } = await params;
  setRequestLocale(locale);
  return locale;
}
