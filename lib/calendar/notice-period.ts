// The state a reader sees for a notice with a period (a 任职前公示): before its first day
// 未开始, from the first to the last day (Beijing dates, both included) 公示中, then 已结束.
import { formatDay, shanghaiToday } from "./dates";
import { now as clockNow } from "./clock";

export type PeriodState = "UPCOMING" | "ACTIVE" | "ENDED";

/** The shortest 任职前公示 the rules allow, in working days. */
export const MIN_NOTICE_WORKING_DAYS = 5;

export function periodState(p: { startsOn: Date; endsOn: Date }, now: Date = clockNow()): PeriodState {
  const today = shanghaiToday(now);
  if (today < formatDay(p.startsOn)) return "UPCOMING";
  if (today > formatDay(p.endsOn)) return "ENDED";
  return "ACTIVE";
}
