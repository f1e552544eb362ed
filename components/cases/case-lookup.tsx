"use client";
// Following an anonymous case by its 查询码: the code goes in a POST (never a URL, a log line or
// the history) and the case comes back in the form's state. A wrong code says only that it is
// wrong; every attempt counts against the hourly lookups of the network address.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, FormStatus } from "@/components/ui/field";
import { WriterCaseView } from "./writer-case-view";
import type { LookupState } from "@/app/[locale]/(public)/cases/lookup/actions";

type Action = (state: LookupState, form: FormData) => Promise<LookupState>;

export function CaseLookup({ action }: { action: Action }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <div className="space-y-6">
      <form action={formAction} className="card space-y-4" noValidate data-testid="case-lookup">
        <Field name="code" label={t("myCases.lookup.label")} required hint={t("myCases.lookup.hint")} errors={state.errors?.code}>
          {(p) => (
            <input
              {...p}
              type="text"
              // Not kept by the browser: the code is as good as a password.
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={40}
              defaultValue={state.view ? "" : state.values?.code}
              className="input font-mono tracking-wider"
            />
          )}
        </Field>
        <button type="submit" className="btn-primary" disabled={pending}>
          {pending ? t("common.submitting") : state.view ? t("myCases.lookup.again") : t("myCases.lookup.submit")}
        </button>
        {!state.view && <FormStatus state={state} />}
      </form>
      {state.view && <WriterCaseView view={state.view} reader="code" />}
    </div>
  );
}
