"use client";
// A labelled body field for console forms: the label, the toolbar editor, a hint and the field's
// errors, like components/ui/field.tsx does for a plain input. Reuse it for any long text staff
// write for the public pages (training class descriptions, survey introductions …).
import { useId } from "react";
import { useTranslations } from "next-intl";
import { RichTextEditor } from "./rich-text-editor";

export function RichTextField({
  name,
  label,
  errors,
  defaultValue,
  required = true,
  maxLength,
  hint,
}: {
  name: string;
  label: string;
  /** Catalog keys of the field's errors (translated here). */
  errors?: string[];
  defaultValue?: string;
  required?: boolean;
  maxLength?: number;
  hint?: string;
}) {
  const t = useTranslations();
  const id = useId();
  const labelId = `${id}-label`;
  const hintId = `${id}-hint`;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className="space-y-1">
      <p id={labelId} className="block font-medium">
        {label}
        {required ? (
          <span className="ml-1 text-brand-700" aria-hidden="true">
            *
          </span>
        ) : (
          <span className="ml-1 text-sm font-normal text-muted">（{t("common.optional")}）</span>
        )}
      </p>
      <RichTextEditor
        name={name}
        defaultValue={defaultValue}
        labelId={labelId}
        hintId={hintId}
        errorId={errorId}
        required={required}
        maxLength={maxLength}
      />
      <p id={hintId} className="text-sm text-muted">
        {hint ?? t("editor.pasteNote")}
      </p>
      {errorId && (
        <p id={errorId} className="text-sm font-medium text-brand-700">
          {errors!.map((e) => t(e)).join("；")}
        </p>
      )}
    </div>
  );
}
