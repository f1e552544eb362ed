import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/boards/page-title";
import { GuideList, WhoMayNominate } from "@/components/boards/guide-list";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  await pageLocale(params);
  const t = await getTranslations("nominateGuide");
  return { title: t("title"), description: t("lead") };
}

export default async function NominatePage({ params }: LocaleParams) {
  await pageLocale(params);
  const t = await getTranslations();
  return (
    <div className="space-y-6">
      <PageTitle title={t("nominateGuide.title")} lead={t("nominateGuide.lead")} />
      <div className="grid gap-4 md:grid-cols-2">
        <section className="card flex flex-col border-l-4 border-l-brand-600">
          <h2 className="text-xl text-brand-700">{t("home.targetedTitle")}</h2>
          <p className="mt-2 flex-1">{t("nominateGuide.targeted.summary")}</p>
          <p className="mt-4">
            <Link href="/nominate/targeted" className="btn-primary">
              {t("nominateGuide.targeted.enter")}
            </Link>
          </p>
        </section>
        <section className="card flex flex-col border-l-4 border-l-amber-600">
          <h2 className="text-xl text-amber-800">{t("home.openTitle")}</h2>
          <p className="mt-2 flex-1">{t("nominateGuide.open.summary")}</p>
          <p className="mt-4">
            <Link href="/nominate/open" className="btn-secondary">
              {t("nominateGuide.open.enter")}
            </Link>
          </p>
        </section>
      </div>
      <section className="card space-y-3" aria-labelledby="self-title">
        <h2 id="self-title" className="text-xl">
          {t("nominateGuide.self.title")}
        </h2>
        <GuideList group="self.items" count={3} ordered={false} />
      </section>
      <WhoMayNominate />
      <section className="card space-y-3" aria-labelledby="process-title">
        <h2 id="process-title" className="text-xl">
          {t("nominateGuide.process.title")}
        </h2>
        <GuideList group="process.items" count={6} />
      </section>
    </div>
  );
}
