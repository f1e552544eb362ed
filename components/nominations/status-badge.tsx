import { getTranslations } from "next-intl/server";

const TONES: Record<string, string> = {
  SUBMITTED: "bg-sky-100 text-sky-900 border-sky-300",
  ACCEPTED: "bg-green-100 text-green-900 border-green-300",
  REJECTED: "bg-red-100 text-red-900 border-red-300",
  WITHDRAWN: "bg-stone-100 text-stone-800 border-stone-300",
  EXPIRED: "bg-stone-200 text-stone-800 border-stone-400",
  VOID: "bg-stone-200 text-stone-800 border-stone-400",
};

/** 已提交 / 已受理 / 未采纳 / 已撤回 / 已过期 / 已作废. */
export async function NominationStatusBadge({ status }: { status: string }) {
  const t = await getTranslations("nominations.status");
  return (
    <span
      className={`inline-block whitespace-nowrap rounded border px-2 py-0.5 text-sm font-medium ${TONES[status] ?? TONES.WITHDRAWN}`}
      data-status={status}
    >
      {t.has(status) ? t(status) : status}
    </span>
  );
}
