"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/validation/common";

type DecideState = ActionState & { changed?: number; skipped?: number };

/** Accept or reject one nomination (the same action as the bulk table, for a single id). */
export function DecisionButtons({ action, id }: { action: (s: DecideState, f: FormData) => Promise<DecideState>; id: string }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, {});
  const reasonErrors = state.errors?.reason;
  return (
    <form action={formAction} className="card grid gap-3 md:grid-cols-[1fr_auto] md:items-end">
      <input type="hidden" name="ids" value={id} />
      <label className="block space-y-1">
        <span className="block font-medium">{t("nominations.review.rejectReason")}</span>
        <textarea
          name="reason"
          rows={2}
          maxLength={500}
          className="input"
          aria-invalid={!!reasonErrors?.length}
          defaultValue={state.values?.reason}
        />
        {reasonErrors?.length ? (
          <span className="block text-sm font-medium text-brand-700">{reasonErrors.map((m) => t(m)).join("；")}</span>
        ) : null}
      </label>
      <div className="flex flex-wrap gap-2">
        <button type="submit" name="decision" value="ACCEPTED" className="btn-primary" disabled={pending}>
          {t("nominations.review.accept")}
        </button>
        <button type="submit" name="decision" value="REJECTED" className="btn-danger" disabled={pending}>
          {t("nominations.review.reject")}
        </button>
      </div>
      <div aria-live="polite" role="status" className="md:col-span-2">
        {state.message && (
          <p
            className={`rounded-md border px-4 py-3 ${state.ok ? "border-green-700 bg-green-50 text-green-900" : "border-brand-600 bg-brand-50"}`}
          >
            {state.message === "nominations.review.decided"
              ? t(state.message, { changed: state.changed ?? 0, skipped: state.skipped ?? 0 })
              : t(state.message)}
          </p>
        )}
      </div>
    </form>
  );
}
