"use client";
import { NextIntlClientProvider } from "next-intl";
import catalog from "@/messages/zh-CN";

/**
 * The Simplified Chinese catalog for the client components of the signed-in areas (account pages
 * and the console), taken from the browser's own copy: the catalog is part of this component's
 * script, downloaded once and cached with the other scripts, instead of ~180 KB of every page's
 * HTML (and the server serializing, escaping and re-reading it on every request). One component
 * per language, so that a reader downloads only the words of their own (catalog-provider.tsx picks).
 */
export function CatalogProviderZh({ timeZone, children }: { timeZone: string; children: React.ReactNode }) {
  return (
    <NextIntlClientProvider locale="zh-CN" timeZone={timeZone} messages={catalog}>
      {children}
    </NextIntlClientProvider>
  );
}
