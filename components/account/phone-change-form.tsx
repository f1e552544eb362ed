"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, FormStatus } from "@/components/ui/field";
import type { ActionState } from "@/lib/validation/common";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

/** A new phone number, confirmed with the current password (never sent back after a refusal). */
export function PhoneChangeForm({ action }: { action: Action }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, {});
  const e = state.errors ?? {};
  return (
    <form action={formAction} noValidate className="space-y-5" data-testid="phone-change-form">
      <FormStatus state={state} />
      <div className="grid gap-5 sm:grid-cols-2">
        <Field
          name="phone"
          label={t("rights.phone.newPhone")}
          required
          errors={e.phone}
          type="tel"
          defaultValue={state.values?.phone ?? ""}
          maxLength={13}
          autoComplete="tel"
        />
        <Field
          name="currentPassword"
          label={t("rights.phone.currentPassword")}
          required
          errors={e.currentPassword}
          type="password"
          autoComplete="current-password"
        />
      </div>
      <button type="submit" className="btn-secondary" disabled={pending}>
        {pending ? t("common.submitting") : t("rights.phone.submit")}
      </button>
    </form>
  );
}
