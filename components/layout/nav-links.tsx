"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

// Client only for the current-page highlight (aria-current).
export function NavLinks({ items }: { items: { href: string; label: string }[] }) {
  const pathname = usePathname();
  return (
    // Phones: two rows of three, so every section is visible without scrolling.
    <ul className="mx-auto grid max-w-6xl grid-cols-3 px-1 text-center text-sm whitespace-nowrap sm:flex sm:gap-1 sm:px-2 sm:text-left sm:text-[15px]">
      {items.map((item) => {
        const current = pathname === item.href || pathname.startsWith(item.href + "/");
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={current ? "page" : undefined}
              className={`block px-1 py-2.5 hover:bg-brand-600 sm:px-3 ${current ? "bg-brand-600 font-semibold" : ""}`}
            >
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
