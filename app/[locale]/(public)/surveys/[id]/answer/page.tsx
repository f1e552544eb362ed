import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getFormatter, getMessages, getTranslations } from "next-intl/server";
import { INSTANT } from "@/lib/calendar/dates";
import { surveyForCode } from "@/lib/data/survey/answer";
import { SurveyDone } from "@/components/survey/survey-done";
import { AnswerForm } from "@/components/survey/answer-form";
import { pageLocale } from "@/i18n/page-locale";
import { answerByCodeAction } from "../../actions";

// Per request (the window, the done banner); the form itself is the same for everyone.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string; locale: string }>; searchParams: Promise<{ done?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await pageLocale(params);
  return { title: (await getTranslations("survey.answer"))("title"), robots: { index: false } };
}

/** The words the answer form needs in the browser (public pages otherwise send almost none). */
async function formMessages() {
  const all = (await getMessages()) as Record<string, unknown>;
  return Object.fromEntries(["common", "errors", "survey"].filter((ns) => ns in all).map((ns) => [ns, all[ns]]));
}

/** A meeting participant answers with the one-time code on their slip; no account needed. */
export default async function CodeAnswerPage({ params, searchParams }: Props) {
  await pageLocale(params);
  const [{ id }, { done }] = await Promise.all([params, searchParams]);
  const [s, t, format] = await Promise.all([surveyForCode(id), getTranslations(), getFormatter()]);
  if (!s && done !== "answered") notFound();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <SurveyDone done={done} />
      {s && (
        <>
          <header className="space-y-2">
            <h1 className="text-2xl sm:text-3xl">{s.title}</h1>
            <p className="text-sm text-muted">
              {format.dateTime(s.opensAt, INSTANT)} — {format.dateTime(s.closesAt, INSTANT)}
            </p>
            {s.description && <p className="whitespace-pre-line">{s.description}</p>}
            <p className="rounded-md bg-stone-100 px-3 py-2 text-sm">{t("survey.answer.codeAnonymity")}</p>
          </header>
          {done !== "answered" && (
            <section className="card">
              <NextIntlClientProvider messages={await formMessages()}>
                <AnswerForm action={answerByCodeAction} surveyId={s.id} questions={s.questions} withCode />
              </NextIntlClientProvider>
            </section>
          )}
        </>
      )}
    </div>
  );
}
