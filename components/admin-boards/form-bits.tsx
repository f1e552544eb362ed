"use client";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { RichTextField } from "@/components/editor/rich-text-field";

/**
 * A board's long text (正文, 岗位职责, 任职条件): the toolbar editor. The limit counts the text a
 * reader sees, as the server does (lib/validation/boards.ts).
 */
export function BodyField({
  name,
  label,
  errors,
  defaultValue,
  required = true,
  maxLength,
}: {
  name: string;
  label: string;
  errors?: string[];
  defaultValue?: string;
  required?: boolean;
  maxLength: number;
}) {
  return <RichTextField name={name} label={label} errors={errors} defaultValue={defaultValue} required={required} maxLength={maxLength} />;
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
