import { IntentLink as Link } from "@/components/ui/intent-link";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { staffPage } from "@/lib/auth/page-guards";
import { calendarOverview } from "@/lib/data/holidays";
import { consoleHome, CLOSING_WITHIN_DAYS, PROBATION_WITHIN_DAYS, CHART_DAYS, CHART_WEEKS } from "@/lib/data/console-home";
import { addDays, DAY, INSTANT, MONTH_DAY, parseDay, shanghaiToday } from "@/lib/calendar/dates";
import { missingArrangementYear } from "@/lib/calendar/reminder";
import { CaseCountsCard } from "@/components/cases-admin/case-counts-card";
import { TrainingHomeCard } from "@/components/training-admin/home-card";
import { HomeCard, HomeLine, OverdueMark } from "@/components/console-home/home-card";
import { TrendChart } from "@/components/console-home/trend-chart";
import { ChartTable } from "@/components/console-home/chart-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("title") };
}

// The console home: what needs doing today, each item a link to where it is done, and two
// trend charts (ECharts, loaded on this page only) with their numbers as tables.
export default async function AdminHome() {
  const actor = await staffPage("/admin");
  const [t, format, home, calendar] = await Promise.all([getTranslations(), getFormatter(), consoleHome(actor), calendarOverview(actor)]);
  const missingYear = missingArrangementYear(shanghaiToday(), calendar.coveredThrough);
  const day = (d: string) => format.dateTime(parseDay(d)!, DAY);
  const monthDay = (d: string) => format.dateTime(parseDay(d)!, MONTH_DAY);
  const when = (d: Date) => format.dateTime(d, INSTANT);
  const r = home.registrations;

  const perDay = home.charts.nominationsPerDay;
  const perWeek = home.charts.registrationsPerWeek;
  const peak = <T extends { count: number }>(xs: T[]) => xs.reduce((m, x) => (x.count > m.count ? x : m), xs[0]);
  const dayTotal = perDay.reduce((s, p) => s + p.count, 0);
  const weekTotal = perWeek.reduce((s, p) => s + p.count, 0);
  const dayPeak = peak(perDay);
  const weekPeak = peak(perWeek);
  const daySummary = dayTotal
    ? t("consoleHome.charts.nominationsSummary", { days: CHART_DAYS, total: dayTotal, max: dayPeak.count, day: day(dayPeak.day) })
    : t("consoleHome.charts.nominationsSummaryNone", { days: CHART_DAYS });
  const weekSummary = weekTotal
    ? t("consoleHome.charts.registrationsSummary", { weeks: CHART_WEEKS, total: weekTotal, max: weekPeak.count, week: day(weekPeak.day) })
    : t("consoleHome.charts.registrationsSummaryNone", { weeks: CHART_WEEKS });

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl">{t("admin.title")}</h1>
        <p className="text-muted">{t("consoleHome.lead")}</p>
      </header>
      {missingYear && (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-amber-900" role="note">
          {t("calendar.warning", { year: missingYear })}{" "}
          <Link href="/admin/calendar" className="link font-medium">
            {t("calendar.enterTitle", { year: missingYear })}
          </Link>
        </p>
      )}
      <div className="grid min-w-0 gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <HomeCard id="home-registrations" title={t("consoleHome.registrations.title")} href="/admin/registrations">
          <Link href="/admin/registrations" className="block hover:underline">
            <span className="text-muted">{t("admin.pendingCount")}</span>{" "}
            <span className="text-4xl font-bold text-brand-700 tabular-nums" data-testid="pending-count">
              {r.pending}
            </span>
          </Link>
          {r.oldest ? (
            <p className="mt-2">
              {t("consoleHome.registrations.oldest", { days: r.oldest.waitedDays })}
              {r.oldest.overdue && <OverdueMark label={t("consoleHome.overdue")} />}
            </p>
          ) : (
            <p className="mt-2 text-muted">{t("consoleHome.registrations.empty")}</p>
          )}
          {r.overdue > 0 && (
            <p className="font-semibold text-red-800">{t("consoleHome.registrations.overdueCount", { count: r.overdue })}</p>
          )}
          <p className="text-sm text-muted">{t("consoleHome.registrations.target", { days: home.reviewDays })}</p>
        </HomeCard>

        <HomeCard id="home-nominations" title={t("consoleHome.nominations.title")} href="/admin/nominations">
          {home.nominations.total === 0 ? (
            <p className="text-muted">{t("consoleHome.nominations.empty")}</p>
          ) : (
            <>
              <p className="font-semibold">{t("consoleHome.nominations.total", { count: home.nominations.total })}</p>
              <ul className="divide-y divide-stone-200">
                {home.nominations.vacancies.map((v) => (
                  <HomeLine key={v.id} href={`/admin/nominations/${v.id}?status=SUBMITTED`} title={v.name}>
                    {t("consoleHome.nominations.line", { count: v.pending })} ·{" "}
                    {v.closed ? t("consoleHome.nominations.closed") : t("consoleHome.nominations.open")}
                    {v.overdue && <OverdueMark label={t("consoleHome.overdue")} />}
                  </HomeLine>
                ))}
                {home.nominations.pool > 0 && (
                  <HomeLine href="/admin/talent-pool" title={t("nominations.pool.title")}>
                    {t("consoleHome.nominations.pool", { count: home.nominations.pool })}
                  </HomeLine>
                )}
              </ul>
              {home.nominations.moreVacancies > 0 && (
                <Link href="/admin/nominations" className="link text-sm">
                  {t("consoleHome.nominations.moreVacancies", { count: home.nominations.moreVacancies })}
                </Link>
              )}
            </>
          )}
        </HomeCard>

        <HomeCard id="home-closing" title={t("consoleHome.closing.title")} href="/admin/vacancies">
          <p className="text-sm text-muted">{t("consoleHome.closing.lead", { days: CLOSING_WITHIN_DAYS })}</p>
          {home.closing.total === 0 ? (
            <p className="text-muted">{t("consoleHome.closing.empty", { days: CLOSING_WITHIN_DAYS })}</p>
          ) : (
            <ul className="divide-y divide-stone-200">
              {home.closing.lines.map((v) => (
                <HomeLine key={v.id} href={`/admin/nominations/${v.id}`} title={v.name}>
                  {t("consoleHome.closing.closesAt", { at: when(v.closesAt) })} ·{" "}
                  {t("consoleHome.closing.received", { count: v.nominations })}
                </HomeLine>
              ))}
              {home.closing.total > home.closing.lines.length && (
                <li className="py-2 text-sm text-muted">
                  {t("consoleHome.more", { count: home.closing.total - home.closing.lines.length })}
                </li>
              )}
            </ul>
          )}
        </HomeCard>

        <HomeCard id="home-notices" title={t("consoleHome.notices.title")} href="/admin/notices">
          {home.notices.lines.length === 0 ? (
            <p className="text-muted">{t("consoleHome.notices.empty")}</p>
          ) : (
            <ul className="divide-y divide-stone-200">
              {home.notices.lines.map((n) => (
                <HomeLine key={n.id} href={`/admin/notices/${n.id}`} title={n.title}>
                  {t("consoleHome.notices.period", { from: day(n.startsOn), to: day(n.endsOn) })} ·{" "}
                  {t("consoleHome.notices.persons", { count: n.persons })}
                  <br />
                  {n.openObjections > 0 ? (
                    <Link href="/admin/cases?kind=OBJECTION&status=OPEN&sort=urgent" className="link font-semibold text-red-800">
                      {t("consoleHome.notices.objections", { count: n.openObjections })}
                    </Link>
                  ) : (
                    <span className="text-muted">{t("consoleHome.notices.noObjections")}</span>
                  )}
                </HomeLine>
              ))}
            </ul>
          )}
        </HomeCard>

        <HomeCard id="home-results" title={t("consoleHome.results.title")} href="/admin/notices?kind=PRE_APPOINTMENT">
          <p className="text-sm text-muted">{t("consoleHome.results.lead")}</p>
          {home.notices.awaitingResults.total === 0 ? (
            <p className="text-muted">{t("consoleHome.results.empty")}</p>
          ) : (
            <ul className="divide-y divide-stone-200">
              {home.notices.awaitingResults.lines.map((n) => (
                <HomeLine key={n.id} href={`/admin/notices/${n.id}#loop-results-title`} title={n.title}>
                  {t("consoleHome.results.ended", { day: day(n.endsOn) })} · {t("consoleHome.results.waiting", { count: n.waiting })}
                  {n.openObjections > 0 && (
                    <>
                      {" · "}
                      <span className="font-semibold text-red-800">{t("consoleHome.notices.objections", { count: n.openObjections })}</span>
                    </>
                  )}
                  <br />
                  <Link
                    href={`/admin/notices/${n.id}#loop-results-title`}
                    className="link font-semibold"
                    aria-label={t("consoleHome.results.recordLabel", { title: n.title })}
                  >
                    {t("consoleHome.results.record")}
                  </Link>
                </HomeLine>
              ))}
              {home.notices.awaitingResults.total > home.notices.awaitingResults.lines.length && (
                <li className="py-2 text-sm text-muted">
                  {t("consoleHome.more", { count: home.notices.awaitingResults.total - home.notices.awaitingResults.lines.length })}
                </li>
              )}
            </ul>
          )}
        </HomeCard>

        <HomeCard id="home-probations" title={t("consoleHome.probations.title")} href="/admin/probations">
          <p className="text-sm text-muted">{t("consoleHome.probations.lead", { days: PROBATION_WITHIN_DAYS })}</p>
          {home.probations.total === 0 ? (
            <p className="text-muted">{t("consoleHome.probations.empty", { days: PROBATION_WITHIN_DAYS })}</p>
          ) : (
            <>
              <p className="font-semibold">{t("consoleHome.probations.count", { count: home.probations.total })}</p>
              <ul className="divide-y divide-stone-200">
                {home.probations.lines.map((p) => (
                  <HomeLine key={p.id} href={`/admin/appointments/${p.id}`} title={`${p.personName}（${p.unit}${p.post}）`}>
                    {t("consoleHome.probations.endsOn", { day: day(p.endsOn) })}
                    {p.overdue && <OverdueMark label={t("consoleHome.probations.expired")} />}
                  </HomeLine>
                ))}
                {home.probations.total > home.probations.lines.length && (
                  <li className="py-2 text-sm text-muted">
                    {t("consoleHome.more", { count: home.probations.total - home.probations.lines.length })}
                  </li>
                )}
              </ul>
            </>
          )}
        </HomeCard>

        <CaseCountsCard counts={home.cases} />
        <TrainingHomeCard actor={actor} />
      </div>

      <section aria-labelledby="home-charts" className="space-y-4">
        <h2 id="home-charts" className="text-xl">
          {t("consoleHome.charts.title")}
        </h2>
        <div className="grid min-w-0 gap-4 lg:grid-cols-2">
          <figure className="card min-w-0" data-testid="chart-nominations">
            <figcaption className="font-medium">{t("consoleHome.charts.nominations", { days: CHART_DAYS })}</figcaption>
            <p className="text-sm text-muted" aria-hidden="true">
              {daySummary}
            </p>
            <TrendChart
              kind="bar"
              series={t("consoleHome.charts.nominationsSeries")}
              summary={daySummary}
              loading={t("consoleHome.charts.loading")}
              points={perDay.map((p) => ({ label: monthDay(p.day), count: p.count }))}
            />
            <ChartTable
              caption={t("consoleHome.charts.nominations", { days: CHART_DAYS })}
              summary={daySummary}
              toggle={t("consoleHome.charts.showTable")}
              periodHeader={t("consoleHome.charts.day")}
              countHeader={t("consoleHome.charts.nominationsSeries")}
              rows={perDay.map((p) => ({ label: day(p.day), count: p.count }))}
            />
          </figure>
          <figure className="card min-w-0" data-testid="chart-registrations">
            <figcaption className="font-medium">{t("consoleHome.charts.registrations", { weeks: CHART_WEEKS })}</figcaption>
            <p className="text-sm text-muted" aria-hidden="true">
              {weekSummary}
            </p>
            <TrendChart
              kind="line"
              series={t("consoleHome.charts.registrationsSeries")}
              summary={weekSummary}
              loading={t("consoleHome.charts.loading")}
              points={perWeek.map((p) => ({ label: monthDay(p.day), count: p.count }))}
            />
            <ChartTable
              caption={t("consoleHome.charts.registrations", { weeks: CHART_WEEKS })}
              summary={weekSummary}
              toggle={t("consoleHome.charts.showTable")}
              periodHeader={t("consoleHome.charts.week")}
              countHeader={t("consoleHome.charts.registrationsSeries")}
              rows={perWeek.map((p) => ({
                label: t("consoleHome.charts.weekRange", { from: day(p.day), to: monthDay(addDays(p.day, 6)) }),
                count: p.count,
              }))}
            />
          </figure>
        </div>
      </section>
    </div>
  );
}
