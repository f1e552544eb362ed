"use client";
import { useActionState, useId, useState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/ui/field";
import { ChallengeField } from "@/components/ui/challenge-field";
import type { ActionState } from "@/lib/validation/common";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

export interface AnswerQuestion {
  id: string;
  kind: "SCALE" | "TEXT";
  text: string;
}

const SCALE = ["SATISFIED", "BASIC", "UNSATISFIED", "UNKNOWN"] as const;

/**
 * The questions of a survey: each rating as a group of four choices, each free text as a box.
 * With `withCode` (the public page) it asks for the one-time code and carries the challenge.
 */
export function AnswerForm({
  action,
  surveyId,
  questions,
  withCode,
}: {
  action: Action;
  surveyId: string;
  questions: AnswerQuestion[];
  withCode?: boolean;
}) {
  const t = useTranslations("survey");
  const tt = useTranslations();
  const uid = useId();
  const [state, formAction, pending] = useActionState(action, {});
  const [solved, setSolved] = useState(!withCode);
  const e = state.errors ?? {};
  const v = state.values ?? {};
  const err = (k: string, id?: string) =>
    e[k]?.length ? (
      <p id={id} className="text-sm font-medium text-brand-700">
        {e[k].map((x) => tt(x)).join("；")}
      </p>
    ) : null;
  return (
    <form action={formAction} noValidate className="space-y-6">
      <input type="hidden" name="surveyId" value={surveyId} />
      {withCode && (
        <div className="space-y-1">
          <label htmlFor={`${uid}-code`} className="block font-medium">
            {t("answer.code")}
          </label>
          <input
            id={`${uid}-code`}
            name="code"
            required
            maxLength={40}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            defaultValue={v.code}
            aria-describedby={`${uid}-code-hint`}
            aria-invalid={!!e.code?.length}
            className="input font-mono tracking-wider sm:max-w-xs"
          />
          <p id={`${uid}-code-hint`} className="text-sm text-muted">
            {t("answer.codeHint")}
          </p>
          {err("code")}
        </div>
      )}
      <ol className="space-y-6">
        {questions.map((q, i) => {
          const name = `q_${q.id}`;
          return (
            <li key={q.id}>
              {q.kind === "SCALE" ? (
                <fieldset
                  className="space-y-2"
                  aria-invalid={!!e[name]?.length}
                  aria-describedby={e[name]?.length ? `${uid}-${i}-err` : undefined}
                >
                  <legend className="font-medium">
                    <span className="text-muted">{t("answer.questionN", { n: i + 1 })}　</span>
                    {q.text}
                    <span className="ml-1 text-sm font-normal text-brand-700">（{t("answer.required")}）</span>
                  </legend>
                  <div className="flex flex-wrap gap-x-5">
                    {SCALE.map((c) => (
                      <label key={c} className="flex min-h-11 items-center gap-2">
                        <input type="radio" name={name} value={c} defaultChecked={v[name] === c} required className="h-5 w-5" />
                        {t(`scale.${c}`)}
                      </label>
                    ))}
                  </div>
                  {err(name, `${uid}-${i}-err`)}
                </fieldset>
              ) : (
                <div className="space-y-1">
                  <label htmlFor={`${uid}-${i}`} className="block font-medium">
                    <span className="text-muted">{t("answer.questionN", { n: i + 1 })}　</span>
                    {q.text}
                  </label>
                  <textarea
                    id={`${uid}-${i}`}
                    name={name}
                    rows={4}
                    maxLength={1000}
                    placeholder={t("answer.textPlaceholder")}
                    defaultValue={v[name]}
                    aria-invalid={!!e[name]?.length}
                    className="input"
                  />
                  {err(name)}
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {withCode && <ChallengeField onSolvedChange={setSolved} />}
      <button type="submit" className="btn-primary" disabled={pending || !solved} data-testid="survey-submit">
        {pending ? tt("common.submitting") : t("answer.submit")}
      </button>
      <FormStatus state={state} />
    </form>
  );
}
