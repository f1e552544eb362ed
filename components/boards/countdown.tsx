"use client";
import { useEffect, useState } from "react";
import { countdownParts } from "./countdown-parts";

/** The countdown's words for one mode, from the catalog (vacancy.countdown), with {days} {hours} {minutes} left in. */
export interface CountdownWords {
  days: string;
  hours: string;
  minutes: string;
  /** "推荐已开始，请刷新页面。" or "推荐已截止。" */
  done: string;
}

const fill = (template: string, values: Record<string, number | string>) =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));

/**
 * "还剩 3 天 5 小时" until an instant, updated every 30 s. The server renders the same text
 * for the time of the request, so the page reads correctly without JavaScript. Its words come
 * as props from the server: public pages load no translation library in the browser.
 */
export function Countdown({ until, words, initialNow }: { until: string; words: CountdownWords; initialNow: number }) {
  const [now, setNow] = useState(initialNow);
  // The page was rendered for this request, so the server's clock is right for the first paint.
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const p = countdownParts(new Date(until).getTime() - now);
  if (!p) return <span>{words.done}</span>;
  return <span suppressHydrationWarning>{fill(words[p.key], p)}</span>;
}
