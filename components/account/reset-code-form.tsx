"use client";
import { useActionState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { INSTANT, parseInstantTable } from "@/lib/calendar/dates";
import { FormStatus } from "@/components/ui/field";
import type { ActionState } from "@/lib/validation/common";

type State = ActionState & { code?: string; until?: string };
type Action = (state: State, form: FormData) => Promise<State>;

/** The reviewer's button, and the code it returns shown once, large and spaced for reading out. */
export function ResetCodeForm({ action, userId }: { action: Action; userId: string }) {
  const t = useTranslations();
  const format = useFormatter();
  // The action answers in the table style (2026-12-03 16:03); the page writes 2026年12月3日 16:03.
  const until = (text?: string) => {
    const at = text ? parseInstantTable(text) : null;
    return at ? format.dateTime(at, INSTANT) : (text ?? "");
  };
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <div className="space-y-4">
      <form action={formAction}>
        <input type="hidden" name="id" value={userId} />
        <button type="submit" className="btn-primary w-full sm:w-auto" disabled={pending}>
          {pending ? t("common.submitting") : t("accountSecurity.staffCode.submit")}
        </button>
      </form>
      {state.message && <FormStatus state={state} />}
      {state.code && (
        <div role="status" className="rounded-md border border-green-700 bg-green-50 px-4 py-3 text-green-900" data-testid="reset-code">
          <p className="font-medium">{t("accountSecurity.staffCode.code")}</p>
          <p className="my-2 font-mono text-2xl tracking-widest break-all">{state.code}</p>
          <p>{t("accountSecurity.staffCode.shownNote", { until: until(state.until) })}</p>
        </div>
      )}
    </div>
  );
}
