"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, FormStatus } from "@/components/ui/field";
import type { ActionState } from "@/lib/validation/common";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

/**
 * 注销账号: what happens, said before anything is asked; then the password and an explicit
 * confirmation. `refusal` (a catalog key) when the account may not be closed now.
 */
export function CloseAccountForm({ action, years, refusal }: { action: Action; years: number; refusal: string | null }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, {});
  const e = state.errors ?? {};
  return (
    <div className="space-y-4">
      <p>{t("rights.close.lead")}</p>
      <ul className="list-disc space-y-1 pl-6">
        <li>{t("rights.close.c1")}</li>
        <li>{t("rights.close.c2")}</li>
        <li>{t("rights.close.c3", { years })}</li>
        <li>{t("rights.close.c4")}</li>
        <li>{t("rights.close.c5")}</li>
      </ul>
      <p className="text-muted">{t("rights.close.before")}</p>
      {refusal ? (
        <p className="rounded-md border border-brand-600 bg-brand-50 px-4 py-3" data-testid="close-refused">
          {t("rights.close.refused")}
          {t(refusal)}
        </p>
      ) : (
        <form action={formAction} noValidate className="space-y-4" data-testid="close-account-form">
          <FormStatus state={state} />
          <div className="max-w-sm">
            <Field
              name="currentPassword"
              label={t("rights.close.currentPassword")}
              required
              errors={e.currentPassword}
              type="password"
              autoComplete="current-password"
            />
          </div>
          <div className="space-y-1">
            <label className="flex items-start gap-2">
              <input
                type="checkbox"
                name="confirm"
                aria-invalid={!!e.confirm?.length}
                aria-describedby={e.confirm?.length ? "close-confirm-error" : undefined}
                className="mt-1.5 h-5 w-5"
              />
              <span>{t("rights.close.confirm")}</span>
            </label>
            {e.confirm?.length ? (
              <p id="close-confirm-error" className="text-sm font-medium text-brand-700">
                {e.confirm.map((m) => t(m)).join("；")}
              </p>
            ) : null}
          </div>
          <button type="submit" className="btn-danger" disabled={pending}>
            {pending ? t("common.submitting") : t("rights.close.submit")}
          </button>
        </form>
      )}
    </div>
  );
}
