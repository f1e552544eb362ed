"use client";

import Link from "next/link";
import { useState, type ComponentProps } from "react";

/**
 * A link that prefetches its page only when the person shows intent: the pointer over it, keyboard
 * focus on it, or a finger on it. A console page lists dozens of links to pages rendered per
 * request (queues, records, menus); Next's default prefetches each one as it scrolls into view, so
 * one page view cost about 40 server renders nobody asked for. Use it for links to pages rendered
 * per request (console and account); links to the cached public boards may keep next/link.
 */
export function IntentLink({ onMouseEnter, onFocus, onTouchStart, prefetch, ...props }: ComponentProps<typeof Link>) {
  const [intent, setIntent] = useState(false);
  return (
    <Link
      {...props}
      // null is Next's default ("auto") once the person shows intent; false until then.
      prefetch={prefetch === false ? false : intent ? (prefetch ?? null) : false}
      onMouseEnter={(e) => {
        setIntent(true);
        onMouseEnter?.(e);
      }}
      onFocus={(e) => {
        setIntent(true);
        onFocus?.(e);
      }}
      onTouchStart={(e) => {
        setIntent(true);
        onTouchStart?.(e);
      }}
    />
  );
}
