"use client";
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Field, FormStatus } from "@/components/ui/field";
import { GENDERS, MAX_NOTICE_ENTRIES, NOTICE_KINDS } from "@/lib/validation/board-values";
import type { ActionState } from "@/lib/validation/common";
import { BodyField, SelectField } from "./form-bits";
import { DateField } from "@/components/ui/date-fields";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

const ENTRY_FIELDS = ["name", "gender", "birthYearMonth", "education", "currentPost", "proposedPost"] as const;

/** How many entry rows the flat values hold (entry.0.*, entry.1.* …). */
function rowCount(values: Record<string, string>): number {
  let n = 0;
  for (const k of Object.keys(values)) {
    const m = /^entry\.(\d+)\./.exec(k);
    if (m) n = Math.max(n, Number(m[1]) + 1);
  }
  return n;
}

let nextKey = 1;

export function NoticeForm({
  action,
  id,
  initial = {},
  vacancies,
}: {
  action: Action;
  id?: string;
  initial?: Record<string, string>;
  vacancies: { id: string; label: string }[];
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, {});
  const e = state.errors ?? {};
  const v = state.values ?? initial;
  const [kind, setKind] = useState(v.kind ?? "PRE_APPOINTMENT");
  // Each row has a stable key (typed values stay with their row when another is removed) and
  // the position of its values in `v` (null for a row added since), so that after a submission
  // the rows are rebuilt from what the server echoed back.
  const fromValues = (vals: Record<string, string>) =>
    Array.from({ length: Math.max(1, rowCount(vals)) }, (_, i) => ({ key: nextKey++, src: i as number | null }));
  const [rows, setRows] = useState(() => fromValues(v));
  const [seen, setSeen] = useState(state);
  if (seen !== state) {
    setSeen(state);
    if (state.values) setRows(fromValues(state.values));
  }
  const pre = kind === "PRE_APPOINTMENT";
  return (
    <form action={formAction} noValidate className="space-y-6">
      <FormStatus state={state} />
      {id && <input type="hidden" name="id" value={id} />}
      <fieldset>
        <legend className="mb-2 font-medium">{t("notice.fields.kind")}</legend>
        <div className="flex flex-wrap gap-4">
          {NOTICE_KINDS.map((k) => (
            <label key={k} className="flex items-center gap-2">
              <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} className="h-5 w-5" />
              {t(`notice.kind.${k}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <Field name="title" label={t("notice.fields.title")} required errors={e.title} defaultValue={v.title} maxLength={200} />
      <BodyField name="body" label={t("notice.fields.body")} errors={e.body} defaultValue={v.body} maxLength={50_000} />
      <SelectField
        name="vacancyId"
        label={t("boardAdmin.notice.vacancy")}
        required={false}
        errors={e.vacancyId}
        defaultValue={v.vacancyId}
        options={vacancies.map((x) => ({ value: x.id, label: x.label }))}
        placeholder={t("boardAdmin.noLink")}
        hint={t("boardAdmin.notice.vacancyHint")}
      />
      {pre && (
        <>
          <fieldset className="space-y-4">
            <legend className="mb-2 text-lg font-semibold">{t("notice.fields.period")}</legend>
            <p className="text-sm text-muted">{t("boardAdmin.notice.periodHint")}</p>
            <div className="grid gap-5 sm:grid-cols-2">
              <DateField name="startsOn" label={t("boardAdmin.notice.startsOn")} required errors={e.startsOn} defaultValue={v.startsOn} />
              <Field
                name="workingDays"
                label={t("boardAdmin.notice.workingDays")}
                required
                errors={e.workingDays}
                defaultValue={v.workingDays ?? "5"}
                type="number"
                inputMode="numeric"
              />
            </div>
            <Field
              name="contact"
              label={t("boardAdmin.notice.contact")}
              required
              errors={e.contact}
              hint={t("boardAdmin.notice.contactHint")}
            >
              {(p) => <textarea {...p} maxLength={300} defaultValue={v.contact} className="input" />}
            </Field>
          </fieldset>
          <fieldset className="space-y-4">
            <legend className="mb-2 text-lg font-semibold">{t("boardAdmin.notice.entries")}</legend>
            {e.entries?.length ? <p className="text-sm font-medium text-brand-700">{e.entries.map((x) => t(x)).join("；")}</p> : null}
            {rows.map(({ key, src }, i) => (
              <div key={key} className="space-y-3 rounded-md border border-stone-300 p-4">
                <div className="flex items-center justify-between">
                  <p className="font-semibold">{t("boardAdmin.notice.entryN", { n: i + 1 })}</p>
                  {rows.length > 1 && (
                    <button
                      type="button"
                      className="btn-secondary min-h-9 px-3 py-1 text-sm"
                      onClick={() => setRows(rows.filter((r) => r.key !== key))}
                    >
                      {t("boardAdmin.notice.removeEntry", { n: i + 1 })}
                    </button>
                  )}
                </div>
                <div className="grid gap-4 sm:grid-cols-3">
                  {ENTRY_FIELDS.map((f) =>
                    f === "gender" ? (
                      <SelectField
                        key={f}
                        name={`entry.${i}.${f}`}
                        label={t(`notice.entry.${f}`)}
                        errors={e[`entries.${i}.${f}`]}
                        defaultValue={src === null ? undefined : v[`entry.${src}.${f}`]}
                        options={GENDERS.map((g) => ({ value: g, label: t(`gender.${g}`) }))}
                      />
                    ) : (
                      <Field
                        key={f}
                        name={`entry.${i}.${f}`}
                        label={t(`notice.entry.${f}`)}
                        required
                        errors={e[`entries.${i}.${f}`]}
                        defaultValue={src === null ? undefined : v[`entry.${src}.${f}`]}
                        maxLength={f === "name" ? 40 : f === "birthYearMonth" ? 7 : f === "education" ? 60 : 200}
                        hint={f === "birthYearMonth" ? t("boardAdmin.notice.birthHint") : undefined}
                      />
                    ),
                  )}
                </div>
              </div>
            ))}
            {rows.length < MAX_NOTICE_ENTRIES && (
              <button type="button" className="btn-secondary" onClick={() => setRows([...rows, { key: nextKey++, src: null }])}>
                {t("boardAdmin.notice.addEntry")}
              </button>
            )}
          </fieldset>
        </>
      )}
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? t("common.submitting") : t("boardAdmin.saveDraft")}
      </button>
    </form>
  );
}
