"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, FormStatus } from "@/components/ui/field";
import { APPOINTMENT_KINDS } from "@/lib/validation/board-values";
import type { ActionState } from "@/lib/validation/common";
import { BodyField, SelectField } from "./form-bits";
import { PersonPicker, type PersonChoice } from "@/components/loop/person-picker";
import { DateField } from "@/components/ui/date-fields";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

export function AppointmentForm({
  action,
  id,
  initial = {},
  vacancies,
  notices,
  persons = [],
}: {
  action: Action;
  id?: string;
  initial?: Record<string, string>;
  vacancies: { id: string; label: string }[];
  notices: { id: string; label: string }[];
  /** Persons of ended 任职前公示 (the 任免 gate checks the one chosen). */
  persons?: PersonChoice[];
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, {});
  const e = state.errors ?? {};
  const v = state.values ?? initial;
  return (
    <form action={formAction} noValidate className="space-y-5">
      <FormStatus state={state} />
      {id && <input type="hidden" name="id" value={id} />}
      <div className="grid gap-5 sm:grid-cols-2">
        <PersonPicker persons={persons} defaultValue={v.noticeEntryId} errors={e.noticeEntryId} />
        <SelectField
          name="kind"
          label={t("appointment.fields.kind")}
          errors={e.kind}
          defaultValue={v.kind ?? "APPOINT"}
          options={APPOINTMENT_KINDS.map((k) => ({ value: k, label: t(`appointment.kind.${k}`) }))}
        />
        <Field
          name="personName"
          label={t("appointment.fields.personName")}
          required
          errors={e.personName}
          defaultValue={v.personName}
          maxLength={40}
        />
        <Field name="post" label={t("appointment.fields.post")} required errors={e.post} defaultValue={v.post} maxLength={200} />
        <Field name="unit" label={t("appointment.fields.unit")} required errors={e.unit} defaultValue={v.unit} maxLength={100} />
        <Field
          name="docNumber"
          label={t("appointment.fields.docNumber")}
          errors={e.docNumber}
          defaultValue={v.docNumber}
          maxLength={60}
          hint={t("boardAdmin.docNumberHint")}
        />
        <DateField name="decidedOn" label={t("appointment.fields.decidedOn")} required errors={e.decidedOn} defaultValue={v.decidedOn} />
        <SelectField
          name="vacancyId"
          label={t("appointment.fields.vacancy")}
          required={false}
          errors={e.vacancyId}
          defaultValue={v.vacancyId}
          options={vacancies.map((x) => ({ value: x.id, label: x.label }))}
          placeholder={t("boardAdmin.noLink")}
          hint={t("boardAdmin.appointment.vacancyHint")}
        />
        <SelectField
          name="noticeId"
          label={t("appointment.fields.notice")}
          required={false}
          errors={e.noticeId}
          defaultValue={v.noticeId}
          options={notices.map((x) => ({ value: x.id, label: x.label }))}
          placeholder={t("boardAdmin.noLink")}
        />
        <div className="space-y-1 sm:col-span-2">
          <label className="flex min-h-11 items-center gap-2 font-medium">
            <input type="checkbox" name="probation" defaultChecked={v.probation === "on"} className="h-5 w-5" />
            {t("loop.form.probation")}
          </label>
          <p className="text-sm text-muted">{t("loop.form.probationHint")}</p>
          {e.probation?.length ? <p className="text-sm font-medium text-brand-700">{e.probation.map((x) => t(x)).join("；")}</p> : null}
        </div>
      </div>
      <BodyField
        name="body"
        label={t("appointment.fields.body")}
        required={false}
        errors={e.body}
        defaultValue={v.body}
        maxLength={20_000}
      />
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? t("common.submitting") : t("boardAdmin.saveDraft")}
      </button>
    </form>
  );
}
