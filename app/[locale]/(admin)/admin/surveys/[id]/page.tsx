import { IntentLink as Link } from "@/components/ui/intent-link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { staffPage } from "@/lib/auth/page-guards";
import { INSTANT, toShanghaiDateTimeInput } from "@/lib/calendar/dates";
import { surveyDetail } from "@/lib/data/survey/define";
import { NotFoundError } from "@/lib/data/errors";
import { isSurveyEditable } from "@/lib/state/survey";
import { SUGGESTED_TOPICS } from "@/lib/survey/scale";
import { siteUrl } from "@/lib/notifications/render";
import { CADRE_LEVELS } from "@/lib/validation/qualifications";
import { SurveyForm } from "@/components/survey/survey-form";
import { QuestionForm, SmallAction } from "@/components/survey/question-forms";
import { CodesForm } from "@/components/survey/codes-form";
import { SurveyDone } from "@/components/survey/survey-done";
import { SurveyStatusTag } from "@/components/survey/status-tag";
import {
  addQuestionAction,
  closeSurveyAction,
  deleteSurveyAction,
  editQuestionAction,
  generateCodesAction,
  moveQuestionAction,
  openSurveyAction,
  removeQuestionAction,
  saveSurveyAction,
} from "../actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> };

async function load(id: string) {
  const actor = await staffPage(`/admin/surveys/${id}`);
  try {
    return await surveyDetail(actor, id);
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load((await params).id)).title };
}

/**
 * The address printed on the slips: short enough to type from paper (no record id; it leads to
 * the survey taking codes), on the site's configured address (never the request's Host).
 */
const answerUrl = () => `${siteUrl()}/surveys/answer`;

