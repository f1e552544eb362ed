"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { NewPasswordFields } from "@/components/account/new-password-fields";
import { Field, FormStatus } from "@/components/ui/field";
import type { ActionState } from "@/lib/validation/common";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

/** 修改密码 with the current one (the other devices are signed out; this one stays). */
export function ChangePasswordForm({ action }: { action: Action }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, {});
  const e = state.errors ?? {};
  return (
    // The key resets the fields after a change, so no password stays typed in the page.
    <form key={state.ok ? "done" : "form"} action={formAction} noValidate className="space-y-5" data-testid="change-password-form">
      <FormStatus state={state} />
      <Field
        name="currentPassword"
        label={t("accountSecurity.change.currentPassword")}
        required
        errors={e.currentPassword}
        type="password"
        autoComplete="current-password"
        maxLength={128}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <NewPasswordFields errors={e} hint={t("hints.password")} />
      </div>
      <button type="submit" className="btn-primary w-full sm:w-auto" disabled={pending}>
        {pending ? t("common.submitting") : t("accountSecurity.change.submit")}
      </button>
    </form>
  );
}
