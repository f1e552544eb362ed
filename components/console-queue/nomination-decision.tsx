"use client";
// 受理 / 不予采纳 on a nomination's review page (the same action as the bulk table, for one
// id). Rendered whether or not a decision is still open, so that after one it stays mounted and
// says what happened, by name, with "下一条" to the next nomination of the vacancy waiting.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/validation/common";
import { FormStatus } from "@/components/ui/field";
import { RejectReasonField } from "@/components/admin-nominations/reject-reason-field";
import { DecidedBanner } from "./decided-banner";

type DecideState = ActionState & { changed?: number; skipped?: number };
type Decided = DecideState & { decision?: string };

export function NominationDecision({
  action,
  id,
  name,
  canDecide,
  backHref,
  backLabel,
}: {
  action: (s: DecideState, f: FormData) => Promise<DecideState>;
  id: string;
  /** The person nominated. */
  name: string;
  canDecide: boolean;
  backHref: string;
  backLabel: string;
}) {
  const t = useTranslations();
  // Which button was pressed is in the form; kept with the answer to word the message.
  const decide = async (s: Decided, f: FormData): Promise<Decided> => ({
    ...(await action(s, f)),
    decision: String(f.get("decision") ?? ""),
  });
  const [state, formAction, pending] = useActionState(decide, {});
  if (state.ok) {
    // Nothing changed: a colleague decided it (or it expired) in between; said so, not as a count.
    const message =
      state.changed !== 1
        ? t("consoleQueue.alreadyDecided", { name })
        : t(state.decision === "ACCEPTED" ? "consoleQueue.acceptedNamed" : "consoleQueue.notAdoptedNamed", { name });
    return (
      <DecidedBanner
        message={message}
        nextHref={`/admin/nominations/next?after=${encodeURIComponent(id)}`}
        nextLabel={t("consoleQueue.next")}
        backHref={backHref}
        backLabel={backLabel}
      />
    );
  }
  if (!canDecide)
    return state.message ? <FormStatus state={state} values={{ changed: state.changed ?? 0, skipped: state.skipped ?? 0 }} /> : null;
  return (
    <section aria-label={t("nominations.review.accept")}>
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
    </section>
  );
}
