"use client";
import { useActionState, useId } from "react";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/ui/field";
import type { ActionState } from "@/lib/validation/common";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

/** The assessment at the end of a probation: 胜任 / 不胜任 and a note. */
export function ProbationAssessForm({
  action,
  id,
  name,
  results,
}: {
  action: Action;
  id: string;
  name: string;
  results: { value: string; label: string }[];
}) {
  const t = useTranslations();
  const uid = useId();
  const [state, formAction, pending] = useActionState(action, {});
  const e = state.errors ?? {};
  const v = state.values ?? {};
  const err = (k: string) =>
    e[k]?.length ? <p className="text-sm font-medium text-brand-700">{e[k].map((x) => t(x)).join("；")}</p> : null;
  return (
    <form action={formAction} noValidate className="space-y-3 border-t border-stone-200 pt-3">
      <input type="hidden" name="id" value={id} />
      <fieldset className="space-y-1">
        <legend className="font-medium">{t("loop.probation.result")}</legend>
        <div className="flex flex-wrap gap-4">
          {results.map((r) => (
            <label key={r.value} className="flex min-h-11 items-center gap-2">
              <input type="radio" name="result" value={r.value} defaultChecked={v.result === r.value} className="h-5 w-5" required />
              {r.label}
            </label>
          ))}
        </div>
        {err("result")}
      </fieldset>
      <div className="space-y-1">
        <label htmlFor={`${uid}-note`} className="block font-medium">
          {t("loop.probation.note")}
        </label>
        <textarea
          id={`${uid}-note`}
          name="note"
          rows={2}
          maxLength={500}
          required
          defaultValue={v.note}
          aria-describedby={`${uid}-hint`}
          aria-invalid={!!e.note?.length}
          className="input"
        />
        <p id={`${uid}-hint`} className="text-sm text-muted">
          {t("loop.probation.noteHint")}
        </p>
        {err("note")}
      </div>
      <button type="submit" className="btn-primary" disabled={pending} aria-label={t("loop.probation.submitLabel", { name })}>
        {pending ? t("common.submitting") : t("loop.probation.submit")}
      </button>
      <FormStatus state={state} />
    </form>
  );
}
