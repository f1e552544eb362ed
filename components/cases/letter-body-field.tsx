"use client";
// The facts of an objection or a report: a long text box with its running character count.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { CASE_LIMITS } from "@/lib/cases/kinds";
import { MIN_LETTER_CHARS } from "@/lib/validation/letter-limits";

export function LetterBodyField({ ns, value, errors }: { ns: "objection" | "report"; value?: string; errors?: string[] }) {
  const t = useTranslations();
  const [typed, setTyped] = useState<number | null>(null);
  return (
    <Field
      name="body"
      label={t(`${ns}.body`)}
      required
      hint={t(`${ns}.bodyHint`, { min: MIN_LETTER_CHARS, max: CASE_LIMITS.body })}
      errors={errors}
    >
      {(p) => (
        <div>
          <textarea
            {...p}
            rows={10}
            maxLength={CASE_LIMITS.body}
            defaultValue={value}
            onChange={(ev) => setTyped(ev.target.value.trim().length)}
            className="input"
          />
          <p className="mt-1 text-right text-sm text-muted" aria-hidden="true">
            {t(`${ns}.charCount`, { count: typed ?? (value ?? "").length, max: CASE_LIMITS.body })}
          </p>
        </div>
      )}
    </Field>
  );
}
