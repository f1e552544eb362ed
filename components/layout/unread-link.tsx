"use client";
import { IntentLink as Link } from "@/components/ui/intent-link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { UNREAD_EVENT } from "@/components/inbox/unread-events";

/**
 * The header's 消息 entry with the unread count. The header is cached for everyone, so the
 * count comes from the browser: one small request per page (GET /api/me/unread, never cached),
 * and the inbox page tells it directly when messages are read. No polling.
 */
export function UnreadLink({ label, unreadLabel }: { label: string; unreadLabel: string }) {
  const pathname = usePathname();
  const [count, setCount] = useState<number | null>(null);

  useEffect(() => {
    const ctrl = new AbortController();
    fetch("/api/me/unread", { cache: "no-store", credentials: "same-origin", signal: ctrl.signal })
      .then((r) => (r.ok ? r.json() : null))
      .then((d: { unread?: unknown } | null) => {
        if (typeof d?.unread === "number") setCount(d.unread);
      })
      .catch(() => undefined);
    return () => ctrl.abort();
  }, [pathname]);

  useEffect(() => {
    const onChange = (e: Event) => {
      const n = (e as CustomEvent<unknown>).detail;
      if (typeof n === "number") setCount(n);
    };
    window.addEventListener(UNREAD_EVENT, onChange);
    return () => window.removeEventListener(UNREAD_EVENT, onChange);
  }, []);

  const unread = count ?? 0;
  return (
    <Link
      href="/account/messages"
      className="inline-flex items-center gap-1 underline-offset-4 hover:underline"
      aria-label={unread > 0 ? unreadLabel.replace("{count}", String(unread)) : undefined}
      data-testid="header-messages"
    >
      {label}
      {unread > 0 && (
        <span
          aria-hidden="true"
          className="inline-flex h-5 min-w-5 items-center justify-center rounded-full bg-white px-1.5 text-xs leading-none font-bold text-brand-700"
        >
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Link>
  );
}
