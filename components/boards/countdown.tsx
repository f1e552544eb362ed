"use client";
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { countdownParts } from "./countdown-parts";

/**
 * "还剩 3 天 5 小时" until an instant, updated every 30 s. The server renders the same text
 * for the time of the request, so the page reads correctly without JavaScript.
 */
export function Countdown({ until, mode, initialNow }: { until: string; mode: "opens" | "closes"; initialNow: number }) {
  const t = useTranslations("vacancy.countdown");
  const [now, setNow] = useState(initialNow);
  // The page was rendered for this request, so the server's clock is right for the first paint.
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const p = countdownParts(new Date(until).getTime() - now);
  if (!p) return <span>{t(mode === "opens" ? "started" : "ended")}</span>;
  return <span suppressHydrationWarning>{t(`${mode}.${p.key}`, { days: p.days, hours: p.hours, minutes: p.minutes })}</span>;
}
