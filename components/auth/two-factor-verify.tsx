"use client";
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { ChallengeField } from "@/components/ui/challenge-field";
import { Field, FormStatus } from "@/components/ui/field";
import type { ActionState } from "@/lib/validation/common";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

/** The second step of a staff sign-in: the app's six digits, or one recovery code. */
export function TwoFactorVerify({ action, next }: { action: Action; next: string | null }) {
  const t = useTranslations("twoFactor");
  const tc = useTranslations("common");
  const [state, formAction, pending] = useActionState(action, {});
  const [solved, setSolved] = useState(false);
  // Asked for once the failures pass the same thresholds as passwords (lib/auth/login.ts).
  const challenge = state.message === "twoFactor.errors.challenge";
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormStatus state={state} />
      {next && <input type="hidden" name="next" value={next} />}
      <Field
        name="code"
        label={t("verify.codeLabel")}
        hint={t("verify.codeHint")}
        required
        errors={state.errors?.code}
        autoComplete="one-time-code"
        maxLength={20}
      />
      {challenge && <ChallengeField onSolvedChange={setSolved} />}
      <button type="submit" className="btn-primary w-full" disabled={pending || (challenge && !solved)}>
        {pending ? tc("submitting") : t("verify.submit")}
      </button>
    </form>
  );
}
