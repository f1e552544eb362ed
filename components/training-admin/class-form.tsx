"use client";
// The class editor: what the class is, where it is held, who may attend and when sign-up is
// open. A refused form comes back with every field as typed: the pipeline echoes the values
// (one per field), and the ticked levels, a field sent once per level, are kept by the form
// itself: each box's default follows what is ticked, so React's reset of the form after an
// action puts back what was ticked rather than what the page first showed.
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Field, FormStatus } from "@/components/ui/field";
import { DateTimeField } from "@/components/ui/date-fields";
import { SelectField } from "@/components/admin-boards/form-bits";
import { CADRE_LEVELS } from "@/lib/validation/qualifications";
import { MAX_DESCRIPTION, TRAINING_KINDS } from "@/lib/validation/training-values";
import { RichTextField } from "@/components/editor/rich-text-field";
import type { ActionState } from "@/lib/validation/common";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

export function TrainingClassForm({
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
  const t = useTranslations("trainingAdmin");
  const tl = useTranslations("qualify.level");
  const tc = useTranslations("common");
  const tr = useTranslations();
  const [state, formAction, pending] = useActionState(action, {});
  const e = state.errors ?? {};
  const v = state.values ?? initial;
  const [levels, setLevels] = useState(() => new Set((initial.eligibleLevels ?? "").split(",").filter(Boolean)));
  const toggle = (l: string) =>
    setLevels((s) => {
      const next = new Set(s);
      if (!next.delete(l)) next.add(l);
      return next;
    });
  return (
    <form action={formAction} noValidate className="space-y-6">
      <FormStatus state={state} />
      {id && <input type="hidden" name="id" value={id} />}
      {published && <p className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-amber-900">{t("form.editPublished")}</p>}
      <fieldset className="space-y-5">
        <legend className="mb-2 text-lg font-semibold">{t("form.aboutSection")}</legend>
        <Field name="title" label={t("fields.title")} required errors={e.title} defaultValue={v.title} maxLength={200} />
        <div className="grid gap-5 sm:grid-cols-2">
          <Field name="organizer" label={t("fields.organizer")} required errors={e.organizer} defaultValue={v.organizer} maxLength={100} />
          <SelectField
            name="kind"
            label={t("fields.kind")}
            errors={e.kind}
            defaultValue={v.kind}
            options={TRAINING_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
            placeholder={t("form.choose")}
          />
          <Field
            name="place"
            label={t("fields.place")}
            errors={e.place}
            defaultValue={v.place}
            maxLength={200}
            hint={t("form.placeHint")}
          />
          <Field
            name="onlineUrl"
            label={t("fields.onlineUrl")}
            errors={e.onlineUrl}
            defaultValue={v.onlineUrl}
            type="url"
            maxLength={500}
            hint={t("form.onlineUrlHint")}
          />
        </div>
        <RichTextField
          name="description"
          label={t("fields.description")}
          required={false}
          errors={e.description}
          defaultValue={v.description}
          maxLength={MAX_DESCRIPTION}
          hint={t("form.descriptionHint")}
        />
      </fieldset>
      <fieldset className="space-y-5">
        <legend className="mb-2 text-lg font-semibold">{t("form.whoSection")}</legend>
        <Field
          name="capacity"
          label={t("fields.capacity")}
          required
          errors={e.capacity}
          defaultValue={v.capacity}
          type="number"
          inputMode="numeric"
          hint={t("form.capacityHint")}
        />
        <fieldset className="space-y-2" aria-describedby="levels-hint">
          <legend className="font-medium">
            {t("fields.eligibleLevels")}
            <span className="ml-1 text-sm font-normal text-muted">（{tc("optional")}）</span>
          </legend>
          <p id="levels-hint" className="text-sm text-muted">
            {t("form.levelsHint")}
          </p>
          <div className="flex flex-wrap gap-x-5 gap-y-2">
            {CADRE_LEVELS.map((l) => (
              <label key={l} className="inline-flex min-h-11 items-center gap-2">
                <input
                  type="checkbox"
                  name="eligibleLevels"
                  value={l}
                  defaultChecked={levels.has(l)}
                  onChange={() => toggle(l)}
                  className="h-5 w-5"
                />
                {tl(l)}
              </label>
            ))}
          </div>
          {e.eligibleLevels?.length ? (
            <p className="text-sm font-medium text-brand-700">{e.eligibleLevels.map((m) => tr(m)).join("；")}</p>
          ) : null}
        </fieldset>
        <Field name="eligibleUnits" label={t("fields.eligibleUnits")} required={false} errors={e.eligibleUnits} hint={t("form.unitsHint")}>
          {(p) => <textarea {...p} rows={4} defaultValue={v.eligibleUnits} className="input" />}
        </Field>
      </fieldset>
      <fieldset className="space-y-5">
        <legend className="mb-2 text-lg font-semibold">{t("form.windowSection")}</legend>
        <p className="text-sm text-muted">{t("form.windowHint")}</p>
        <div className="grid gap-5 sm:grid-cols-2">
          <DateTimeField
            name="signupOpensAt"
            label={t("fields.signupOpensAt")}
            required
            errors={e.signupOpensAt}
            defaultValue={v.signupOpensAt}
          />
          <DateTimeField
            name="signupClosesAt"
            label={t("fields.signupClosesAt")}
            required
            errors={e.signupClosesAt}
            defaultValue={v.signupClosesAt}
          />
        </div>
      </fieldset>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? tc("submitting") : published ? tc("save") : t("form.saveDraft")}
      </button>
    </form>
  );
}
