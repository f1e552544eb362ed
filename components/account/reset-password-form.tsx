"use client";
import { IntentLink as Link } from "@/components/ui/intent-link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { NewPasswordFields } from "@/components/account/new-password-fields";
import { ChallengeField } from "@/components/ui/challenge-field";
import { Field, FormStatus } from "@/components/ui/field";
import type { ActionState } from "@/lib/validation/common";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

/**
 * The new password, with either the mailed link's token (hidden) or 手机号码 and a reset code.
 * Once set, the form gives way to the message and a link to sign in.
 */
export function ResetPasswordForm({ action, token }: { action: Action; token?: string }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, {});
  const e = state.errors ?? {};
  if (state.ok) {
    return (
      <div className="space-y-4" data-testid="reset-done">
        <FormStatus state={state} />
        <Link href="/login" className="btn-primary">
          {t("common.login")}
        </Link>
      </div>
    );
  }
  return (
    <form action={formAction} noValidate className="space-y-5" data-testid="reset-password-form">
      <FormStatus state={state} />
      {token ? (
        <input type="hidden" name="token" value={token} />
      ) : (
        <div className="grid gap-5 sm:grid-cols-2">
          <Field
            name="phone"
            label={t("fields.phone")}
            required
            errors={e.phone}
            type="tel"
            inputMode="numeric"
            defaultValue={state.values?.phone}
            autoComplete="tel"
            maxLength={13}
          />
          <Field
            name="code"
            label={t("accountSecurity.reset.code")}
            required
            errors={e.code}
            hint={t("accountSecurity.reset.codeHint")}
            autoComplete="one-time-code"
            maxLength={30}
          />
        </div>
      )}
      <div className="grid gap-5 sm:grid-cols-2">
        <NewPasswordFields errors={e} hint={t("hints.password")} />
      </div>
      {!token && <ChallengeField />}
      <button type="submit" className="btn-primary w-full sm:w-auto" disabled={pending}>
        {pending ? t("common.submitting") : t("accountSecurity.reset.submit")}
      </button>
    </form>
  );
}
