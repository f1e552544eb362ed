"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { NewPasswordFields } from "@/components/account/new-password-fields";
import { Field, FormStatus } from "@/components/ui/field";
import type { ActionState } from "@/lib/validation/common";
import { Select } from "@/components/ui/select";

export function StaffForm({ action }: { action: (s: ActionState, f: FormData) => Promise<ActionState> }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, {});
  const e = state.errors ?? {};
  const v = state.ok ? {} : (state.values ?? {});
  return (
    <form action={formAction} noValidate className="space-y-4" key={state.ok ? "reset" : "keep"}>
      <FormStatus state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="realName" label={t("fields.realName")} required errors={e.realName} defaultValue={v.realName} maxLength={40} />
        <Field
          name="idNumber"
          label={t("fields.idNumber")}
          required
          errors={e.idNumber}
          defaultValue={v.idNumber}
          maxLength={18}
          autoComplete="off"
        />
        <Field name="phone" label={t("fields.phone")} required errors={e.phone} type="tel" defaultValue={v.phone} maxLength={13} />
        <Field
          name="workUnit"
          label={t("fields.workUnit")}
          required
          errors={e.workUnit}
          defaultValue={v.workUnit ?? "组织部"}
          maxLength={100}
        />
        <Field name="position" label={t("fields.position")} required errors={e.position} defaultValue={v.position} maxLength={60} />
        <Field name="role" label={t("fields.role")} required errors={e.role}>
          {(p) => (
            <Select {...p} defaultValue={v.role ?? "REVIEWER"} className="input">
              <option value="REVIEWER">{t("roles.REVIEWER")}</option>
              <option value="ADMIN">{t("roles.ADMIN")}</option>
            </Select>
          )}
        </Field>
        <NewPasswordFields errors={e} />
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>
        {t("admin.createStaff")}
      </button>
    </form>
  );
}
