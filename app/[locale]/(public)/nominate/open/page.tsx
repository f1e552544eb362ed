import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/boards/page-title";
import { BackLink } from "@/components/boards/back-link";
import { GuideList, WhoMayNominate } from "@/components/boards/guide-list";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  await pageLocale(params);
  const t = await getTranslations();
  return { title: t("home.openTitle"), description: t("nominateGuide.open.summary") };
}

export default async function OpenGuidePage({ params }: LocaleParams) {
  await pageLocale(params);
  const t = await getTranslations();
  return (
    <div className="space-y-6">
      <BackLink href="/nominate" label={t("nav.nominations")} />
      <PageTitle title={t("home.openTitle")} lead={t("nominateGuide.open.summary")} />
      <section className="card space-y-3">
        <p>{t("nominateGuide.open.quote")}</p>
        <p>
          <Link href="/nominate/open/new" className="btn-primary">
            {t("nominateGuide.open.button")}
          </Link>
        </p>
      </section>
      <section className="card space-y-3" aria-labelledby="rules-title">
        <h2 id="rules-title" className="text-xl">
          {t("nominateGuide.rulesTitle")}
        </h2>
        <GuideList group="open.rules" count={6} />
      </section>
      <WhoMayNominate />
    </div>
  );
}
