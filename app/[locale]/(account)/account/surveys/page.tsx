import { IntentLink as Link } from "@/components/ui/intent-link";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { signedInPage } from "@/lib/auth/page-guards";
import { INSTANT } from "@/lib/calendar/dates";
import { accountSurveys } from "@/lib/data/survey/answer";
import { SurveyRefusalNote } from "@/components/survey/refusal-note";
import { SurveyDone } from "@/components/survey/survey-done";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("survey.answer"))("title") };
}

/** 满意度测评: the surveys this account may answer now (answered ones drop off). */
export default async function MySurveysPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  const actor = await signedInPage("/account/surveys");
  const [{ done }, t, format, { open, notForMe }] = await Promise.all([
    searchParams,
    getTranslations(),
    getFormatter(),
    accountSurveys(actor),
  ]);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/account" className="link">
          ← {t("account.title")}
        </Link>
      </p>
      <header className="space-y-1">
        <h1 className="text-2xl">{t("survey.answer.title")}</h1>
        <p className="max-w-3xl text-muted">{t("survey.answer.listLead")}</p>
      </header>
      <SurveyDone done={done} />
      {open.length === 0 ? (
        <p className="card text-muted">{t("survey.answer.none")}</p>
      ) : (
        <ul className="space-y-3">
          {open.map((s) => (
            <li key={s.id} className="card flex flex-wrap items-center justify-between gap-3" data-testid="open-survey">
              <div>
                <h2 className="text-lg">{s.title}</h2>
                <p className="text-sm text-muted">{t("survey.answer.until", { at: format.dateTime(s.closesAt, INSTANT) })}</p>
              </div>
              <Link href={`/account/surveys/${s.id}`} className="btn-primary">
                {t("survey.answer.go")}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {notForMe.length > 0 && (
        <section className="space-y-3" aria-labelledby="not-for-me">
          <h2 id="not-for-me" className="text-lg">
            {t("survey.answer.notForMe")}
          </h2>
          <ul className="space-y-3">
            {notForMe.map((s) => (
              <li key={s.id} className="card space-y-1" data-testid="survey-not-for-me">
                <h3 className="font-medium">{s.title}</h3>
                <p className="text-sm text-muted">{t("survey.answer.until", { at: format.dateTime(s.closesAt, INSTANT) })}</p>
                <p className="text-sm">
                  <SurveyRefusalNote refusal={s.refusal} eligibleLevels={s.eligibleLevels} />
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
