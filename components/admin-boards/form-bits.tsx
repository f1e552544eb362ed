"use client";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";

/** A Markdown body field with its hint on what the site accepts. */
export function MarkdownField({
  name,
  label,
  errors,
  defaultValue,
  rows = 12,
  required = true,
  maxLength,
}: {
  name: string;
  label: string;
  errors?: string[];
  defaultValue?: string;
  rows?: number;
  required?: boolean;
  maxLength: number;
}) {
  const t = useTranslations("boardAdmin");
  return (
    <Field name={name} label={label} required={required} errors={errors} hint={t("markdownHint")}>
      {(p) => (
        <textarea
          {...p}
          rows={rows}
          maxLength={maxLength}
          defaultValue={defaultValue}
          className="input font-mono text-[15px] leading-relaxed"
        />
      )}
    </Field>
  );
}

export function SelectField({
  name,
  label,
  errors,
  defaultValue,
  options,
  required = true,
  hint,
  placeholder,
}: {
  name: string;
  label: string;
  errors?: string[];
  defaultValue?: string;
  options: { value: string; label: string }[];
  required?: boolean;
  hint?: string;
  placeholder?: string;
}) {
  return (
    <Field name={name} label={label} required={required} errors={errors} hint={hint}>
      {(p) => (
        <Select {...p} defaultValue={defaultValue ?? ""} className="input">
          <option value="" disabled={required}>
            {placeholder ?? "—"}
          </option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}
