"use client";
// The 说心里话 letter: category, title, body, with the counts the limits allow. After a refusal
// every field comes back as typed; on success the action goes to the letter's page.
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Field, FormStatus } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { CASE_LIMITS, TALK_CATEGORIES } from "@/lib/cases/kinds";
import type { ActionState } from "@/lib/validation/common";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

export function TalkForm({ action, dailyCap }: { action: Action; dailyCap: number }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, {});
  const v = state.values ?? {};
  const [body, setBody] = useState<string | null>(null);
  const typed = (body ?? v.body ?? "").trim().length;
  return (
    <form action={formAction} className="space-y-5" noValidate data-testid="talk-form">
      <Field name="category" label={t("talk.category")} required errors={state.errors?.category}>
        {(p) => (
          <Select {...p} defaultValue={v.category ?? ""} className="input">
            <option value="" disabled>
              {t("talk.categoryPlaceholder")}
            </option>
            {TALK_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`cases.talkCategory.${c}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field
        name="title"
        label={t("talk.titleLabel")}
        required
        maxLength={CASE_LIMITS.title}
        defaultValue={v.title}
        hint={t("talk.titleHint", { max: CASE_LIMITS.title })}
        errors={state.errors?.title}
      />
      <Field name="body" label={t("talk.body")} required hint={t("talk.bodyHint", { max: CASE_LIMITS.body })} errors={state.errors?.body}>
        {(p) => (
          <div>
            <textarea
              {...p}
              rows={10}
              maxLength={CASE_LIMITS.body}
              defaultValue={v.body}
              onChange={(e) => setBody(e.target.value)}
              className="input"
            />
            <p className="mt-1 text-right text-sm text-muted" aria-hidden="true">
              {t("talk.charCount", { count: typed, max: CASE_LIMITS.body })}
            </p>
          </div>
        )}
      </Field>
      <p className="text-sm text-muted">{t("talk.pledge", { cap: dailyCap })}</p>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? t("common.submitting") : t("talk.submit")}
      </button>
      <FormStatus state={state} />
    </form>
  );
}
