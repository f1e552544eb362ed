"use client";
import { useTranslations } from "next-intl";

/** The reason a reviewer gives when rejecting (required for 未采纳, checked by the action). */
export function RejectReasonField({ errors, defaultValue }: { errors?: string[]; defaultValue?: string }) {
  const t = useTranslations();
  return (
    <label className="block space-y-1">
      <span className="block font-medium">{t("nominations.review.rejectReason")}</span>
      <textarea name="reason" rows={2} maxLength={500} className="input" aria-invalid={!!errors?.length} defaultValue={defaultValue} />
      {errors?.length ? <span className="block text-sm font-medium text-brand-700">{errors.map((m) => t(m)).join("；")}</span> : null}
    </label>
  );
}
