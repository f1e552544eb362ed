import { isWindowOpen, vacancyStage } from "@/lib/state/vacancy";
import { Countdown, type CountdownWords } from "./countdown";
import { countdownParts } from "./countdown-parts";
import { INSTANT } from "@/lib/calendar/dates";

import type { F, T } from "./i18n-types";
type Window = { status: string; opensAt: Date; closesAt: Date };

export interface WindowTexts {
  range: string;
  /** "距推荐截止还有…", "距推荐开始还有…", "推荐已截止。" or nothing (cancelled). */
  state: string | null;
  tone: "open" | "soon" | "closed";
  live: { until: string; mode: "opens" | "closes" } | null;
}

/** The window in words for `now`: computed once per card, without a component of its own. */
export function windowTexts(t: T, format: F, v: Window, now: Date): WindowTexts {
  const range = t("vacancy.windowRange", { opens: format.dateTime(v.opensAt, INSTANT), closes: format.dateTime(v.closesAt, INSTANT) });
  const status = vacancyStage(v, now);
  const left = (until: Date, mode: "opens" | "closes") => {
    const p = countdownParts(until.getTime() - now.getTime());
    return p
      ? t(`vacancy.countdown.${mode}.${p.key}`, { days: p.days, hours: p.hours, minutes: p.minutes })
      : t(`vacancy.countdown.${mode === "opens" ? "started" : "ended"}`);
  };
  if (isWindowOpen(v, now))
    return { range, state: left(v.closesAt, "closes"), tone: "open", live: { until: v.closesAt.toISOString(), mode: "closes" } };
  if (status === "NOT_YET")
    return { range, state: left(v.opensAt, "opens"), tone: "soon", live: { until: v.opensAt.toISOString(), mode: "opens" } };
  // A draft's window means nothing yet; a cancelled vacancy says so in its badge.
  return { range, state: status === "CANCELLED" || status === "DRAFT" ? null : t("vacancy.windowClosed"), tone: "closed", live: null };
}

const TONE = { open: "font-medium text-green-800", soon: "font-medium text-sky-800", closed: "text-muted" } as const;

// The live countdown's words as templates: each message formatted with its placeholders as
// values gives the message back with "{days}" etc. in place, which the browser fills in.
const SLOTS = { days: "{days}", hours: "{hours}", minutes: "{minutes}" };
function countdownWords(t: T, mode: "opens" | "closes"): CountdownWords {
  return {
    days: t(`vacancy.countdown.${mode}.days`, SLOTS),
    hours: t(`vacancy.countdown.${mode}.hours`, SLOTS),
    minutes: t(`vacancy.countdown.${mode}.minutes`, SLOTS),
    done: t(`vacancy.countdown.${mode === "opens" ? "started" : "ended"}`),
  };
}

/** The window as a block; on a detail page (`live`) the countdown ticks in the browser. */
export function VacancyWindow({ t, format, v, now, live = false }: { t: T; format: F; v: Window; now: Date; live?: boolean }) {
  const w = windowTexts(t, format, v, now);
  return (
    <div>
      <p>
        <span className="text-muted">{t("vacancy.fields.window")}：</span>
        {w.range}
      </p>
      {w.state && (
        <p className={TONE[w.tone]}>
          {live && w.live ? <Countdown until={w.live.until} words={countdownWords(t, w.live.mode)} initialNow={now.getTime()} /> : w.state}
        </p>
      )}
    </div>
  );
}

/** The compact two lines of a list item. */
export function WindowLines({ w }: { w: WindowTexts }) {
  return (
    <div className="text-sm">
      <p>{w.range}</p>
      {w.state && <p className={TONE[w.tone]}>{w.state}</p>}
    </div>
  );
}
