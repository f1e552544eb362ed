"use client";
import { useId } from "react";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/validation/common";

interface FieldProps {
  name: string;
  label: string;
  errors?: string[];
  hint?: string;
  required?: boolean;
  children?: (props: {
    id: string;
    "aria-invalid": boolean;
    "aria-describedby"?: string;
    name: string;
    required?: boolean;
  }) => React.ReactNode;
  type?: string;
  defaultValue?: string;
  autoComplete?: string;
  maxLength?: number;
  inputMode?: React.HTMLAttributes<HTMLInputElement>["inputMode"];
}

/** A labelled input with its hint and its field errors (catalog keys, translated here). */
export function Field({
  name,
  label,
  errors,
  hint,
  required,
  children,
  type = "text",
  defaultValue,
  autoComplete,
  maxLength,
  inputMode,
}: FieldProps) {
  const t = useTranslations();
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  const inputProps = { id, name, "aria-invalid": !!errors?.length, "aria-describedby": describedBy, required };
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {label}
        {required ? (
          <span className="ml-1 text-brand-700" aria-hidden="true">
            *
          </span>
        ) : (
          <span className="ml-1 text-sm font-normal text-muted">（{t("common.optional")}）</span>
        )}
      </label>
      {children ? (
        children(inputProps)
      ) : (
        <input
          {...inputProps}
          type={type}
          defaultValue={defaultValue}
          autoComplete={autoComplete}
          maxLength={maxLength}
          inputMode={inputMode}
          className="input"
        />
      )}
      {hint && (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      )}
      {errorId && (
        <p id={errorId} className="text-sm font-medium text-brand-700">
          {errors!.map((e) => t(e)).join("；")}
        </p>
      )}
    </div>
  );
}

/** The form-level message, announced to screen readers when it changes. */
export function FormStatus({
  state,
  values: extra,
  ...props
}: {
  state?: ActionState;
  message?: string;
  ok?: boolean;
  values?: Record<string, number | string>;
}) {
  const t = useTranslations();
  const message = state?.message ?? props.message;
  const ok = state?.ok ?? props.ok;
  const values = { ...state?.messageValues, ...extra };
  return (
    <div aria-live="polite" role="status" className="min-h-0">
      {message && (
        <p
          className={`rounded-md border px-4 py-3 ${ok ? "border-green-700 bg-green-50 text-green-900" : "border-brand-600 bg-brand-50 text-brand-800"}`}
        >
          {t(message, values)}
        </p>
      )}
    </div>
  );
}
