"use client";
// 监督举报: the category, the person reported, the facts (what, when, where), evidence as text
// (files below, in the frame), and the acknowledged warning against 诬告陷害.
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { CASE_LIMITS, REPORT_CATEGORIES } from "@/lib/cases/kinds";
import { EVIDENCE_MAX } from "@/lib/validation/letter-limits";
import type { FilingState } from "@/lib/cases/filed-state";
import { FilingForm, type FilingWho } from "./filing-form";
import { LetterBodyField } from "./letter-body-field";
import { FalseAccusationWarning } from "./false-accusation-warning";

type Action = (state: FilingState, form: FormData) => Promise<FilingState>;

export function ReportForm({ who, namedAction, anonymousAction }: { who: FilingWho; namedAction: Action; anonymousAction: Action }) {
  const t = useTranslations();
  return (
    <FilingForm
      ns="report"
      who={who}
      namedAction={namedAction}
      anonymousAction={anonymousAction}
      again={{ href: "/report", label: t("report.backToChannel") }}
      testId="report-form"
    >
      {({ values: v, errors: e }) => (
        <>
          <Field name="category" label={t("report.category")} required errors={e.category}>
            {(p) => (
              <Select {...p} defaultValue={v.category ?? ""} className="input">
                <option value="" disabled>
                  {t("report.categoryPlaceholder")}
                </option>
                {REPORT_CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {t(`cases.reportCategory.${c}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <fieldset className="space-y-4">
            <legend className="text-lg font-medium">{t("report.subjectTitle")}</legend>
            <div className="grid gap-5 sm:grid-cols-3">
              <Field
                name="subjectName"
                label={t("report.subjectName")}
                required
                maxLength={CASE_LIMITS.subjectName}
                defaultValue={v.subjectName}
                errors={e.subjectName}
                autoComplete="off"
              />
              <Field
                name="subjectUnit"
                label={t("report.subjectUnit")}
                required
                maxLength={CASE_LIMITS.subjectUnit}
                defaultValue={v.subjectUnit}
                errors={e.subjectUnit}
                autoComplete="off"
              />
              <Field
                name="subjectPost"
                label={t("report.subjectPost")}
                maxLength={CASE_LIMITS.subjectPost}
                defaultValue={v.subjectPost}
                errors={e.subjectPost}
                autoComplete="off"
              />
            </div>
          </fieldset>
          <fieldset className="space-y-4">
            <legend className="text-lg font-medium">{t("report.factsTitle")}</legend>
            <LetterBodyField ns="report" value={v.body} errors={e.body} />
            <div className="grid gap-5 sm:grid-cols-2">
              <Field
                name="eventTime"
                label={t("report.eventTime")}
                hint={t("report.eventTimeHint")}
                maxLength={CASE_LIMITS.eventTime}
                defaultValue={v.eventTime}
                errors={e.eventTime}
                autoComplete="off"
              />
              <Field
                name="eventPlace"
                label={t("report.eventPlace")}
                maxLength={CASE_LIMITS.eventPlace}
                defaultValue={v.eventPlace}
                errors={e.eventPlace}
                autoComplete="off"
              />
            </div>
          </fieldset>
          <Field name="evidence" label={t("report.evidence")} hint={t("report.evidenceHint", { max: EVIDENCE_MAX })} errors={e.evidence}>
            {(p) => <textarea {...p} rows={4} maxLength={EVIDENCE_MAX} defaultValue={v.evidence} className="input" />}
          </Field>
          <FalseAccusationWarning />
          <div className="space-y-1">
            <label className="flex items-start gap-2">
              <input
                type="checkbox"
                name="acknowledge"
                defaultChecked={v.acknowledge === "on"}
                aria-invalid={!!e.acknowledge?.length}
                aria-describedby={e.acknowledge?.length ? "acknowledge-error" : undefined}
                className="mt-1.5 h-5 w-5"
                required
              />
              <span className="font-medium">{t("report.acknowledge")}</span>
            </label>
            {e.acknowledge?.length ? (
              <p id="acknowledge-error" className="text-sm font-medium text-brand-700">
                {e.acknowledge.map((m) => t(m)).join("；")}
              </p>
            ) : null}
          </div>
        </>
      )}
    </FilingForm>
  );
}
