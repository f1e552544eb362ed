"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, FormStatus } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { POLITICAL_STATUSES } from "@/lib/validation/political-statuses";
import type { ActionState } from "@/lib/validation/common";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;
interface Contact {
  email: string | null;
  workUnit: string;
  position: string;
  politicalStatus: string;
}

/** 工作单位, 职务, 政治面貌, 电子邮箱 of an approved account: saved at once. */
export function ContactDetailsForm({ action, profile }: { action: Action; profile: Contact }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, {});
  const e = state.errors ?? {};
  const v = { ...profile, email: profile.email ?? "", ...(state.values ?? {}) } as Record<string, string>;
  return (
    <form action={formAction} noValidate className="space-y-5" data-testid="contact-details-form">
      <FormStatus state={state} />
      <div className="grid gap-5 sm:grid-cols-2">
        <Field name="workUnit" label={t("fields.workUnit")} required errors={e.workUnit} defaultValue={v.workUnit} maxLength={100} />
        <Field name="position" label={t("fields.position")} required errors={e.position} defaultValue={v.position} maxLength={60} />
        <Field name="politicalStatus" label={t("fields.politicalStatus")} required errors={e.politicalStatus}>
          {(p) => (
            <Select {...p} defaultValue={v.politicalStatus} className="input">
              {POLITICAL_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`political.${s}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field name="email" label={t("fields.email")} errors={e.email} type="email" defaultValue={v.email} maxLength={120} />
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? t("common.submitting") : t("rights.profile.submit")}
      </button>
    </form>
  );
}
