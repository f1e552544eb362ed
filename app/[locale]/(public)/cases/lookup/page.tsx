import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/boards/page-title";
import { CaseLookup } from "@/components/cases/case-lookup";
import { caseLookupsPerAddress } from "@/lib/data/rate-limits";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { lookupCaseAction } from "./actions";

// Per request and never stored by a cache or the browser (Next sends no-store for a dynamic
// page): what it shows after a lookup belongs to whoever holds the code.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  await pageLocale(params);
  const t = await getTranslations("myCases.lookup");
  return { title: t("title"), description: t("lead"), robots: { index: false, follow: false } };
}

/** The words the lookup form and the case view use in the browser. */
async function lookupMessages() {
  const all = (await getMessages()) as Record<string, Record<string, unknown>>;
  return { common: all.common, errors: all.errors, cases: all.cases, myCases: all.myCases };
}

/** Following an anonymous case (公示反映, 监督举报) by its 查询码. */
export default async function CaseLookupPage({ params }: LocaleParams) {
  await pageLocale(params);
  const t = await getTranslations("myCases.lookup");
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageTitle title={t("title")} lead={t("lead")} />
      <p className="text-sm text-muted">{t("privacy", { limit: caseLookupsPerAddress().limit })}</p>
      <NextIntlClientProvider messages={await lookupMessages()}>
        <CaseLookup action={lookupCaseAction} />
      </NextIntlClientProvider>
      <p className="text-sm">{t("realName")}</p>
    </div>
  );
}
