import Link from "next/link";
import type { Metadata } from "next";
import { getBoardFormatter as getFormatter, getBoardTranslations as getTranslations } from "@/components/boards/board-i18n";
import { PageTitle } from "@/components/boards/page-title";
import { INSTANT } from "@/lib/calendar/dates";
import { publishedSurveyList } from "@/lib/data/survey/public";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  await pageLocale(params);
  const t = await getTranslations();
  return { title: t("survey.public.title"), description: t("survey.public.lead") };
}

/** 满意度测评结果: the surveys whose results staff published, newest year first. Cached like the boards. */
export default async function PublishedSurveysPage({ params }: LocaleParams) {
  await pageLocale(params);
  const [t, format, list] = await Promise.all([getTranslations(), getFormatter(), publishedSurveyList()]);
  return (
    <div className="space-y-6">
      <PageTitle title={t("survey.public.title")} lead={t("survey.public.lead")} />
      {list.length === 0 ? (
        <p className="card text-muted">{t("survey.public.none")}</p>
      ) : (
        <ul className="space-y-3">
          {list.map((s) => (
            <li key={s.id} className="card flex flex-wrap items-center justify-between gap-3">
              <div>
                <h2 className="text-lg">{s.title}</h2>
                <p className="text-sm text-muted">{t("survey.public.publishedOn", { at: format.dateTime(s.publishedAt, INSTANT) })}</p>
              </div>
              <Link href={`/surveys/${s.id}/results`} className="btn-secondary">
                {t("survey.public.view")}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