/** A survey: its details and questions (edited while a draft), opening and closing, meeting codes. */
export default async function SurveyPage({ params, searchParams }: Props) {
  const { id } = await params;
  const [s, { done }, t, format] = await Promise.all([load(id), searchParams, getTranslations("survey"), getFormatter()]);
  const editable = isSurveyEditable(s.status);
  const levels = CADRE_LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) }));
  const when = (d: Date) => format.dateTime(d, INSTANT);
  const levelWord = (l: string | null) => (l ? t(`level.${l}`) : "");
  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin/surveys" className="link">
          ← {t("admin.back")}
        </Link>
      </p>
      <header className="space-y-2">
        <div className="flex flex-wrap items-baseline gap-3">
          <h1 className="text-2xl">{s.title}</h1>
          <SurveyStatusTag status={s.status} />
        </div>
        <p className="text-muted">
          {when(s.opensAt)} — {when(s.closesAt)} · {t("admin.counts", { responses: s.responses })}
        </p>
        {s.status !== "DRAFT" && (
          <p>
            <Link href={`/admin/surveys/${id}/results`} className="btn-secondary">
              {t("admin.results")}
            </Link>
          </p>
        )}
      </header>
      <SurveyDone done={done} />

      <section className="card space-y-3" aria-labelledby="s-questions">
        <h2 id="s-questions" className="text-xl">
          {t("admin.questions")}
        </h2>
        {s.questions.length === 0 ? (
          <p className="text-muted">{t("admin.noQuestions")}</p>
        ) : (
          <ol className="divide-y divide-stone-200">
            {s.questions.map((q, i) => (
              <li key={q.id} className="space-y-2 py-3">
                <p>
                  <span className="font-medium">
                    {i + 1}. {q.text}
                  </span>{" "}
                  <span className="text-sm text-muted">
                    （{t(`kind.${q.kind}`)}
                    {q.topic ? ` · ${q.topic}` : ""}）
                  </span>
                </p>
                {editable && (
                  <div className="space-y-2">
                    <div className="flex flex-wrap gap-2">
                      {i > 0 && (
                        <SmallAction
                          action={moveQuestionAction}
                          hidden={{ id: q.id, direction: "up" }}
                          text={t("admin.moveUp")}
                          label={t("admin.moveUpLabel", { n: i + 1 })}
                        />
                      )}
                      {i < s.questions.length - 1 && (
                        <SmallAction
                          action={moveQuestionAction}
                          hidden={{ id: q.id, direction: "down" }}
                          text={t("admin.moveDown")}
                          label={t("admin.moveDownLabel", { n: i + 1 })}
                        />
                      )}
                      <SmallAction
                        action={removeQuestionAction}
                        hidden={{ id: q.id }}
                        text={t("admin.remove")}
                        label={t("admin.removeLabel", { n: i + 1 })}
                        variant="danger"
                      />
                    </div>
                    <details>
                      <summary className="cursor-pointer text-sm text-brand-700">{t("admin.editLabel", { n: i + 1 })}</summary>
                      <div className="pt-2">
                        <QuestionForm
                          action={editQuestionAction}
                          question={q}
                          topics={SUGGESTED_TOPICS}
                          label={t("admin.editLabel", { n: i + 1 })}
                        />
                      </div>
                    </details>
                  </div>
                )}
              </li>
            ))}
          </ol>
        )}
        {editable && (
          <div className="border-t border-stone-200 pt-3">
            <h3 className="mb-2 font-medium">{t("admin.addQuestion")}</h3>
            <QuestionForm action={addQuestionAction} surveyId={id} topics={SUGGESTED_TOPICS} label={t("admin.addQuestion")} />
          </div>
        )}
      </section>

      {s.status !== "CLOSED" && (
        <section className="card space-y-3" aria-labelledby="s-life">
          <h2 id="s-life" className="text-xl">
            {t("admin.lifecycle")}
          </h2>
          {s.status === "DRAFT" ? (
            <>
              <p className="text-muted">{t("admin.openHint")}</p>
              <SmallAction action={openSurveyAction} hidden={{ id }} text={t("admin.openNow")} variant="primary" />
              {/* Deleting cannot be undone: one more step (a disclosure, no script) before the button. */}
              <details className="border-t border-stone-200 pt-3">
                <summary className="cursor-pointer text-sm text-brand-700">{t("admin.deleteDraft")}</summary>
                <div className="space-y-2 pt-2">
                  <p className="text-sm">{t("admin.deleteHint", { codes: s.codesIssued })}</p>
                  <SmallAction action={deleteSurveyAction} hidden={{ id }} text={t("admin.deleteNow")} variant="danger" />
                </div>
              </details>
            </>
          ) : (
            <>
              <p className="text-muted">{t("admin.closeHint")}</p>
              <SmallAction action={closeSurveyAction} hidden={{ id }} text={t("admin.closeNow")} variant="danger" />
            </>
          )}
        </section>
      )}

      {s.forCodes && (
        <section className="card space-y-3" aria-labelledby="s-codes">
          <h2 id="s-codes" className="text-xl">
            {t("admin.codes")}
          </h2>
          <p className="text-muted">{t("admin.codesLead")}</p>
          {s.codeGroups.length > 0 && (
            <div>
              <h3 className="font-medium">{t("admin.codeGroups")}</h3>
              <ul className="list-disc pl-6 text-sm">
                {s.codeGroups.map((g) => (
                  <li key={`${g.unit}|${g.level}`}>
                    {t("admin.codeGroupRow", {
                      label: [g.unit, levelWord(g.level)].filter(Boolean).join(" · ") || t("admin.noLabel"),
                      issued: g.issued,
                      used: g.used,
                    })}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {s.status !== "CLOSED" && (
            <CodesForm action={generateCodesAction} surveyId={id} title={s.title} answerUrl={answerUrl()} levels={levels} />
          )}
        </section>
      )}

      <section className="card space-y-3" aria-labelledby="s-edit">
        <h2 id="s-edit" className="text-xl">
          {t("admin.edit")}
        </h2>
        {editable ? (
          <SurveyForm
            action={saveSurveyAction}
            levels={levels}
            initial={{
              id,
              title: s.title,
              description: s.description,
              year: String(s.year),
              opensAt: toShanghaiDateTimeInput(s.opensAt),
              closesAt: toShanghaiDateTimeInput(s.closesAt),
              forAccounts: s.forAccounts,
              forCodes: s.forCodes,
              eligibleLevels: s.eligibleLevels,
              eligibleUnits: s.eligibleUnits.join("\n"),
            }}
          />
        ) : (
          <>
            <p className="text-sm text-muted">{t("admin.editLocked")}</p>
            <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
              <div>
                <dt className="text-muted">{t("admin.fields.audience")}</dt>
                <dd>{[s.forAccounts && t("audience.accounts"), s.forCodes && t("audience.codes")].filter(Boolean).join("、")}</dd>
              </div>
              {s.forAccounts && (
                <div>
                  <dt className="text-muted">{t("audience.accounts")}</dt>
                  <dd>
                    {!s.eligibleUnits.length && !s.eligibleLevels.length && t("audience.allAccounts")}
                    {s.eligibleUnits.length > 0 && (
                      <span className="block">{t("audience.units", { units: s.eligibleUnits.join("、") })}</span>
                    )}
                    {s.eligibleLevels.length > 0 && (
                      <span className="block">{t("audience.levels", { levels: s.eligibleLevels.map(levelWord).join("、") })}</span>
                    )}
                  </dd>
                </div>
              )}
              {s.description && (
                <div className="sm:col-span-2">
                  <dt className="text-muted">{t("admin.fields.description")}</dt>
                  <dd className="whitespace-pre-line">{s.description}</dd>
                </div>
              )}
            </dl>
          </>
        )}
      </section>
    </div>
  );
}
