"use client";
// 公示反映: which person of the notice, and what the writer has to say about them.
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import type { FilingState } from "@/lib/cases/filed-state";
import { FilingForm, type FilingWho } from "./filing-form";
import { LetterBodyField } from "./letter-body-field";

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
          <LetterBodyField ns="objection" value={v.body} errors={e.body} />
        </>
      )}
    </FilingForm>
  );
}
