"use client";
// 公示反映: which person of the notice, and what the writer has to say about them.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { CASE_LIMITS } from "@/lib/cases/kinds";
import { MIN_LETTER_CHARS } from "@/lib/validation/cases-channels";
import type { FilingState } from "@/lib/cases/filed-state";
import { FilingForm, type FilingWho } from "./filing-form";

type Action = (state: FilingState, form: FormData) => Promise<FilingState>;

export interface ObjectionPerson {
  id: string;
  name: string;
  currentPost: string;
  proposedPost: string;
}

export function ObjectionForm({
  noticeId,
  persons,
  chosen,
  who,
  namedAction,
  anonymousAction,
}: {
  noticeId: string;
  persons: ObjectionPerson[];
  /** The person picked on the notice page, if any. */
  chosen?: string;
  who: FilingWho;
  namedAction: Action;
  anonymousAction: Action;
}) {
  const t = useTranslations();
  const [typed, setTyped] = useState<number | null>(null);
  return (
    <FilingForm
      ns="objection"
      who={who}
      namedAction={namedAction}
      anonymousAction={anonymousAction}
      again={{ href: `/notices/${noticeId}`, label: t("objection.backToNotice") }}
      testId="objection-form"
    >
      {({ values: v, errors: e }) => (
        <>
          <input type="hidden" name="noticeId" value={noticeId} />
          <Field name="noticeEntryId" label={t("objection.person")} required errors={e.noticeEntryId} hint={t("objection.personHint")}>
            {(p) => (
              <Select {...p} defaultValue={v.noticeEntryId ?? (persons.length === 1 ? persons[0]!.id : (chosen ?? ""))} className="input">
                <option value="" disabled>
                  {t("objection.personPlaceholder")}
                </option>
                {persons.map((x) => (
                  <option key={x.id} value={x.id}>
                    {t("objection.personOption", { name: x.name, current: x.currentPost, proposed: x.proposedPost })}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field
            name="body"
            label={t("objection.body")}
            required
            hint={t("objection.bodyHint", { min: MIN_LETTER_CHARS, max: CASE_LIMITS.body })}
            errors={e.body}
          >
            {(p) => (
              <div>
                <textarea
                  {...p}
                  rows={10}
                  maxLength={CASE_LIMITS.body}
                  defaultValue={v.body}
                  onChange={(ev) => setTyped(ev.target.value.trim().length)}
                  className="input"
                />
                <p className="mt-1 text-right text-sm text-muted" aria-hidden="true">
                  {t("objection.charCount", { count: typed ?? (v.body ?? "").length, max: CASE_LIMITS.body })}
                </p>
              </div>
            )}
          </Field>
        </>
      )}
    </FilingForm>
  );
}
