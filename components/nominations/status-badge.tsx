import { getTranslations } from "next-intl/server";
import { STATUS_TONES as TONES } from "./status-tones";

/** 已提交 / 已受理 / 未采纳 / 已撤回 / 已过期 / 已作废. */
export async function NominationStatusBadge({ status }: { status: string }) {
  const t = await getTranslations("nominations.status");
  return (
    <span className={`badge ${TONES[status] ?? TONES.WITHDRAWN}`} data-status={status}>
      {t.has(status) ? t(status) : status}
    </span>
  );
}
