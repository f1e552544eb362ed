"use client";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";

/** A new password and its confirmation (registration, a staff account created by an administrator). */
export function NewPasswordFields({ errors, hint }: { errors: { password?: string[]; confirmPassword?: string[] }; hint?: string }) {
  const t = useTranslations();
  return (
    <>
      <Field
        name="password"
        label={t("fields.password")}
        required
        errors={errors.password}
        hint={hint}
        type="password"
        autoComplete="new-password"
        maxLength={128}
      />
      <Field
        name="confirmPassword"
        label={t("fields.confirmPassword")}
        required
        errors={errors.confirmPassword}
        type="password"
        autoComplete="new-password"
        maxLength={128}
      />
    </>
  );
}
