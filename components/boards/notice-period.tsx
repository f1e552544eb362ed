import { getFormatter, getTranslations } from "next-intl/server";
import { periodState } from "@/lib/calendar/notice-period";
import { BoardBadge } from "./board-badge";
import { DAY } from "./formats";

/** "公示期：… 至 …" with its state badge. */
export async function NoticePeriod({
  n,
  now,
  workingDays,
}: {
  n: { startsOn: Date; endsOn: Date };
  now: Date;
  workingDays?: number | null;
}) {
  const [t, format] = await Promise.all([getTranslations("notice"), getFormatter()]);
  const state = periodState(n, now);
  return (
    <p className="flex flex-wrap items-center gap-2">
      <BoardBadge tone={state} label={t(`state.${state}`)} />
      <span>
        {t("periodRange", { from: format.dateTime(n.startsOn, DAY), to: format.dateTime(n.endsOn, DAY) })}
        {workingDays ? t("workingDaysSuffix", { count: workingDays }) : ""}
      </span>
    </p>
  );
}
