"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ChallengeField } from "@/components/ui/challenge-field";
import { Field, FormStatus } from "@/components/ui/field";
import type { ActionState } from "@/lib/validation/common";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

/**
 * 忘记密码 by mail (the sign-in identifier) or by SMS (the phone number): the field, the
 * proof-of-work check, one button.
 */
export function ForgotPasswordForm({ action, by = "mail" }: { action: Action; by?: "mail" | "sms" }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, {});
  const e = state.errors ?? {};
  return (
    <form action={formAction} noValidate className="space-y-5" data-testid={by === "mail" ? "forgot-password-form" : "sms-code-form"}>
      <FormStatus state={state} />
      {by === "mail" ? (
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
      ) : (
        <Field
          name="phone"
          label={t("fields.phone")}
          required
          errors={e.phone}
          type="tel"
          inputMode="numeric"
          defaultValue={state.ok ? "" : state.values?.phone}
          autoComplete="tel"
          maxLength={13}
        />
      )}
      <ChallengeField />
      <button type="submit" className="btn-primary w-full sm:w-auto" disabled={pending}>
        {pending ? t("common.submitting") : t(by === "mail" ? "accountSecurity.forgot.submit" : "accountSecurity.sms.submit")}
      </button>
    </form>
  );
}
