"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/validation/common";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

/** Marks or unmarks one candidate as 考察对象 for one vacancy. */
export function ShortlistButton({
  action,
  vacancyId,
  candidateId,
  on,
  name,
}: {
  action: Action;
  vacancyId: string;
  candidateId: string;
  on: boolean;
  name: string;
}) {
  const t = useTranslations("nominations.review");
  const tAll = useTranslations();
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="vacancyId" value={vacancyId} />
      <input type="hidden" name="candidateId" value={candidateId} />
      <input type="hidden" name="on" value={on ? "0" : "1"} />
      {on && (
        <span className="whitespace-nowrap rounded border border-green-300 bg-green-100 px-2 py-0.5 text-sm font-medium text-green-900">
          {t("shortlisted")}
        </span>
      )}
      <button
        type="submit"
        disabled={pending}
        className={`${on ? "link text-sm" : "btn-secondary min-h-9 px-3 py-1 text-sm"} whitespace-nowrap`}
        aria-label={`${on ? t("shortlistRemove") : t("shortlistAdd")}：${name}`}
      >
        {on ? t("shortlistRemove") : t("shortlistAdd")}
      </button>
      {state.message && !state.ok && (
        <span role="alert" className="text-sm text-brand-700">
          {tAll(state.message, state.messageValues)}
        </span>
      )}
    </form>
  );
}
