import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { IntentLink as Link } from "@/components/ui/intent-link";
import { getFormatter, getTranslations } from "next-intl/server";
import { INSTANT } from "@/lib/calendar/dates";
import { openCodeSurveys } from "@/lib/data/survey/answer";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";

// Per request: which surveys take codes depends on the clock.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  await pageLocale(params);
  return { title: (await getTranslations("survey.answer"))("title"), robots: { index: false } };
}

/**
 * The short address printed on the code slips (/surveys/answer): straight to the survey when one
 * takes codes now (the usual case), else the list to choose from by title.
 */
export default async function CodeSurveysPage({ params }: LocaleParams) {
  await pageLocale(params);
  const open = await openCodeSurveys();
  if (open.length === 1) redirect(`/surveys/${open[0].id}/answer`);
  const [t, format] = await Promise.all([getTranslations("survey.answer"), getFormatter()]);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-2xl sm:text-3xl">{t("title")}</h1>
      {open.length === 0 ? (
        <p className="card text-muted">{t("noCodeSurvey")}</p>
      ) : (
        <ul className="space-y-3">
          {open.map((s) => (
            <li key={s.id} className="card flex flex-wrap items-center justify-between gap-3">
              <div>
                <h2 className="text-lg">{s.title}</h2>
                <p className="text-sm text-muted">{t("until", { at: format.dateTime(s.closesAt, INSTANT) })}</p>
              </div>
              <Link href={`/surveys/${s.id}/answer`} className="btn-primary">
                {t("go")}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
