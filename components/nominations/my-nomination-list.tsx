"use client";
import { useActionState, useId, useState } from "react";
import { useTranslations } from "next-intl";
import { IntentLink as Link } from "@/components/ui/intent-link";
import type { ActionState } from "@/lib/validation/common";
import { STATUS_TONES } from "./status-tones";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

/** One of the nominator's nominations, as 我的推荐 lists it (dates and target already in words). */
export interface MyNominationItem {
  id: string;
  receiptNo: string;
  name: string;
  isSelf: boolean;
  kind: string;
  status: string;
  target: string;
  submittedAt: string;
  expiresAt: string | null;
  canWithdraw: boolean;
}

/**
 * The list of 我的推荐. A client component given the items as plain data: the page's payload
 * carries each item once as data instead of as a tree of elements (and a status badge of its
 * own per item). The 撤回 buttons share one form (each posts its nomination's id as the button's
 * name and value, through the `form` attribute) instead of a form with its own action state and
 * hidden action fields per item; as before, the choice is confirmed first and the result is
 * announced where the button was.
 */
export function MyNominationList({ items, action, label }: { items: MyNominationItem[]; action: Action; label: string }) {
  const t = useTranslations("nominations");
  const tAll = useTranslations();
  const formId = useId();
  const [state, formAction, pending] = useActionState(action, {});
  // The nomination whose 撤回 was pressed last: the result shows there.
  const [last, setLast] = useState<string | null>(null);
  return (
    <>
      <form id={formId} action={formAction} hidden />
      <ul className="space-y-3" aria-label={label}>
        {items.map((n) => (
          <li key={n.id} className="card space-y-2" data-testid="my-nomination" data-receipt={n.receiptNo}>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <p className="flex flex-wrap items-center gap-2">
                <span className="font-semibold">{n.name}</span>
                {n.isSelf && <span className="rounded bg-amber-100 px-2 text-sm text-amber-900">{t("mine.selfTag")}</span>}
                <span className="text-sm text-muted">{t(`kindShort.${n.kind}`)}</span>
              </p>
              <span className={`badge ${STATUS_TONES[n.status] ?? STATUS_TONES.WITHDRAWN}`} data-status={n.status}>
                {t.has(`status.${n.status}`) ? t(`status.${n.status}`) : n.status}
              </span>
            </div>
            <dl className="grid gap-x-4 gap-y-0.5 text-sm sm:grid-cols-[6rem_1fr]">
              <dt className="text-muted">{t("mine.target")}</dt>
              <dd>{n.target}</dd>
              <dt className="text-muted">{t("mine.receiptNo")}</dt>
              <dd className="font-mono">{n.receiptNo}</dd>
              <dt className="text-muted">{t("mine.submittedAt")}</dt>
              <dd>{n.submittedAt}</dd>
              {n.expiresAt && (
                <>
                  <dt className="text-muted">{t("mine.expiresAt")}</dt>
                  <dd>{n.expiresAt}</dd>
                </>
              )}
            </dl>
            <div className="flex flex-wrap items-center gap-3">
              <Link href={`/account/nominations/${n.id}`} className="link">
                {t("mine.detail")}
              </Link>
              {n.canWithdraw &&
                (last === n.id && state.ok ? (
                  <p role="status" className="text-sm text-green-900">
                    {tAll(state.message ?? "nominations.mine.withdrawn", state.messageValues)}
                  </p>
                ) : (
                  <div>
                    <button
                      type="submit"
                      form={formId}
                      name="id"
                      value={n.id}
                      className="btn-danger min-h-9 px-3 py-1 text-sm"
                      disabled={pending && last === n.id}
                      aria-label={`${t("mine.withdraw")} ${n.receiptNo}`}
                      onClick={(e) => {
                        if (!window.confirm(t("mine.withdrawConfirm"))) e.preventDefault();
                        else setLast(n.id);
                      }}
                    >
                      {pending && last === n.id ? tAll("common.submitting") : t("mine.withdraw")}
                    </button>
                    {last === n.id && state.message && !state.ok && (
                      <p role="alert" className="mt-1 text-sm font-medium text-brand-700">
                        {tAll(state.message, state.messageValues)}
                      </p>
                    )}
                  </div>
                ))}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
