"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, FormStatus } from "@/components/ui/field";
import type { ActionState } from "@/lib/validation/common";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

/** A corrected real name or ID number (the full ID is typed again): the account goes back to review. */
export function IdentityChangeForm({ action, realName }: { action: Action; realName: string }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, {});
  const e = state.errors ?? {};
  const v = { realName, idNumber: "", ...(state.values ?? {}) } as Record<string, string>;
  return (
    <form action={formAction} noValidate className="space-y-5" data-testid="identity-change-form">
      <FormStatus state={state} />
      <div className="grid gap-5 sm:grid-cols-2">
        <Field name="realName" label={t("fields.realName")} required errors={e.realName} defaultValue={v.realName} maxLength={40} />
        <Field
          name="idNumber"
          label={t("fields.idNumber")}
          required
          errors={e.idNumber}
          hint={t("hints.idNumber")}
          defaultValue={v.idNumber}
          maxLength={18}
          autoComplete="off"
        />
      </div>
      <button type="submit" className="btn-secondary" disabled={pending}>
        {pending ? t("common.submitting") : t("rights.identity.submit")}
      </button>
    </form>
  );
}
