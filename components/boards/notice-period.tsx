import type { F, T } from "./i18n-types";
import { periodState } from "@/lib/calendar/notice-period";
import { BoardBadge } from "./board-badge";
import { DAY } from "@/lib/calendar/dates";

/** "公示期：… 至 …" with its state badge. */
export function NoticePeriod({
  t,
  format,
  n,
  now,
  workingDays,
}: {
  t: T;
  format: F;
  n: { startsOn: Date; endsOn: Date };
  now: Date;
  workingDays?: number | null;
}) {
  const state = periodState(n, now);
  return (
    <p className="flex flex-wrap items-center gap-2">
      <BoardBadge tone={state} label={t(`notice.state.${state}`)} />
      <span>
        {t("notice.periodRange", { from: format.dateTime(n.startsOn, DAY), to: format.dateTime(n.endsOn, DAY) })}
        {workingDays ? t("notice.workingDaysSuffix", { count: workingDays }) : ""}
      </span>
    </p>
  );
}
