"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, FormStatus } from "@/components/ui/field";
import { POLICY_CATEGORIES } from "@/lib/validation/board-values";
import type { ActionState } from "@/lib/validation/common";
import { BodyField, SelectField } from "./form-bits";
import { DateField } from "@/components/ui/date-fields";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

export function PolicyForm({ action, id, initial = {} }: { action: Action; id?: string; initial?: Record<string, string> }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, {});
  const e = state.errors ?? {};
  const v = state.values ?? initial;
  return (
    <form action={formAction} noValidate className="space-y-5">
      <FormStatus state={state} />
      {id && <input type="hidden" name="id" value={id} />}
      <Field name="title" label={t("policy.fields.title")} required errors={e.title} defaultValue={v.title} maxLength={200} />
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField
          name="category"
          label={t("policy.fields.category")}
          errors={e.category}
          defaultValue={v.category}
          options={POLICY_CATEGORIES.map((c) => ({ value: c, label: t(`policy.category.${c}`) }))}
        />
        <Field name="issuer" label={t("policy.fields.issuer")} required errors={e.issuer} defaultValue={v.issuer} maxLength={100} />
        <Field
          name="docNumber"
          label={t("policy.fields.docNumber")}
          errors={e.docNumber}
          defaultValue={v.docNumber}
          maxLength={60}
          hint={t("boardAdmin.docNumberHint")}
        />
        <DateField name="issuedOn" label={t("policy.fields.issuedOn")} required errors={e.issuedOn} defaultValue={v.issuedOn} />
      </div>
      <BodyField name="body" label={t("policy.fields.body")} errors={e.body} defaultValue={v.body} maxLength={100_000} />
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? t("common.submitting") : t("boardAdmin.saveDraft")}
      </button>
    </form>
  );
}
