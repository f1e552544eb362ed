"use client";
// A session of a class: its title, Beijing start and end, and 学时 (a decimal with one place).
// Used to add a session (no sessionId) and to correct one. A refused form keeps what was typed.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, FormStatus } from "@/components/ui/field";
import { DateTimeField } from "@/components/ui/date-fields";
import type { ActionState } from "@/lib/validation/common";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

export function TrainingSessionForm({
  action,
  classId,
  sessionId,
  initial = {},
}: {
  action: Action;
  classId: string;
  sessionId?: string;
  initial?: Record<string, string>;
}) {
  const t = useTranslations("trainingAdmin");
  const tc = useTranslations("common");
  const [state, formAction, pending] = useActionState(action, {});
  const e = state.errors ?? {};
  const v = state.values ?? initial;
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormStatus state={state} />
      <input type="hidden" name="classId" value={classId} />
      {sessionId && <input type="hidden" name="sessionId" value={sessionId} />}
      <Field name="title" label={t("session.title")} required errors={e.title} defaultValue={v.title} maxLength={200} />
      <div className="grid gap-4 sm:grid-cols-3">
        <DateTimeField name="startsAt" label={t("session.startsAt")} required errors={e.startsAt} defaultValue={v.startsAt} />
        <DateTimeField name="endsAt" label={t("session.endsAt")} required errors={e.endsAt} defaultValue={v.endsAt} />
        <Field
          name="hoursTenths"
          label={t("session.hours")}
          required
          errors={e.hoursTenths}
          defaultValue={v.hoursTenths}
          inputMode="decimal"
          hint={t("session.hoursHint")}
        />
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? tc("submitting") : sessionId ? tc("save") : t("session.add")}
      </button>
    </form>
  );
}
