"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, FormStatus } from "@/components/ui/field";
import { POLITICAL_STATUSES } from "@/lib/validation/political-statuses";
import type { ActionState } from "@/lib/validation/common";
import { Select } from "@/components/ui/select";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;
interface Profile {
  realName: string;
  phone: string;
  email: string | null;
  workUnit: string;
  position: string;
  politicalStatus: string;
}

/** A pending or rejected user corrects their details; the ID number must be typed again. */
export function ProfileForm({ action, profile }: { action: Action; profile: Profile }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, {});
  const e = state.errors ?? {};
  const v = { ...profile, email: profile.email ?? "", ...(state.values ?? {}) } as Record<string, string>;
  return (
    <form action={formAction} noValidate className="space-y-5">
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
        <Field name="phone" label={t("fields.phone")} required errors={e.phone} type="tel" defaultValue={v.phone} maxLength={13} />
        <Field name="email" label={t("fields.email")} errors={e.email} type="email" defaultValue={v.email} maxLength={120} />
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
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? t("common.submitting") : t("account.resubmit")}
      </button>
    </form>
  );
}
