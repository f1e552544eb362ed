"use client";
import { useActionState, useId } from "react";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/ui/field";
import type { ActionState } from "@/lib/validation/common";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

/** The field errors of a form as catalog words under the field. */
function useErr(state: ActionState) {
  const tt = useTranslations();
  return function FieldError(k: string) {
    const list = state.errors?.[k];
    return list?.length ? <p className="text-sm font-medium text-brand-700">{list.map((x) => tt(x)).join("；")}</p> : null;
  };
}

/** A question's text and topic: a new one (with its kind) or an existing one of a draft. */
export function QuestionForm({
  action,
  surveyId,
  question,
  topics,
  label,
}: {
  action: Action;
  surveyId?: string;
  question?: { id: string; text: string; topic: string | null };
  topics: readonly string[];
  label?: string;
}) {
  const t = useTranslations("survey");
  const tt = useTranslations();
  const uid = useId();
  const [state, formAction, pending] = useActionState(action, {});
  const err = useErr(state);
  const v = state.values;
  return (
    <form action={formAction} noValidate className="space-y-3" aria-label={label}>
      {surveyId && <input type="hidden" name="surveyId" value={surveyId} />}
      {question && <input type="hidden" name="id" value={question.id} />}
      {!question && (
        <fieldset className="space-y-1">
          <legend className="font-medium">{t("admin.questionKind")}</legend>
          <div className="flex flex-wrap gap-x-4">
            {(["SCALE", "TEXT"] as const).map((k) => (
              <label key={k} className="flex min-h-11 items-center gap-2">
                <input type="radio" name="kind" value={k} defaultChecked={(v?.kind ?? "SCALE") === k} className="h-5 w-5" />
                {t(`kind.${k}`)}
              </label>
            ))}
          </div>
          {err("kind")}
        </fieldset>
      )}
      <div className="space-y-1">
        <label htmlFor={`${uid}-text`} className="block font-medium">
          {t("admin.questionText")}
        </label>
        <input
          id={`${uid}-text`}
          name="text"
          maxLength={300}
          required
          defaultValue={v?.text ?? question?.text ?? ""}
          aria-invalid={!!state.errors?.text?.length}
          className="input"
        />
        {err("text")}
      </div>
      <div className="space-y-1">
        <label htmlFor={`${uid}-topic`} className="block font-medium">
          {t("admin.topic")}
        </label>
        <input
          id={`${uid}-topic`}
          name="topic"
          maxLength={60}
          list={`${uid}-topics`}
          defaultValue={v?.topic ?? question?.topic ?? ""}
          aria-describedby={`${uid}-topic-hint`}
          className="input"
        />
        <datalist id={`${uid}-topics`}>
          {topics.map((x) => (
            <option key={x} value={x} />
          ))}
        </datalist>
        <p id={`${uid}-topic-hint`} className="text-sm text-muted">
          {t("admin.topicHint")}
        </p>
        {err("topic")}
      </div>
      <button type="submit" className={question ? "btn-secondary" : "btn-primary"} disabled={pending}>
        {pending ? tt("common.submitting") : question ? t("admin.saveQuestion") : t("admin.addQuestion")}
      </button>
      <FormStatus state={state} />
    </form>
  );
}

/** One small button that posts hidden fields (move up/down, remove, open, close). */
export function SmallAction({
  action,
  hidden,
  label,
  text,
  variant = "secondary",
}: {
  action: Action;
  hidden: Record<string, string>;
  label?: string;
  text: string;
  variant?: "primary" | "secondary" | "danger";
}) {
  const tt = useTranslations();
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="inline-block">
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <button
        type="submit"
        disabled={pending}
        aria-label={label}
        className={variant === "primary" ? "btn-primary" : variant === "danger" ? "btn-danger" : "btn-secondary"}
      >
        {pending ? tt("common.submitting") : text}
      </button>
      {state.message && <FormStatus state={state} />}
    </form>
  );
}
