import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getBoardTranslations as getTranslations } from "@/components/boards/board-i18n";
import { BackLink } from "@/components/boards/back-link";
import { ScaleResult, TopicHistory } from "@/components/survey/question-results";
import { publishedSurveyResults } from "@/lib/data/survey/public";
import { pageLocale } from "@/i18n/page-locale";

// Rendered on first request, then cached like the boards; publishing expires it.
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ id: string; locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await pageLocale(params);
  const r = await publishedSurveyResults((await params).id);
  return r ? { title: r.title } : {};
}

/** A survey's published results: the chosen rating questions (counts, rate, chart) and year over year. No breakdowns, no comments. */
export default async function PublicSurveyResultsPage({ params }: Props) {
  await pageLocale(params);
  const r = await publishedSurveyResults((await params).id);
  if (!r) notFound();
  const t = await getTranslations();
  return (
    <div className="space-y-6">
      <BackLink href="/surveys" label={t("survey.public.title")} />
      <header className="space-y-2">
        <h1 className="text-2xl sm:text-3xl">{r.title}</h1>
        <p className="text-muted">{t("survey.results.lead", { title: r.title, year: r.year, responses: r.responses })}</p>
        <p className="text-sm text-muted">{t("survey.results.rateHint")}</p>
      </header>
      <div className="space-y-4">
        {r.questions.map((q, i) => (
          <ScaleResult key={q.id} q={q} n={i + 1} />
        ))}
      </div>
      <TopicHistory history={r.history} />
    </div>
  );
}
