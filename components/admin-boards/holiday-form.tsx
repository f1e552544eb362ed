"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, FormStatus } from "@/components/ui/field";
import type { ActionState } from "@/lib/validation/common";
import { Select } from "@/components/ui/select";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

/** Errors on the arrangement text come as "boardErrors.arrangement.<kind>|<line>". */
function lineErrors(t: ReturnType<typeof useTranslations>, errors?: string[]): string[] | undefined {
  return errors?.map((e) => {
    const [key, line] = e.split("|");
    return line ? t(key, { line: Number(line) }) : t(key);
  });
}

export function HolidayForm({
  action,
  years,
  defaultYear,
  defaultText,
}: {
  action: Action;
  years: number[];
  defaultYear: number;
  defaultText?: string;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, {});
  const e = state.errors ?? {};
  const v = state.values ?? { year: String(defaultYear), text: defaultText ?? "" };
  const textErrors = lineErrors(t, e.text);
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormStatus state={state} />
      <Field name="year" label={t("calendar.year")} required errors={e.year}>
        {(p) => (
          <Select {...p} defaultValue={v.year} className="input max-w-40">
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <div className="space-y-1">
        <label htmlFor="arrangement-text" className="block font-medium">
          {t("calendar.text")}
          <span className="ml-1 text-brand-700" aria-hidden="true">
            *
          </span>
        </label>
        <p id="arrangement-hint" className="text-sm text-muted">
          {t("calendar.textHint")}
        </p>
        <textarea
          id="arrangement-text"
          name="text"
          rows={12}
          maxLength={5000}
          defaultValue={v.text}
          aria-invalid={!!textErrors?.length}
          aria-describedby={`arrangement-hint${textErrors?.length ? " arrangement-errors" : ""}`}
          className="input font-mono"
          placeholder={"2027-01-01 至 2027-01-03 元旦 休\n2027-02-07 春节 班"}
        />
        {textErrors?.length ? (
          <ul id="arrangement-errors" className="list-disc pl-6 text-sm font-medium text-brand-700">
            {textErrors.map((x, i) => (
              <li key={i}>{x}</li>
            ))}
          </ul>
        ) : null}
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? t("common.submitting") : t("calendar.save")}
      </button>
    </form>
  );
}
