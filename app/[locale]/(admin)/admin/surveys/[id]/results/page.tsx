import { IntentLink as Link } from "@/components/ui/intent-link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { staffPage } from "@/lib/auth/page-guards";
import { INSTANT } from "@/lib/calendar/dates";
import { NotFoundError } from "@/lib/data/errors";
import { surveyResults, topicHistory, type GroupResult } from "@/lib/data/survey/results";
import { formatRate, MIN_GROUP } from "@/lib/survey/scale";
import { ScaleResult, TopicHistory } from "@/components/survey/question-results";
import { PublishForm } from "@/components/survey/publish-form";
import { SurveyDone } from "@/components/survey/survey-done";
import { publishResultsAction } from "../../actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> };

async function load(id: string) {
  const actor = await staffPage(`/admin/surveys/${id}/results`);
  try {
    return await surveyResults(actor, id);
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("survey.results");
  return { title: `${(await load((await params).id)).survey.title} · ${t("title")}` };
}

/** A survey's results for staff: every question, breakdowns (groups of five or more), comments, year over year, publication. */
export default async function SurveyResultsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const [r, { done }, t, format] = await Promise.all([load(id), searchParams, getTranslations("survey"), getFormatter()]);
  const s = r.survey;
  const scale = r.questions.filter((q) => q.kind === "SCALE");
  const texts = r.questions.filter((q) => q.kind === "TEXT");
  const number = new Map(r.questions.map((q, i) => [q.id, i + 1]));
  const topics = [...new Set(scale.map((q) => q.topic).filter((x): x is string => !!x))];
  const history = await topicHistory(topics);
  const levelWord = (g: string | null) => (g ? t(`level.${g}`) : t("results.noGroup"));
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/admin/surveys/${id}`} className="link">
          ← {s.title}
        </Link>
      </p>
      <header className="space-y-2">
        <h1 className="text-2xl">{t("results.title")}</h1>
        <p className="text-muted">{t("results.lead", { title: s.title, year: s.year, responses: r.responses })}</p>
        <p className="text-sm text-muted">{t("results.rateHint")}</p>
        {s.status === "OPEN" && <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">{t("results.runningNote")}</p>}
        <p>
          <a href={`/admin/surveys/${id}/export`} className="btn-secondary" download>
            {t("results.export")}
          </a>
        </p>
      </header>
      <SurveyDone done={done} />

      <div className="space-y-4">
        {scale.map((q) => (
          <ScaleResult key={q.id} q={q} n={number.get(q.id)!} />
        ))}
      </div>

      <TopicHistory
        history={history}
        note={`${t("results.historyPublishedOnly")}${s.resultsPublishedAt ? "" : t("results.historyNotYet")}`}
      />

      <section className="space-y-3" aria-labelledby="breakdown-title">
        <h2 id="breakdown-title" className="text-xl">
          {t("results.breakdown")}
        </h2>
        <p className="text-sm text-muted">{t("results.breakdownHint", { min: MIN_GROUP })}</p>
        <Breakdown
          title={t("results.byUnit")}
          groups={r.byUnit}
          name={(g) => g ?? t("results.noGroup")}
          scale={scale}
          number={number}
          tooFew={t("results.tooFew")}
          t={t}
        />
        <Breakdown
          title={t("results.byLevel")}
          groups={r.byLevel}
          name={levelWord}
          scale={scale}
          number={number}
          tooFew={t("results.tooFew")}
          t={t}
        />
      </section>

      {texts.map((q) => (
        <section key={q.id} className="card space-y-2" aria-labelledby={`texts-${q.id}`}>
          <h2 id={`texts-${q.id}`} className="text-xl">
            {number.get(q.id)}. {q.text}
          </h2>
          <p className="text-sm text-muted">{t("results.textsHint")}</p>
          {q.texts.length === 0 ? (
            <p className="text-muted">{t("results.noTexts")}</p>
          ) : (
            <ul className="divide-y divide-stone-200" data-testid="text-answers">
              {q.texts.map((x, i) => (
                <li key={i} className="py-2 whitespace-pre-line">
                  {x}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}

      <section className="card space-y-3" aria-labelledby="publish-title">
        <h2 id="publish-title" className="text-xl">
          {t("results.publish")}
        </h2>
        <p className="text-sm">
          {s.resultsPublishedAt
            ? t("results.publishedAt", { at: format.dateTime(s.resultsPublishedAt, INSTANT) })
            : t("results.notPublished")}
        </p>
        {s.status === "CLOSED" ? (
          <>
            <p className="text-sm text-muted">{t("results.publishLead")}</p>
            <PublishForm
              action={publishResultsAction}
              surveyId={id}
              questions={scale.map((q) => ({ id: q.id, n: number.get(q.id)!, text: q.text, published: q.published }))}
            />
          </>
        ) : (
          <p className="text-sm text-muted">{t("results.publishAfterClose")}</p>
        )}
      </section>
    </div>
  );
}

/** Per group: the answered count, and each rating question's rate — or 样本过少. */
function Breakdown({
  title,
  groups,
  name,
  scale,
  number,
  tooFew,
  t,
}: {
  title: string;
  groups: GroupResult[];
  name: (g: string | null) => string;
  scale: { id: string }[];
  number: Map<string, number>;
  tooFew: string;
  t: Awaited<ReturnType<typeof getTranslations<"survey">>>;
}) {
  if (!groups.length) return null;
  return (
    <div className="card space-y-2">
      <h3 className="font-medium">{title}</h3>
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <thead>
            <tr className="border-b border-stone-300 text-left">
              <th scope="col" className="px-2 py-1 font-medium">
                {t("results.group")}
              </th>
              <th scope="col" className="px-2 py-1 font-medium whitespace-nowrap">
                {t("results.count")}
              </th>
              {scale.map((q) => (
                <th key={q.id} scope="col" className="px-2 py-1 font-medium whitespace-nowrap">
                  {t("answer.questionN", { n: number.get(q.id)! })} {t("results.rate")}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <tr key={g.group ?? ""} className="border-b border-stone-100" data-testid="breakdown-row">
                <th scope="row" className="px-2 py-1 text-left font-normal">
                  {name(g.group)}
                </th>
                {g.questions ? (
                  <>
                    <td className="px-2 py-1 tabular-nums">{g.answered}</td>
                    {g.questions.map((gq) => (
                      <td key={gq.id} className="px-2 py-1 tabular-nums">
                        {formatRate(gq.rate)}
                      </td>
                    ))}
                  </>
                ) : (
                  <td colSpan={scale.length + 1} className="px-2 py-1 text-muted">
                    {tooFew}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
