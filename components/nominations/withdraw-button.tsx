"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/validation/common";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

/** Withdraw with a confirmation; the result is announced where the button was. */
export function WithdrawButton({ action, id, label }: { action: Action; id: string; label: string }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, {});
  if (state.ok) {
    return (
      <p role="status" className="text-sm text-green-900">
        {t(state.message ?? "nominations.mine.withdrawn", state.messageValues)}
      </p>
    );
  }
  return (
    <form
      action={formAction}
      onSubmit={(e) => {
        if (!window.confirm(t("nominations.mine.withdrawConfirm"))) e.preventDefault();
      }}
    >
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="btn-danger min-h-9 px-3 py-1 text-sm" disabled={pending} aria-label={label}>
        {pending ? t("common.submitting") : t("nominations.mine.withdraw")}
      </button>
      {state.message && (
        <p role="alert" className="mt-1 text-sm font-medium text-brand-700">
          {t(state.message, state.messageValues)}
        </p>
      )}
    </form>
  );
}
