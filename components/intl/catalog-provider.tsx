"use client";
import { NextIntlClientProvider } from "next-intl";
import { catalogs } from "@/messages";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/config";

/**
 * The whole catalog for the client components of the signed-in areas (account pages and the
 * console), taken from the browser's own copy: the catalog is part of this component's script,
 * downloaded once and cached with the other scripts, instead of ~180 KB of every page's HTML
 * (and the server serializing, escaping and re-reading it on every request). The server passes
 * only the language and the time zone of the request (SignedInIntl).
 */
export function CatalogProvider({ locale, timeZone, children }: { locale: string; timeZone: string; children: React.ReactNode }) {
  const l = isLocale(locale) ? locale : DEFAULT_LOCALE;
  return (
    <NextIntlClientProvider locale={l} timeZone={timeZone} messages={catalogs[l]}>
      {children}
    </NextIntlClientProvider>
  );
}
