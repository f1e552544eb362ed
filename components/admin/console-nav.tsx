import { IntentLink as Link } from "@/components/ui/intent-link";

export interface ConsoleNavLink {
  href: string;
  label: string;
  /** A badge (open cases); `countText` says it to screen readers. */
  count?: number | null;
  countText?: string;
}

/**
 * The console's menu. On a phone its 17 links would fill the whole first screen before the page,
 * so they sit in a <details> that is closed there ("菜单" opens it: a native disclosure, keyboard-
 * and screen-reader-friendly, no script). From the md breakpoint on, the menu is always open and
 * its summary hidden (.console-menu in app/globals.css shows a closed <details>'s content through
 * ::details-content); a browser without ::details-content keeps the working 菜单 button instead.
 */
export function ConsoleNav({ title, menu, links }: { title: string; menu: string; links: ConsoleNavLink[] }) {
  return (
    <nav aria-label={title} className="md:self-start">
      <details className="console-menu group">
        <summary className="inline-flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-md border border-stone-300 bg-white px-4 font-medium hover:bg-stone-100 [&::-webkit-details-marker]:hidden">
          <span aria-hidden="true">☰</span>
          {menu}
          <span aria-hidden="true" className="inline-block text-sm text-muted transition-transform group-open:rotate-180">
            ▾
          </span>
        </summary>
        <p className="mb-2 hidden text-sm font-semibold text-muted md:block">{title}</p>
        <ul className="mt-2 flex flex-wrap gap-2 md:mt-0 md:flex-col md:gap-1">
          {links.map((l) => (
            <li key={l.href}>
              <Link href={l.href} className="block rounded px-3 py-2 hover:bg-stone-200">
                {l.label}
                {l.count ? (
                  <span className="ml-2 rounded-full bg-brand-700 px-2 py-0.5 text-xs font-semibold text-white">
                    <span aria-hidden="true">{l.count}</span>
                    <span className="sr-only">{l.countText}</span>
                  </span>
                ) : null}
              </Link>
            </li>
          ))}
        </ul>
      </details>
    </nav>
  );
}
