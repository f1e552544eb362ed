"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/validation/common";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

/**
 * One button of the inbox (查看详情, 标为已读, 全部标为已读, 确认退订): a form with its hidden
 * fields that posts to its action. It works without JavaScript too; a refusal is shown where
 * the button is.
 */
export function InboxButton({
  action,
  fields,
  label,
  ariaLabel,
  className = "btn-secondary",
}: {
  action: Action;
  fields: Record<string, string>;
  label: string;
  ariaLabel?: string;
  className?: string;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="inline-flex flex-col items-start">
      {Object.entries(fields).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <button type="submit" className={className} disabled={pending} aria-label={ariaLabel}>
        {pending ? t("common.submitting") : label}
      </button>
      {state.message && !state.ok && (
        <p role="alert" className="mt-1 text-sm font-medium text-brand-700">
          {t(state.message, state.messageValues)}
        </p>
      )}
    </form>
  );
}
