"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/ui/field";
import type { ActionState } from "@/lib/validation/common";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

/**
 * One console button as a form: hidden fields, optional fields (children), a submit whose
 * accessible name can say more than its visible words (which person a row's button acts on),
 * and the refusal in words beside it.
 */
export function LoopForm({
  action,
  hidden,
  submitLabel,
  ariaLabel,
  variant = "primary",
  children,
  className = "space-y-2",
}: {
  action: Action;
  hidden: Record<string, string>;
  submitLabel: string;
  ariaLabel?: string;
  variant?: "primary" | "secondary";
  children?: React.ReactNode;
  className?: string;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className={className} noValidate>
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {children}
      <button type="submit" disabled={pending} aria-label={ariaLabel} className={variant === "primary" ? "btn-primary" : "btn-secondary"}>
        {pending ? t("common.submitting") : submitLabel}
      </button>
      {state.message && <FormStatus state={state} />}
      {state.errors && !state.message && <FormStatus message="errors.invalid" />}
    </form>
  );
}
