"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus } from "./field";
import type { ActionState } from "@/lib/validation/common";

type State = ActionState & { revealed?: string; count?: number };
type Action = (state: State, form: FormData) => Promise<State>;

/** A small console form: hidden fields, optional reason field, one submit, status region. */
export function ActionForm({
  action,
  hidden,
  submitLabel,
  variant = "primary",
  reasonLabel,
  children,
}: {
  action: Action;
  hidden: Record<string, string>;
  submitLabel: string;
  variant?: "primary" | "secondary" | "danger";
  reasonLabel?: string;
  children?: React.ReactNode;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, {});
  const reasonErrors = state.errors?.reason;
  return (
    <form action={formAction} className="space-y-3" noValidate>
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {reasonLabel && (
        <div className="space-y-1">
          <label className="block font-medium">
            {reasonLabel}
            <textarea
              name="reason"
              rows={2}
              maxLength={500}
              required
              aria-invalid={!!reasonErrors?.length}
              className="input mt-1"
              defaultValue={state.values?.reason}
            />
          </label>
          {reasonErrors?.length ? <p className="text-sm font-medium text-brand-700">{reasonErrors.map((e) => t(e)).join("；")}</p> : null}
        </div>
      )}
      {children}
      <button
        type="submit"
        disabled={pending}
        className={variant === "primary" ? "btn-primary" : variant === "danger" ? "btn-danger" : "btn-secondary"}
      >
        {pending ? t("common.submitting") : submitLabel}
      </button>
      {state.message && <FormStatus state={state} values={{ count: state.count ?? 0 }} />}
      {state.revealed && (
        <p role="status" className="font-mono text-lg" data-testid="revealed-id">
          {t("admin.revealed")}：{state.revealed}
        </p>
      )}
    </form>
  );
}
