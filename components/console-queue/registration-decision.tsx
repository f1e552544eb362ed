"use client";
// 通过 / 不通过 on a registration's page. Rendered at the same place whether or not a decision
// is still open, so that after one it stays mounted (the page re-renders without the buttons)
// and says what happened, by name, with "下一条" to the next registration waiting.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/ui/field";
import type { ActionState } from "@/lib/validation/common";
import { DecidedBanner } from "./decided-banner";

type Action = (s: ActionState, f: FormData) => Promise<ActionState>;

export function RegistrationDecision({
  approve,
  reject,
  id,
  name,
  canApprove,
  canReject,
}: {
  approve: Action;
  reject: Action;
  id: string;
  name: string;
  canApprove: boolean;
  canReject: boolean;
}) {
  const t = useTranslations();
  const [approved, approveAction, approving] = useActionState(approve, {});
  const [rejected, rejectAction, rejecting] = useActionState(reject, {});
  const done = approved.ok ? "consoleQueue.approvedNamed" : rejected.ok ? "consoleQueue.rejectedNamed" : null;
  if (done) {
    return (
      <DecidedBanner
        message={t(done, { name })}
        nextHref={`/admin/registrations/next?after=${encodeURIComponent(id)}`}
        nextLabel={t("consoleQueue.next")}
        backHref="/admin/registrations"
        backLabel={t("consoleQueue.backToQueue")}
      />
    );
  }
  if (!canApprove && !canReject) return null;
  const pending = approving || rejecting;
  return (
    <section className="grid gap-4 md:grid-cols-2" aria-label={t("admin.registrations")}>
      {canApprove && (
        <form action={approveAction} className="card space-y-3" noValidate>
          <input type="hidden" name="id" value={id} />
          <button type="submit" className="btn-primary" disabled={pending}>
            {pending ? t("common.submitting") : t("admin.approve")}
          </button>
          <FormStatus state={approved} />
        </form>
      )}
      {canReject && (
        <form action={rejectAction} className="card space-y-3" noValidate>
          <input type="hidden" name="id" value={id} />
          <label className="block font-medium">
            {t("admin.rejectReason")}
            <textarea
              name="reason"
              rows={2}
              maxLength={500}
              required
              aria-invalid={!!rejected.errors?.reason?.length}
              className="input mt-1"
              defaultValue={rejected.values?.reason}
            />
          </label>
          {rejected.errors?.reason?.length ? (
            <p className="text-sm font-medium text-brand-700">{rejected.errors.reason.map((e) => t(e)).join("；")}</p>
          ) : null}
          <button type="submit" className="btn-danger" disabled={pending}>
            {pending ? t("common.submitting") : t("admin.reject")}
          </button>
          <FormStatus state={rejected} />
        </form>
      )}
    </section>
  );
}
