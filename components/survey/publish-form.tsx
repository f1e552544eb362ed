"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/ui/field";
import type { ActionState } from "@/lib/validation/common";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

/** Which rating questions' results the public sees (none ticked: withdrawn). */
export function PublishForm({
  action,
  surveyId,
  questions,
}: {
  action: Action;
  surveyId: string;
  questions: { id: string; n: number; text: string; published: boolean }[];
}) {
  const t = useTranslations("survey.results");
  const tt = useTranslations();
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="surveyId" value={surveyId} />
      <fieldset className="space-y-1">
        <legend className="sr-only">{t("publish")}</legend>
        {questions.map((q) => (
          <label key={q.id} className="flex min-h-11 items-start gap-2 py-1">
            <input type="checkbox" name="questionIds" value={q.id} defaultChecked={q.published} className="mt-0.5 h-5 w-5 shrink-0" />
            <span>
              {q.n}. {q.text}
            </span>
          </label>
        ))}
      </fieldset>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? tt("common.submitting") : t("publishSave")}
      </button>
      <FormStatus state={state} />
    </form>
  );
}
