"use client";
import { useRouter } from "next/navigation";
import { useMemo, useRef, type MouseEvent, type SyntheticEvent } from "react";

/**
 * Client-side navigation and intent prefetch for the plain <a> links of a long table, handled once
 * on the table instead of by a link component per cell. The review page's tables hold 150 links;
 * as IntentLink (next/link underneath) each was a component with its own hooks and state, rendered
 * on the server on every request. Here they are plain anchors (they work as links before and
 * without script), and the table's handlers do what IntentLink did: prefetch a page when the
 * pointer, focus or a finger shows intent (Next's default prefetch), and navigate without a full
 * page load on a plain left click. A click with a modifier key, or on a link to another origin,
 * another target or a download, is left to the browser.
 */
export function useTableLinks() {
  const router = useRouter();
  const prefetched = useRef(new Set<string>());
  return useMemo(() => {
    const linkOf = (target: EventTarget | null): HTMLAnchorElement | null => {
      const a = target instanceof Element ? target.closest("a[href]") : null;
      if (!(a instanceof HTMLAnchorElement)) return null;
      if ((a.target && a.target !== "_self") || a.hasAttribute("download") || a.origin !== window.location.origin) return null;
      return a;
    };
    const path = (a: HTMLAnchorElement) => a.pathname + a.search + a.hash;
    const intent = (e: SyntheticEvent) => {
      const a = linkOf(e.target);
      if (!a || prefetched.current.has(path(a))) return;
      prefetched.current.add(path(a));
      router.prefetch(path(a));
    };
    return {
      onClick: (e: MouseEvent) => {
        if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        const a = linkOf(e.target);
        if (!a) return;
        e.preventDefault();
        router.push(path(a));
      },
      onMouseOver: intent,
      onFocus: intent,
      onTouchStart: intent,
    };
  }, [router]);
}
