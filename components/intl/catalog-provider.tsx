"use client";
import dynamic from "next/dynamic";

// Each language's catalog is its own chunk, loaded only for a reader of that language: the two
// providers imported statically (even from a server component that renders only one) land in
// the layout's one chunk, and every signed-in reader downloaded both languages (93 kB gzip).
// next/dynamic renders the chosen one on the server and, in the browser, loads its chunk before
// hydrating what it wraps (the server's HTML stays on screen meanwhile).
const Zh = dynamic(() => import("./catalog-provider-zh").then((m) => m.CatalogProviderZh));
const En = dynamic(() => import("./catalog-provider-en").then((m) => m.CatalogProviderEn));

export function CatalogProvider({ locale, timeZone, children }: { locale: string; timeZone: string; children: React.ReactNode }) {
  const Provider = locale === "en" ? En : Zh;
  return <Provider timeZone={timeZone}>{children}</Provider>;
}
