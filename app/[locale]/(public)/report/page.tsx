import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/boards/page-title";
import { FalseAccusationWarning } from "@/components/cases/false-accusation-warning";
import { REPORT_CATEGORIES } from "@/lib/cases/kinds";
import { caseAcceptDays, caseAnswerDays } from "@/lib/env/settings";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  await pageLocale(params);
  const t = await getTranslations("report");
  return { title: t("title"), description: t("lead") };
}

/**
 * 监督举报: what the channel takes (after 12380's scope), the other ways to report (the 12380
 * telephone and website), real name and anonymity, confidentiality, the deadlines and the
 * warning against 诬告陷害. Cached for everyone, so it holds nothing of the visitor: the form
 * is /report/new, rendered per request.
 */
export default async function ReportPage({ params }: LocaleParams) {
  await pageLocale(params);
  const t = await getTranslations();
  return (
    <div className="space-y-6">
      <PageTitle title={t("report.title")} lead={t("report.lead")} />
      <section className="card flex flex-wrap items-center justify-between gap-4 border-brand-600" aria-labelledby="r-write">
        <div className="max-w-2xl space-y-1">
          <h2 id="r-write" className="text-xl">
            {t("report.write.title")}
          </h2>
          <p>{t("report.write.text")}</p>
        </div>
        <p className="flex flex-wrap gap-3">
          <Link href="/report/new" className="btn-primary" data-testid="write-report">
            {t("report.write.button")}
          </Link>
          <Link href="/cases/lookup" className="btn-secondary">
            {t("report.write.lookup")}
          </Link>
        </p>
      </section>
      <section className="card space-y-2" aria-labelledby="r-scope">
        <h2 id="r-scope" className="text-xl">
          {t("report.scope.title")}
        </h2>
        <p>{t("report.scope.text")}</p>
        <ul className="list-disc space-y-1 pl-5">
          {REPORT_CATEGORIES.map((c) => (
            <li key={c}>
              <span className="font-medium">{t(`cases.reportCategory.${c}`)}</span>：{t(`report.scope.items.${c}`)}
            </li>
          ))}
        </ul>
        <p className="text-sm text-muted">{t("report.scope.outside")}</p>
      </section>
      <section className="card space-y-2" aria-labelledby="r-12380">
        <h2 id="r-12380" className="text-xl">
          {t("report.channels.title")}
        </h2>
        <ul className="list-disc space-y-1 pl-5">
          <li>{t("report.channels.phone")}</li>
          <li>
            {t("report.channels.website")}
            <a href="https://www.12380.gov.cn" className="link" rel="noopener noreferrer" target="_blank">
              www.12380.gov.cn
            </a>
          </li>
          <li>{t("report.channels.letters")}</li>
        </ul>
      </section>
      <section className="card space-y-2" aria-labelledby="r-name">
        <h2 id="r-name" className="text-xl">
          {t("report.realName.title")}
        </h2>
        <p>{t("report.realName.text")}</p>
        <p>{t("report.realName.anonymous")}</p>
      </section>
      <section className="card space-y-2" aria-labelledby="r-handling">
        <h2 id="r-handling" className="text-xl">
          {t("report.handling.title")}
        </h2>
        <p>{t("report.handling.text", { accept: caseAcceptDays(), answer: caseAnswerDays() })}</p>
        <p>{t("report.handling.confidential")}</p>
      </section>
      <FalseAccusationWarning id="r-warning" />
    </div>
  );
}
