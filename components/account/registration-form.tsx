"use client";
import { IntentLink as Link } from "@/components/ui/intent-link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { NewPasswordFields } from "@/components/account/new-password-fields";
import { ChallengeField } from "@/components/ui/challenge-field";
import { Field, FormStatus } from "@/components/ui/field";
import { POLITICAL_STATUSES } from "@/lib/validation/political-statuses";
import type { ActionState } from "@/lib/validation/common";
import { Select } from "@/components/ui/select";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

export function RegistrationForm({ action }: { action: Action }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, {});
  const e = state.errors ?? {};
  const v = state.values ?? {};
  return (
    <form action={formAction} noValidate className="space-y-5" aria-describedby="register-status">
      <div id="register-status">
        <FormStatus state={state} />
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field
          name="realName"
          label={t("fields.realName")}
          required
          errors={e.realName}
          defaultValue={v.realName}
          autoComplete="name"
          maxLength={40}
        />
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
        <Field
          name="phone"
          label={t("fields.phone")}
          required
          errors={e.phone}
          hint={t("hints.phone")}
          type="tel"
          inputMode="numeric"
          defaultValue={v.phone}
          autoComplete="tel"
          maxLength={13}
        />
        <Field
          name="email"
          label={t("fields.email")}
          errors={e.email}
          type="email"
          defaultValue={v.email}
          autoComplete="email"
          maxLength={120}
        />
        <Field
          name="workUnit"
          label={t("fields.workUnit")}
          required
          errors={e.workUnit}
          defaultValue={v.workUnit}
          autoComplete="organization"
          maxLength={100}
        />
        <Field
          name="position"
          label={t("fields.position")}
          required
          errors={e.position}
          defaultValue={v.position}
          autoComplete="organization-title"
          maxLength={60}
        />
        <Field name="politicalStatus" label={t("fields.politicalStatus")} required errors={e.politicalStatus}>
          {(p) => (
            <Select {...p} defaultValue={v.politicalStatus ?? ""} className="input">
              <option value="" disabled>
                —
              </option>
              {POLITICAL_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`political.${s}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <NewPasswordFields errors={e} hint={t("hints.password")} />
      </div>
      <div className="space-y-1">
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            name="consent"
            defaultChecked={v.consent === "on"}
            aria-invalid={!!e.consent?.length}
            aria-describedby={e.consent?.length ? "consent-error" : undefined}
            className="mt-1.5 h-5 w-5"
          />
          <span>
            {t("register.consentLabel")}
            <Link href="/privacy" className="link" target="_blank">
              {t("register.consentLink", { title: t("privacy.title") })}
            </Link>
          </span>
        </label>
        {e.consent?.length ? (
          <p id="consent-error" className="text-sm font-medium text-brand-700">
            {e.consent.map((m) => t(m)).join("；")}
          </p>
        ) : null}
      </div>
      <ChallengeField />
      <button type="submit" className="btn-primary w-full sm:w-auto" disabled={pending}>
        {pending ? t("common.submitting") : t("register.submit")}
      </button>
    </form>
  );
}
