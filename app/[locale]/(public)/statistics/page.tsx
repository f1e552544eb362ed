import type { Metadata } from "next";
import { getBoardTranslations as getTranslations } from "@/components/boards/board-i18n";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { statistics } from "@/lib/data/statistics-cache";
import {
  satisfactionRows,
  unitColumnLabels,
  unitRows,
  yearColumnLabels,
  yearRows,
  yearValue,
  type YearColumn,
} from "@/lib/statistics/present";
import { FiguresTable } from "@/components/statistics/figures-table";
import { YearChart } from "@/components/statistics/year-chart";

// 公开数据: the figures of cadre work per year, charts of them, the figures per unit (small
// counts suppressed) and the published satisfaction results, with a CSV of the same figures.
// Rendered once per language and cached; the figures' cache entry is expired by the writes
// that change them (lib/data/statistics-cache.ts).

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  await pageLocale(params);
  const t = await getTranslations("statistics");
  return { title: t("title"), description: t("lead") };
}

const CHARTS: { key: "chartSelection" | "chartSupervision" | "chartTraining"; kind: "bar" | "line"; columns: YearColumn[] }[] = [
  { key: "chartSelection", kind: "bar", columns: ["vacancies", "nominations", "notices", "appointments"] },
  { key: "chartSupervision", kind: "bar", columns: ["objectionsReceived", "objectionsHandled"] },
  { key: "chartTraining", kind: "line", columns: ["trainingHours"] },
];

export default async function StatisticsPage({ params }: LocaleParams) {
  const locale = await pageLocale(params);
  const [t, stats] = await Promise.all([getTranslations("statistics"), statistics()]);
  const num = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const yearLabels = stats.years.map((y) => t("yearLabel", { year: y.year }));
  const latest = stats.years[stats.years.length - 1];
  const units = [...stats.units].reverse();
  // The newest year with a unit to list is open; the others are one click away.
  const openYear = units.find((u) => u.rows.length)?.year;
  const satisfaction = satisfactionRows(stats, t, locale);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm text-muted">{t("title")}</p>
        <h1 className="text-2xl sm:text-3xl">{t("heading")}</h1>
        <p className="max-w-3xl text-muted">{t("lead")}</p>
        <p className="max-w-3xl text-sm text-muted">{t("privacyNote")}</p>
        <p className="flex flex-wrap items-center gap-3 pt-1">
          <a href="/statistics/csv" className="btn-secondary" download data-testid="statistics-csv">
            {t("download")}
          </a>
          <span className="text-sm text-muted">{t("downloadHint")}</span>
        </p>
      </header>

      <section aria-labelledby="statistics-years" className="space-y-3">
        <h2 id="statistics-years" className="text-xl">
          {t("yearsTitle")}
        </h2>
        <FiguresTable
          caption={t("yearsCaption")}
          rowHeader={t("year")}
          columns={yearColumnLabels(t)}
          rows={yearRows(stats, t, locale)}
          suppressed={t("suppressedLabel")}
          testId="statistics-years"
        />
      </section>

      <section aria-labelledby="statistics-charts" className="space-y-3">
        <h2 id="statistics-charts" className="text-xl">
          {t("chartsTitle")}
        </h2>
        <p className="text-sm text-muted">{t("chartTableNote")}</p>
        <div className="grid gap-4 lg:grid-cols-3">
          {CHARTS.map((c) => {
            const figures = c.columns.map((col) => `${t(`figures.${col}`)} ${num.format(yearValue(latest, col))}`).join("，");
            return (
              <figure key={c.key} className="card min-w-0">
                <figcaption className="mb-2 font-medium">{t(`${c.key}.title`)}</figcaption>
                <YearChart
                  years={yearLabels}
                  kind={c.kind}
                  series={c.columns.map((col) => ({ name: t(`figures.${col}`), data: stats.years.map((y) => yearValue(y, col)) }))}
                  summary={t(`${c.key}.summary`, { latest: t("chartLatest", { year: latest.year, figures }) })}
                  loading={t("chartLoading")}
                />
              </figure>
            );
          })}
        </div>
      </section>

      <section aria-labelledby="statistics-units" className="space-y-3">
        <h2 id="statistics-units" className="text-xl">
          {t("unitsTitle")}
        </h2>
        <p className="text-muted">{t("unitsLead")}</p>
        <p className="text-sm text-muted" id="statistics-suppression">
          {t("suppressionNote")}
        </p>
        {units.length === 0 && <p className="text-muted">{t("unitsEmpty")}</p>}
        {units.map((u) => (
          <details key={u.year} open={u.year === openYear} className="space-y-2">
            <summary className="cursor-pointer font-medium text-brand-700">{t("unitsCaption", { year: u.year })}</summary>
            {u.rows.length ? (
              <FiguresTable
                caption={t("unitsCaption", { year: u.year })}
                rowHeader={t("unit")}
                columns={unitColumnLabels(t)}
                rows={unitRows(u, t, locale)}
                suppressed={t("suppressedLabel")}
                testId={`statistics-units-${u.year}`}
              />
            ) : null}
            {u.omitted > 0 && <p className="text-sm text-muted">{t("omitted", { count: u.omitted })}</p>}
          </details>
        ))}
      </section>

      <section aria-labelledby="statistics-satisfaction" className="space-y-3">
        <h2 id="statistics-satisfaction" className="text-xl">
          {t("satisfactionTitle")}
        </h2>
        <p className="text-muted">{t("satisfactionLead")}</p>
        {satisfaction.length ? (
          <FiguresTable
            caption={t("satisfactionCaption")}
            rowHeader={t("question")}
            columns={[t("rate"), t("answered")]}
            rows={satisfaction}
            suppressed={t("suppressedLabel")}
            testId="statistics-satisfaction"
          />
        ) : (
          <p className="text-muted">{t("satisfactionEmpty")}</p>
        )}
      </section>
    </div>
  );
}
