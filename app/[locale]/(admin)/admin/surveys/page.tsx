import { IntentLink as Link } from "@/components/ui/intent-link";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { staffPage } from "@/lib/auth/page-guards";
import { INSTANT, shanghaiToday, toShanghaiDateTimeInput } from "@/lib/calendar/dates";
import { listSurveys } from "@/lib/data/survey/define";
import { CADRE_LEVELS } from "@/lib/validation/qualifications";
import { SurveyForm } from "@/components/survey/survey-form";
import { SurveyStatusTag } from "@/components/survey/status-tag";
import { SurveyDone } from "@/components/survey/survey-done";
import { saveSurveyAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("survey.admin"))("title") };
}

/** 满意度测评: every survey, newest year first, and a form for a new one (a draft). */
export default async function SurveysPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  const actor = await staffPage("/admin/surveys");
  const [t, format, surveys, { done }] = await Promise.all([getTranslations("survey"), getFormatter(), listSurveys(actor), searchParams]);
  const when = (d: Date) => format.dateTime(d, INSTANT);
  const year = Number(shanghaiToday().slice(0, 4));
  const start = new Date();
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl">{t("admin.title")}</h1>
        <p className="text-muted">{t("admin.lead")}</p>
      </header>
      <SurveyDone done={done} />
      {surveys.length === 0 ? (
        <p className="card text-muted">{t("admin.none")}</p>
      ) : (
        <ul className="space-y-3" data-testid="survey-list">
          {surveys.map((s) => (
            <li key={s.id} className="card space-y-2">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 className="text-lg">
                  <Link href={`/admin/surveys/${s.id}`} className="link">
                    {s.title}
                  </Link>
                </h2>
                <SurveyStatusTag status={s.status} />
              </div>
              <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-3">
                <div>
                  <dt className="text-muted">{t("admin.window")}</dt>
                  <dd>
                    {when(s.opensAt)} — {when(s.closesAt)}
                  </dd>
                </div>
                <div>
                  <dt className="text-muted">{t("admin.responses")}</dt>
                  <dd className="tabular-nums">{s.responses}</dd>
                </div>
                <div>
                  <dt className="text-muted">{t("admin.published")}</dt>
                  <dd>{s.published ? t("admin.publishedYes") : t("admin.publishedNo")}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
      <section className="card space-y-3" aria-labelledby="new-survey">
        <h2 id="new-survey" className="text-xl">
          {t("admin.new")}
        </h2>
        <SurveyForm
          action={saveSurveyAction}
          levels={CADRE_LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) }))}
          initial={{
            title: t("admin.defaultTitle", { year }),
            description: t("admin.defaultDescription"),
            year: String(year),
            opensAt: toShanghaiDateTimeInput(start).slice(0, 11) + "09:00",
            closesAt: toShanghaiDateTimeInput(new Date(start.getTime() + 14 * 86_400_000)).slice(0, 11) + "17:30",
            forAccounts: true,
            forCodes: true,
            eligibleLevels: [],
            eligibleUnits: "",
          }}
        />
      </section>
    </div>
  );
}
