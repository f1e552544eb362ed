"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/ui/field";
import type { ActionState } from "@/lib/validation/common";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

/** Agreeing to the privacy statement version shown, then on to the page the user was going to. */
export function ConsentForm({ action, version, next }: { action: Action; version: string; next: string }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, {});
  const e = state.errors ?? {};
  return (
    <form action={formAction} noValidate className="space-y-4" data-testid="consent-form">
      <FormStatus state={state} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="next" value={next} />
      <div className="space-y-1">
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            name="agree"
            aria-invalid={!!e.agree?.length}
            aria-describedby={e.agree?.length ? "agree-error" : undefined}
            className="mt-1.5 h-5 w-5"
          />
          <span>{t("rights.consent.agree", { version })}</span>
        </label>
        {e.agree?.length ? (
          <p id="agree-error" className="text-sm font-medium text-brand-700">
            {e.agree.map((m) => t(m)).join("；")}
          </p>
        ) : null}
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? t("common.submitting") : t("rights.consent.submit")}
      </button>
    </form>
  );
}
