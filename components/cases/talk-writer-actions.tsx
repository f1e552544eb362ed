"use client";
// The writer's two moves on an answered 说心里话 letter: the one follow-up (within the window)
// and confirming it is settled. The page shows them only when the data layer allows them
// (canFollowUp, canConfirm); the actions check again.
import { useActionState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { Field, FormStatus } from "@/components/ui/field";
import { CASE_LIMITS } from "@/lib/cases/kinds";
import { INSTANT } from "@/lib/calendar/dates";
import type { ActionState } from "@/lib/validation/common";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

export function TalkWriterActions({
  id,
  canFollowUp,
  followUpUntil,
  followUpDays,
  canConfirm,
  followUpAction,
  confirmAction,
}: {
  id: string;
  canFollowUp: boolean;
  followUpUntil: Date | null;
  /** TALK_FOLLOW_UP_DAYS, passed in: lib/cases/deadlines.ts brings the holiday calendar along. */
  followUpDays: number;
  canConfirm: boolean;
  followUpAction: Action;
  confirmAction: Action;
}) {
  const t = useTranslations();
  const format = useFormatter();
  const [followState, followForm, followPending] = useActionState(followUpAction, {});
  const [confirmState, confirmForm, confirmPending] = useActionState(confirmAction, {});
  const done = followState.ok ? followState : confirmState.ok ? confirmState : null;
  if (done) return <FormStatus state={done} />;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {canFollowUp && (
        <section className="card space-y-3" aria-labelledby="follow-up-title" data-testid="follow-up">
          <h2 id="follow-up-title" className="text-lg">
            {t("myCases.followUp.title")}
          </h2>
          <p className="text-sm text-muted">
            {t("myCases.followUp.lead", {
              days: followUpDays,
              until: followUpUntil ? format.dateTime(followUpUntil, INSTANT) : "—",
            })}
          </p>
          <form action={followForm} className="space-y-3" noValidate>
            <input type="hidden" name="id" value={id} />
            <Field
              name="body"
              label={t("myCases.followUp.label")}
              required
              hint={t("myCases.followUp.hint", { max: CASE_LIMITS.followUp })}
              errors={followState.errors?.body}
            >
              {(p) => (
                <textarea {...p} rows={5} maxLength={CASE_LIMITS.followUp} defaultValue={followState.values?.body} className="input" />
              )}
            </Field>
            <button type="submit" className="btn-primary" disabled={followPending}>
              {followPending ? t("common.submitting") : t("myCases.followUp.submit")}
            </button>
            <FormStatus state={followState} />
          </form>
        </section>
      )}
      {canConfirm && (
        <section className="card space-y-3" aria-labelledby="confirm-title" data-testid="confirm-settled">
          <h2 id="confirm-title" className="text-lg">
            {t("myCases.confirm.title")}
          </h2>
          <p className="text-sm text-muted">{t("myCases.confirm.lead")}</p>
          <form
            action={confirmForm}
            onSubmit={(e) => {
              if (!window.confirm(t("myCases.confirm.ask"))) e.preventDefault();
            }}
          >
            <input type="hidden" name="id" value={id} />
            <button type="submit" className="btn-secondary" disabled={confirmPending}>
              {confirmPending ? t("common.submitting") : t("myCases.confirm.submit")}
            </button>
            <FormStatus state={confirmState} />
          </form>
        </section>
      )}
    </div>
  );
}
