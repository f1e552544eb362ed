"use client";
import { NextIntlClientProvider } from "next-intl";
import catalog from "@/messages/en";

/** The English catalog for the signed-in areas' client components (see catalog-provider-zh.tsx). */
export function CatalogProviderEn({ timeZone, children }: { timeZone: string; children: React.ReactNode }) {
  return (
    <NextIntlClientProvider locale="en" timeZone={timeZone} messages={catalog}>
      {children}
    </NextIntlClientProvider>
  );
}
