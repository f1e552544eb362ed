import { IntentLink as Link } from "@/components/ui/intent-link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { signedInPage } from "@/lib/auth/page-guards";
import { isApproved } from "@/lib/auth/actor";
import { INSTANT } from "@/lib/calendar/dates";
import { surveyForAccount } from "@/lib/data/survey/answer";
import { NotFoundError } from "@/lib/data/errors";
import { AnswerForm } from "@/components/survey/answer-form";
import { SurveyRefusalNote } from "@/components/survey/refusal-note";
import { answerSurveyAction } from "../actions";

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  const actor = await signedInPage(`/account/surveys/${id}`);
  if (!isApproved(actor)) notFound();
  try {
    return await surveyForAccount(actor, id);
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load((await params).id)).survey.title };
}

/** An account answers a survey: the questions, or why it cannot (in words), or that it already has. */
export default async function AnswerSurveyPage({ params }: Props) {
  const { id } = await params;
  const [{ survey: s, answered, refusal }, t, format] = await Promise.all([load(id), getTranslations(), getFormatter()]);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p>
        <Link href="/account/surveys" className="link">
          ← {t("survey.answer.title")}
        </Link>
      </p>
      <header className="space-y-2">
        <h1 className="text-2xl">{s.title}</h1>
        <p className="text-sm text-muted">
          {format.dateTime(s.opensAt, INSTANT)} — {format.dateTime(s.closesAt, INSTANT)}
        </p>
        {s.description && <p className="whitespace-pre-line">{s.description}</p>}
        <p className="rounded-md bg-stone-100 px-3 py-2 text-sm">{t("survey.answer.anonymity")}</p>
      </header>
      {answered ? (
        <p className="card" role="status">
          {t("survey.answer.answeredAlready")}
        </p>
      ) : refusal ? (
        <p className="card border-brand-600" role="status">
          <SurveyRefusalNote refusal={refusal} eligibleLevels={s.eligibleLevels} />
        </p>
      ) : (
        <section className="card">
          <AnswerForm action={answerSurveyAction} surveyId={s.id} questions={s.questions} />
        </section>
      )}
    </div>
  );
}
