"use client";
// The registration queue: one line per registration (a card that wraps at 390 px, never a
// table wider than the phone), each with how long it has waited and the 已超时 mark, and the
// bulk decisions over the ticked ones: 批量通过, or 批量退回 with one reason for all.
import { IntentLink as Link } from "@/components/ui/intent-link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { StatusBadge } from "@/components/ui/status-badge";
import { FormStatus } from "@/components/ui/field";
import { useSelection } from "@/components/ui/use-selection";
import type { ActionState } from "@/lib/validation/common";

type State = ActionState & { count?: number };
type Action = (s: State, f: FormData) => Promise<State>;

export interface QueueLine {
  id: string;
  name: string;
  status: string;
  statusLabel: string;
  /** "3309**********1234 · 单位 职务" */
  details: string;
  submitted: string;
  /** "已等待 3 个工作日", for pending ones. */
  waited: string | null;
  overdue: boolean;
  selectable: boolean;
}

export function RegistrationQueueForm({
  approve,
  reject,
  lines,
  overdueLabel,
}: {
  approve: Action;
  reject: Action;
  lines: QueueLine[];
  overdueLabel: string;
}) {
  const t = useTranslations();
  const [approved, approveAction, approving] = useActionState(approve, {});
  const [rejected, rejectAction, rejecting] = useActionState(reject, {});
  const selectable = lines.filter((l) => l.selectable).map((l) => l.id);
  const { allOn, isSelected, toggle, toggleAll } = useSelection(selectable);
  const count = selectable.filter(isSelected).length;
  const pending = approving || rejecting;
  return (
    <form action={approveAction} className="space-y-3" noValidate>
      <FormStatus state={approved} values={{ count: approved.count ?? 0 }} />
      <FormStatus state={rejected} values={{ count: rejected.count ?? 0 }} />
      {selectable.length > 0 && (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={allOn} onChange={toggleAll} className="h-5 w-5" />
          {t("admin.selectAll")}
        </label>
      )}
      <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white" data-testid="registration-queue">
        {lines.map((l) => (
          <li key={l.id} className="flex min-w-0 gap-3 px-3 py-3" data-testid="queue-line">
            <div className="w-6 shrink-0 pt-0.5">
              {l.selectable && (
                <input
                  type="checkbox"
                  name="ids"
                  value={l.id}
                  checked={isSelected(l.id)}
                  onChange={() => toggle(l.id)}
                  aria-label={t("admin.selectRow", { name: l.name })}
                  className="h-5 w-5"
                />
              )}
            </div>
            <div className="min-w-0 flex-1 space-y-1">
              <div className="flex flex-wrap items-center gap-2">
                <Link href={`/admin/registrations/${l.id}`} className="link font-medium">
                  {l.name}
                </Link>
                <StatusBadge status={l.status} label={l.statusLabel} />
                {l.overdue && (
                  <span className="rounded border border-red-300 bg-red-50 px-1.5 text-sm font-semibold text-red-800">{overdueLabel}</span>
                )}
              </div>
              <p className="text-sm break-words text-muted">{l.details}</p>
              <p className="text-sm text-muted">
                {l.submitted}
                {l.waited && (
                  <>
                    {" "}
                    · <span className={l.overdue ? "font-semibold text-red-800" : undefined}>{l.waited}</span>
                  </>
                )}
              </p>
            </div>
          </li>
        ))}
      </ul>
      {selectable.length > 0 && (
        <div className="grid gap-3 md:grid-cols-[auto_1fr_auto] md:items-end">
          <button type="submit" className="btn-primary" disabled={pending || count === 0}>
            {t("admin.bulkApprove")}（{count}）
          </button>
          <label className="block space-y-1">
            <span className="block font-medium">{t("consoleQueue.bulkRejectReason")}</span>
            <textarea
              name="reason"
              rows={2}
              maxLength={500}
              className="input"
              aria-invalid={!!rejected.errors?.reason?.length}
              defaultValue={rejected.values?.reason}
            />
            {rejected.errors?.reason?.length ? (
              <span className="block text-sm font-medium text-brand-700">{rejected.errors.reason.map((m) => t(m)).join("；")}</span>
            ) : null}
          </label>
          <button type="submit" formAction={rejectAction} className="btn-danger" disabled={pending || count === 0}>
            {t("consoleQueue.bulkReject")}（{count}）
          </button>
        </div>
      )}
    </form>
  );
}
