import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { isLocale } from "@/i18n/config";
import { metadataBaseFor } from "@/lib/feeds/metadata-base";
import "../globals.css";

// No page is rendered at build time (the build machine's database is not the one served):
// each public page is rendered on its first request and then served from the cache until a
// reviewer's change expires it, on this instance or another (lib/cache/cache-handler.mjs), and
// renewed in the background once it is a minute old.
export function generateStaticParams() {
  return [];
}
export const revalidate = 60;

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "common" });
  return {
    title: { default: t("siteName"), template: `%s — ${t("siteName")}` },
    description: t("motto"),
    metadataBase: metadataBaseFor(),
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#b3261e" };

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("common");
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:z-50 focus:bg-white focus:p-3">
          {t("skipToContent")}
        </a>
        {/* No client-side providers here: public pages give their client components their words
            as props and read the session with plain fetch (components/auth/client-session.ts), so
            they load neither next-intl nor next-auth in the browser. Signed-in areas and forms
            bring their own NextIntlClientProvider. */}
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:py-8">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
