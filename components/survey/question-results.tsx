import { getTranslations } from "next-intl/server";
import { formatRate, SCALE } from "@/lib/survey/scale";
import type { QuestionResult, TopicPoint } from "@/lib/data/survey/results";
import { SurveyChart } from "./survey-chart";

/** One rating question's results: the numbers in a table, and the same as a bar chart. */
export async function ScaleResult({ q, n }: { q: QuestionResult; n: number }) {
  const t = await getTranslations("survey");
  const words = SCALE.map((c) => t(`scale.${c}`));
  const summary = SCALE.map((c, i) => `${words[i]} ${q.counts[c]}`).join("，");
  return (
    <section className="card space-y-3" aria-labelledby={`q-${n}`} data-testid="question-result">
      <h3 id={`q-${n}`} className="text-lg">
        {n}. {q.text}
        {q.topic && <span className="ml-2 rounded bg-stone-100 px-2 py-0.5 text-sm font-normal text-stone-700">{q.topic}</span>}
      </h3>
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <thead>
              <tr className="border-b border-stone-300 text-left">
                {words.map((w) => (
                  <th key={w} scope="col" className="px-1 py-1 sm:px-2 font-medium whitespace-nowrap">
                    {w}
                  </th>
                ))}
                <th scope="col" className="px-1 py-1 sm:px-2 font-medium whitespace-nowrap">
                  {t("results.answers")}
                </th>
                <th scope="col" className="px-1 py-1 sm:px-2 font-medium whitespace-nowrap">
                  {t("results.rate")}
                </th>
              </tr>
            </thead>
            <tbody>
              <tr>
                {SCALE.map((c) => (
                  <td key={c} className="px-1 py-1 sm:px-2 tabular-nums">
                    {q.counts[c]}
                  </td>
                ))}
                <td className="px-1 py-1 sm:px-2 tabular-nums">{q.answers}</td>
                <td className="px-1 py-1 sm:px-2 font-semibold tabular-nums" data-testid="rate">
                  {formatRate(q.rate)}
                </td>
              </tr>
            </tbody>
          </table>
        </div>
        <SurveyChart
          kind="bar"
          labels={words}
          values={SCALE.map((c) => q.counts[c])}
          summary={t("results.chart", { n, summary })}
          loading={t("results.loading")}
        />
      </div>
    </section>
  );
}

/** Year over year for each topic: a table of rates and a line (`note`: the console's word on what it counts). */
export async function TopicHistory({ history, note }: { history: Record<string, TopicPoint[]>; note?: string }) {
  const t = await getTranslations("survey.results");
  const topics = Object.entries(history).filter(([, points]) => points.length > 0);
  if (!topics.length) return null;
  return (
    <section className="space-y-3" aria-labelledby="history-title">
      <h2 id="history-title" className="text-xl">
        {t("history")}
      </h2>
      <p className="text-sm text-muted">{t("historyHint")}</p>
      {note && <p className="text-sm text-muted">{note}</p>}
      <div className="grid gap-4 lg:grid-cols-2">
        {topics.map(([topic, points]) => {
          const labels = points.map((p) => t("yearLabel", { year: p.year }));
          const values = points.map((p) => (p.rate === null ? null : Math.round(p.rate * 1000) / 10));
          const summary = points.map((p, i) => `${labels[i]} ${formatRate(p.rate)}`).join("，");
          return (
            <div key={topic} className="card space-y-2">
              <h3 className="font-medium">{topic}</h3>
              <table className="w-full text-sm">
                <tbody>
                  {points.map((p, i) => (
                    <tr key={p.surveyId} className="border-b border-stone-100">
                      <th scope="row" className="py-1 text-left font-normal">
                        {labels[i]}
                      </th>
                      <td className="py-1 text-right tabular-nums">{formatRate(p.rate)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {points.length > 1 && (
                <SurveyChart
                  kind="line"
                  percent
                  labels={labels}
                  values={values}
                  summary={t("historyChart", { topic, summary })}
                  loading={t("loading")}
                />
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}
