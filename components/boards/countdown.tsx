"use client";
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";

/**
 * "还剩 3 天 5 小时" until an instant, updated every 30 s. The server renders the same text
 * for the time of the request, so the page reads correctly without JavaScript.
 */
export function Countdown({ until, mode, initialNow }: { until: string; mode: "opens" | "closes"; initialNow: number }) {
  const t = useTranslations("vacancy.countdown");
  const [now, setNow] = useState(initialNow);
  useEffect(() => {
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const ms = new Date(until).getTime() - now;
  if (ms <= 0) return <span>{t(mode === "opens" ? "started" : "ended")}</span>;
  const minutes = Math.floor(ms / 60_000);
  const [days, hours, mins] = [Math.floor(minutes / 1440), Math.floor((minutes % 1440) / 60), minutes % 60];
  const key = days > 0 ? "days" : hours > 0 ? "hours" : "minutes";
  return (
    <span suppressHydrationWarning>
      {t(`${mode}.${key}`, { days, hours, minutes: Math.max(1, mins) })}
    </span>
  );
}
