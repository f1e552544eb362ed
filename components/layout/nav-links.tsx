"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

// Client only for the current-page highlight (aria-current).
export function NavLinks({ items }: { items: { href: string; label: string }[] }) {
  const pathname = usePathname();
  return (
    <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2 text-[15px] whitespace-nowrap">
      {items.map((item) => {
        const current = pathname === item.href || pathname.startsWith(item.href + "/");
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={current ? "page" : undefined}
              className={`block px-3 py-2.5 hover:bg-brand-600 ${current ? "bg-brand-600 font-semibold" : ""}`}
            >
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
