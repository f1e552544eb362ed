"use client";
import { useActionState, useId } from "react";
import { useTranslations } from "next-intl";
import { Field, FormStatus } from "@/components/ui/field";
import { DateTimeField } from "@/components/ui/date-fields";
import type { ActionState } from "@/lib/validation/common";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

export interface SurveyFormValues {
  id?: string;
  title: string;
  description: string;
  year: string;
  opensAt: string;
  closesAt: string;
  forAccounts: boolean;
  forCodes: boolean;
  eligibleLevels: string[];
  eligibleUnits: string;
}

/** A survey's title, window and audience (a new one, or a draft being edited). */
export function SurveyForm({
  action,
  initial,
  levels,
}: {
  action: Action;
  initial: SurveyFormValues;
  levels: { value: string; label: string }[];
}) {
  const t = useTranslations("survey.admin");
  const tt = useTranslations();
  const uid = useId();
  const [state, formAction, pending] = useActionState(action, {});
  const e = state.errors ?? {};
  const v = state.values;
  // After a refusal the form shows what was sent; otherwise what is stored.
  const val = (k: keyof SurveyFormValues) => (v ? (v[k] ?? "") : String(initial[k] ?? ""));
  const ticked = (k: "forAccounts" | "forCodes") => (v ? v[k] === "on" : initial[k]);
  const err = (k: string) =>
    e[k]?.length ? <p className="text-sm font-medium text-brand-700">{e[k].map((x) => tt(x)).join("；")}</p> : null;
  return (
    <form action={formAction} noValidate className="space-y-4">
      {initial.id && <input type="hidden" name="id" value={initial.id} />}
      <Field name="title" label={t("fields.title")} required maxLength={200} defaultValue={val("title")} errors={e.title} />
      <Field name="description" label={t("fields.description")} hint={t("fields.descriptionHint")} errors={e.description}>
        {(p) => <textarea {...p} rows={3} maxLength={5000} defaultValue={val("description")} className="input" />}
      </Field>
      <div className="max-w-40">
        <Field name="year" label={t("fields.year")} required inputMode="numeric" maxLength={4} defaultValue={val("year")} errors={e.year} />
      </div>
      {/* Each a date box and a time box, so two to a row only where they fit side by side. */}
      <div className="grid gap-4 lg:grid-cols-2">
        <DateTimeField name="opensAt" label={t("fields.opensAt")} required defaultValue={val("opensAt")} errors={e.opensAt} />
        <DateTimeField name="closesAt" label={t("fields.closesAt")} required defaultValue={val("closesAt")} errors={e.closesAt} />
      </div>
      <fieldset className="space-y-1">
        <legend className="font-medium">{t("fields.audience")}</legend>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="forAccounts" defaultChecked={ticked("forAccounts")} className="h-5 w-5" />
          {t("fields.forAccounts")}
        </label>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="forCodes" defaultChecked={ticked("forCodes")} className="h-5 w-5" />
          {t("fields.forCodes")}
        </label>
        {err("forAccounts")}
      </fieldset>
      <fieldset className="space-y-1">
        <legend className="font-medium">{t("fields.eligibleLevels")}</legend>
        <div className="flex flex-wrap gap-x-4">
          {levels.map((l) => (
            <label key={l.value} className="flex min-h-11 items-center gap-2">
              <input
                type="checkbox"
                name="eligibleLevels"
                value={l.value}
                defaultChecked={initial.eligibleLevels.includes(l.value)}
                className="h-5 w-5"
              />
              {l.label}
            </label>
          ))}
        </div>
        {err("eligibleLevels")}
      </fieldset>
      <div className="space-y-1">
        <label htmlFor={`${uid}-units`} className="block font-medium">
          {t("fields.eligibleUnits")}
        </label>
        <textarea
          id={`${uid}-units`}
          name="eligibleUnits"
          rows={3}
          defaultValue={val("eligibleUnits")}
          aria-describedby={`${uid}-units-hint`}
          aria-invalid={!!e.eligibleUnits?.length}
          className="input"
        />
        <p id={`${uid}-units-hint`} className="text-sm text-muted">
          {t("fields.eligibleUnitsHint")}
        </p>
        {err("eligibleUnits")}
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? tt("common.submitting") : initial.id ? t("save") : t("create")}
      </button>
      <FormStatus state={state} />
    </form>
  );
}
