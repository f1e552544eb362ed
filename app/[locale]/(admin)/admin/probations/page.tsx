import { IntentLink as Link } from "@/components/ui/intent-link";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { staffPage } from "@/lib/auth/page-guards";
import { DAY } from "@/lib/calendar/dates";
import { listAssessedProbations, listDueProbations, PROBATION_DUE_DAYS, PROBATION_RESULTS } from "@/lib/data/probations";
import { LoopDone } from "@/components/loop/loop-done";
import { ProbationAssessForm } from "@/components/loop/probation-assess-form";
import { assessProbationAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("loop.probation"))("title") };
}

/**
 * 试用期管理: probations ending within PROBATION_DUE_DAYS days, and those ended without an
 * assessment (most urgent first), each with its assessment form; then the recent assessments.
 */
export default async function ProbationsPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  const actor = await staffPage("/admin/probations");
  const [{ done }, t, format, due, assessed] = await Promise.all([
    searchParams,
    getTranslations(),
    getFormatter(),
    listDueProbations(actor),
    listAssessedProbations(actor),
  ]);
  const day = (d: Date) => format.dateTime(d, DAY);
  const results = PROBATION_RESULTS.map((r) => ({ value: r, label: t(`loop.probation.${r}`) }));
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl">{t("loop.probation.title")}</h1>
        <p className="text-muted">{t("loop.probation.lead", { days: PROBATION_DUE_DAYS })}</p>
        {due.length > 0 && (
          <a href="/admin/exports/probations?format=xlsx" className="link inline-block text-sm" download>
            {t("loop.probation.export")}
          </a>
        )}
      </header>
      <LoopDone done={done} />
      {due.length === 0 ? (
        <p className="card text-muted">{t("loop.probation.none")}</p>
      ) : (
        <ul className="space-y-4" data-testid="probations-due">
          {due.map((p) => (
            <li key={p.id} className="card space-y-3" data-testid="probation-row">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 className="text-lg">
                  <Link href={`/admin/appointments/${p.id}`} className="link">
                    {p.personName}
                  </Link>
                </h2>
                <span
                  className={`rounded px-2 py-0.5 text-sm whitespace-nowrap ${p.overdue ? "bg-red-100 text-red-900" : "bg-amber-100 text-amber-900"}`}
                >
                  {p.overdue
                    ? t("loop.probation.overdue", { days: -p.daysLeft })
                    : p.daysLeft === 0
                      ? t("loop.probation.dueToday")
                      : t("loop.probation.daysLeft", { days: p.daysLeft })}
                </span>
              </div>
              <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-3">
                <div>
                  <dt className="text-muted">{t("loop.probation.post")}</dt>
                  <dd>
                    {p.unit}
                    {p.post}
                  </dd>
                </div>
                <div>
                  <dt className="text-muted">{t("loop.probation.decidedOn")}</dt>
                  <dd>{day(p.decidedOn)}</dd>
                </div>
                <div>
                  <dt className="text-muted">{t("loop.probation.endsOn")}</dt>
                  <dd>{day(p.endsOn)}</dd>
                </div>
              </dl>
              <ProbationAssessForm action={assessProbationAction} id={p.id} name={p.personName} results={results} />
            </li>
          ))}
        </ul>
      )}
      {assessed.length > 0 && (
        <section className="space-y-2" aria-labelledby="recent-title">
          <h2 id="recent-title" className="text-xl">
            {t("loop.probation.recent")}
          </h2>
          <ul className="card divide-y divide-stone-200 text-sm">
            {assessed.map((a) => (
              <li key={a.id} className="space-y-1 py-2">
                <p>
                  <Link href={`/admin/appointments/${a.id}`} className="link font-medium">
                    {a.personName}
                  </Link>{" "}
                  · {a.unit}
                  {a.post} · {t(`loop.probation.${a.probationResult}`)}
                  {a.probationEndsOn && <> · {day(a.probationEndsOn)}</>}
                </p>
                {a.probationNote && <p className="text-muted">{a.probationNote}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
