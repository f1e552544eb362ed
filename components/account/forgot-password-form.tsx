"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ChallengeField } from "@/components/ui/challenge-field";
import { Field, FormStatus } from "@/components/ui/field";
import type { ActionState } from "@/lib/validation/common";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

/** 忘记密码 by mail: the sign-in identifier, the proof-of-work check, one button. */
export function ForgotPasswordForm({ action }: { action: Action }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, {});
  const e = state.errors ?? {};
  return (
    <form action={formAction} noValidate className="space-y-5" data-testid="forgot-password-form">
      <FormStatus state={state} />
      <Field
        name="identifier"
        label={t("accountSecurity.forgot.identifier")}
        required
        errors={e.identifier}
        hint={t("hints.identifier")}
        defaultValue={state.ok ? "" : state.values?.identifier}
        autoComplete="username"
        maxLength={40}
      />
      <ChallengeField />
      <button type="submit" className="btn-primary w-full sm:w-auto" disabled={pending}>
        {pending ? t("common.submitting") : t("accountSecurity.forgot.submit")}
      </button>
    </form>
  );
}
