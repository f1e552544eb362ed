import { getFormatter, getTranslations } from "next-intl/server";
import { displayStatus, isWindowOpen } from "@/lib/state/vacancy";
import { Countdown } from "./countdown";
import { INSTANT } from "./formats";

/** The nomination window (Beijing time) and where it stands now: not yet open, open with a countdown, or closed. */
export async function VacancyWindow({ v, now, compact = false }: { v: { status: string; opensAt: Date; closesAt: Date }; now: Date; compact?: boolean }) {
  const [t, format] = await Promise.all([getTranslations("vacancy"), getFormatter()]);
  const range = t("windowRange", { opens: format.dateTime(v.opensAt, INSTANT), closes: format.dateTime(v.closesAt, INSTANT) });
  const open = isWindowOpen(v, now);
  const notYet = v.status === "PUBLISHED" && now < v.opensAt;
  const shown = displayStatus(v, now);
  return (
    <div className={compact ? "text-sm" : ""}>
      <p>
        {!compact && <span className="text-muted">{t("fields.window")}：</span>}
        {range}
      </p>
      {open && (
        <p className="font-medium text-green-800">
          <Countdown until={v.closesAt.toISOString()} mode="closes" initialNow={now.getTime()} />
        </p>
      )}
      {notYet && (
        <p className="font-medium text-sky-800">
          <Countdown until={v.opensAt.toISOString()} mode="opens" initialNow={now.getTime()} />
        </p>
      )}
      {!open && !notYet && shown !== "CANCELLED" && <p className="text-muted">{t("windowClosed")}</p>}
    </div>
  );
}
