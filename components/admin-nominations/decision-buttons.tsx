"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/validation/common";
import { FormStatus } from "@/components/ui/field";
import { RejectReasonField } from "./reject-reason-field";

type DecideState = ActionState & { changed?: number; skipped?: number };

/** Accept or reject one nomination (the same action as the bulk table, for a single id). */
export function DecisionButtons({ action, id }: { action: (s: DecideState, f: FormData) => Promise<DecideState>; id: string }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="card grid gap-3 md:grid-cols-[1fr_auto] md:items-end">
      <input type="hidden" name="ids" value={id} />
      <RejectReasonField errors={state.errors?.reason} defaultValue={state.values?.reason} />
      <div className="flex flex-wrap gap-2">
        <button type="submit" name="decision" value="ACCEPTED" className="btn-primary" disabled={pending}>
          {t("nominations.review.accept")}
        </button>
        <button type="submit" name="decision" value="REJECTED" className="btn-danger" disabled={pending}>
          {t("nominations.review.reject")}
        </button>
      </div>
      <div className="md:col-span-2">
        <FormStatus state={state} values={{ changed: state.changed ?? 0, skipped: state.skipped ?? 0 }} />
      </div>
    </form>
  );
}
