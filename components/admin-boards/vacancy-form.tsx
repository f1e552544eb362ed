"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, FormStatus } from "@/components/ui/field";
import { CADRE_LEVELS, EDUCATIONS } from "@/lib/validation/qualifications";
import type { ActionState } from "@/lib/validation/common";
import { BodyField, SelectField } from "./form-bits";
import { DateTimeField } from "@/components/ui/date-fields";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

export function VacancyForm({
  action,
  id,
  initial = {},
  published = false,
}: {
  action: Action;
  id?: string;
  initial?: Record<string, string>;
  published?: boolean;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, {});
  const e = state.errors ?? {};
  const v = state.values ?? initial;
  const levels = CADRE_LEVELS.map((l) => ({ value: l, label: t(`qualify.level.${l}`) }));
  return (
    <form action={formAction} noValidate className="space-y-6">
      <FormStatus state={state} />
      {id && <input type="hidden" name="id" value={id} />}
      {published && (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-amber-900">{t("boardAdmin.vacancy.editPublished")}</p>
      )}
      <fieldset className="space-y-5">
        <legend className="mb-2 text-lg font-semibold">{t("boardAdmin.vacancy.postSection")}</legend>
        <div className="grid gap-5 sm:grid-cols-2">
          <Field name="post" label={t("vacancy.fields.post")} required errors={e.post} defaultValue={v.post} maxLength={100} />
          <Field name="unit" label={t("vacancy.fields.unit")} required errors={e.unit} defaultValue={v.unit} maxLength={100} />
          <SelectField name="level" label={t("vacancy.fields.level")} errors={e.level} defaultValue={v.level} options={levels} />
          <Field
            name="headcount"
            label={t("vacancy.fields.headcount")}
            required
            errors={e.headcount}
            defaultValue={v.headcount ?? "1"}
            type="number"
            inputMode="numeric"
          />
        </div>
        <BodyField name="duties" label={t("vacancy.fields.duties")} errors={e.duties} defaultValue={v.duties} maxLength={10_000} />
      </fieldset>
      <fieldset className="space-y-5">
        <legend className="mb-2 text-lg font-semibold">{t("vacancy.fields.qualifications")}</legend>
        <BodyField
          name="qualifications"
          label={t("boardAdmin.vacancy.qualificationsText")}
          errors={e.qualifications}
          defaultValue={v.qualifications}
          maxLength={10_000}
        />
        <p className="text-sm text-muted">{t("boardAdmin.vacancy.structuredHint")}</p>
        <div className="grid gap-5 sm:grid-cols-2">
          <Field
            name="maxAge"
            label={t("boardAdmin.vacancy.maxAge")}
            errors={e.maxAge}
            defaultValue={v.maxAge}
            type="number"
            inputMode="numeric"
          />
          <SelectField
            name="minEducation"
            label={t("boardAdmin.vacancy.minEducation")}
            required={false}
            errors={e.minEducation}
            defaultValue={v.minEducation}
            options={EDUCATIONS.map((x) => ({ value: x, label: t(`qualify.education.${x}`) }))}
            placeholder={t("boardAdmin.noRequirement")}
          />
          <SelectField
            name="requiredLevel"
            label={t("boardAdmin.vacancy.requiredLevel")}
            required={false}
            errors={e.requiredLevel}
            defaultValue={v.requiredLevel}
            options={levels}
            placeholder={t("boardAdmin.noRequirement")}
          />
          <Field
            name="minYearsAtLevel"
            label={t("boardAdmin.vacancy.minYearsAtLevel")}
            errors={e.minYearsAtLevel}
            defaultValue={v.minYearsAtLevel}
            type="number"
            inputMode="numeric"
          />
        </div>
      </fieldset>
      <fieldset className="space-y-5">
        <legend className="mb-2 text-lg font-semibold">{t("vacancy.fields.window")}</legend>
        <p className="text-sm text-muted">{t("boardAdmin.vacancy.windowHint")}</p>
        <div className="grid gap-5 sm:grid-cols-2">
          <DateTimeField name="opensAt" label={t("boardAdmin.vacancy.opensAt")} required errors={e.opensAt} defaultValue={v.opensAt} />
          <DateTimeField name="closesAt" label={t("boardAdmin.vacancy.closesAt")} required errors={e.closesAt} defaultValue={v.closesAt} />
          <Field
            name="maxPerNominator"
            label={t("boardAdmin.vacancy.maxPerNominator")}
            errors={e.maxPerNominator}
            defaultValue={v.maxPerNominator}
            type="number"
            inputMode="numeric"
            hint={t("boardAdmin.vacancy.maxPerNominatorHint")}
          />
        </div>
      </fieldset>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? t("common.submitting") : published ? t("common.save") : t("boardAdmin.saveDraft")}
      </button>
    </form>
  );
}
