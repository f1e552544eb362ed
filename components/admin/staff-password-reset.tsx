"use client";
import { useActionState, useId } from "react";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/ui/field";
import type { ActionState } from "@/lib/validation/common";

type State = ActionState & { temporary?: string };
type Action = (state: State, form: FormData) => Promise<State>;

/**
 * Reset a staff member's password: a temporary one typed by the administrator, or generated.
 * The answer carries it once; it is shown here and nowhere else (never stored in clear).
 */
export function StaffPasswordReset({ action, id, name }: { action: Action; id: string; name: string }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, {});
  const field = useId();
  const errors = state.errors?.password;
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <input type="hidden" name="id" value={id} />
      <p className="text-sm text-muted">{t("staffAdmin.resetLead")}</p>
      <div className="space-y-1">
        <label htmlFor={field} className="block font-medium">
          {t("staffAdmin.tempPassword")}
        </label>
        <input
          id={field}
          name="password"
          type="text"
          autoComplete="off"
          spellCheck={false}
          maxLength={128}
          aria-invalid={!!errors?.length}
          aria-describedby={errors?.length ? `${field}-error` : undefined}
          className="input max-w-sm font-mono"
        />
        {errors?.length ? (
          <p id={`${field}-error`} className="text-sm font-medium text-brand-700">
            {errors.map((e) => t(e)).join("；")}
          </p>
        ) : null}
      </div>
      <button type="submit" className="btn-secondary" disabled={pending} aria-label={`${t("staffAdmin.reset")}：${name}`}>
        {pending ? t("common.submitting") : t("staffAdmin.reset")}
      </button>
      {state.message && <FormStatus state={state} />}
      {state.temporary && (
        <p className="rounded-md border border-amber-500 bg-amber-50 px-4 py-3" data-testid="temporary-password">
          <span className="block text-sm">{t("staffAdmin.tempShown")}</span>
          <span className="font-mono text-lg select-all">{state.temporary}</span>
        </p>
      )}
    </form>
  );
}
