"use client";
// 培训签到: the code typed, or filled in from the venue's QR code link (?code=…). Checking in is a
// POST the person confirms with one tap: opening a link never changes anything.
import { IntentLink as Link } from "@/components/ui/intent-link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, FormStatus } from "@/components/ui/field";
import type { ActionState } from "@/lib/validation/common";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

export function CheckinForm({ action, initialCode }: { action: Action; initialCode: string }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <div className="space-y-4">
      <FormStatus state={state} />
      {state.ok ? (
        <p>
          <Link href="/account/training" className="btn-secondary">
            {t("training.checkin.record")}
          </Link>
        </p>
      ) : (
        <form action={formAction} className="card max-w-md space-y-4">
          <Field
            name="code"
            label={t("training.checkin.code")}
            hint={t("training.checkin.codeHint")}
            required
            defaultValue={state.values?.code ?? initialCode}
            autoComplete="one-time-code"
            inputMode="numeric"
            maxLength={20}
            errors={state.errors?.code}
          />
          <button type="submit" className="btn-primary" disabled={pending}>
            {pending ? t("common.submitting") : t("training.checkin.submit")}
          </button>
        </form>
      )}
    </div>
  );
}
