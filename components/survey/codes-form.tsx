"use client";
import { useActionState, useId } from "react";
import { useTranslations } from "next-intl";
import { Field, FormStatus } from "@/components/ui/field";
import type { ActionState } from "@/lib/validation/common";

type CodesState = ActionState & { codes?: string[]; unit?: string; level?: string };
type Action = (state: CodesState, form: FormData) => Promise<CodesState>;

/**
 * Makes one-time codes for a meeting and shows them once, as slips to print. The slips carry
 * their own print rules (everything else on the page is hidden when printing), so the console
 * needs no global style.
 */
export function CodesForm({
  action,
  surveyId,
  title,
  answerUrl,
  levels,
}: {
  action: Action;
  surveyId: string;
  title: string;
  answerUrl: string;
  levels: { value: string; label: string }[];
}) {
  const t = useTranslations("survey");
  const tt = useTranslations();
  const uid = useId();
  const [state, formAction, pending] = useActionState(action, {});
  const e = state.errors ?? {};
  const levelLabel = levels.find((l) => l.value === state.level)?.label;
  const label = [state.unit, levelLabel].filter(Boolean).join(" · ");
  return (
    <div className="space-y-4">
      <form action={formAction} noValidate className="grid gap-4 sm:grid-cols-3 sm:items-end">
        <input type="hidden" name="surveyId" value={surveyId} />
        <Field
          name="count"
          label={t("admin.codeCount")}
          required
          inputMode="numeric"
          maxLength={3}
          defaultValue={state.values?.count ?? "50"}
          errors={e.count}
        />
        <Field name="unit" label={t("admin.codeUnit")} maxLength={100} defaultValue={state.values?.unit} errors={e.unit} />
        <div className="space-y-1">
          <label htmlFor={`${uid}-level`} className="block font-medium">
            {t("admin.codeLevel")}
          </label>
          <select id={`${uid}-level`} name="level" defaultValue={state.values?.level ?? ""} className="input">
            <option value="">{t("admin.anyLevel")}</option>
            {levels.map((l) => (
              <option key={l.value} value={l.value}>
                {l.label}
              </option>
            ))}
          </select>
        </div>
        <div className="sm:col-span-3">
          <button type="submit" className="btn-primary" disabled={pending}>
            {pending ? tt("common.submitting") : t("admin.makeCodes")}
          </button>
        </div>
      </form>
      <FormStatus state={state} />
      {state.codes?.length ? (
        <div className="space-y-3">
          <button type="button" className="btn-secondary" onClick={() => window.print()}>
            {t("codes.print")}
          </button>
          {/* Printed alone: everything else on the page is hidden by the rules below. */}
          <style>{`@media print { body * { visibility: hidden; } .survey-slips, .survey-slips * { visibility: visible; } .survey-slips { position: absolute; inset: 0 auto auto 0; width: 100%; } .survey-slip { break-inside: avoid; } }`}</style>
          <ul className="survey-slips grid grid-cols-1 gap-0 sm:grid-cols-2" data-testid="survey-slips">
            {state.codes.map((c) => (
              <li key={c} className="survey-slip space-y-1 border border-dashed border-stone-400 p-3 text-sm">
                <p className="font-medium">{t("codes.slipTitle", { title })}</p>
                {label && <p>{t("codes.slipLabel", { label })}</p>}
                <p>
                  {t("codes.slipCode")}：<span className="font-mono text-lg tracking-wider whitespace-nowrap">{c}</span>
                </p>
                <p className="text-stone-600">{t("codes.slipHow", { url: answerUrl })}</p>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
