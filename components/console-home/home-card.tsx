import { IntentLink as Link } from "@/components/ui/intent-link";

// The console home's cards: a titled box whose title links to the page where the work is
// done, lines that link to one item each, and the 已超时 mark (said in words, not colour alone).

export function HomeCard({ id, title, href, children }: { id: string; title: string; href: string; children: React.ReactNode }) {
  return (
    <section className="card min-w-0 space-y-2" aria-labelledby={`${id}-title`} data-testid={id}>
      <h2 id={`${id}-title`} className="text-lg">
        <Link href={href} className="link">
          {title}
        </Link>
      </h2>
      {children}
    </section>
  );
}

export function HomeLine({ href, title, children }: { href: string; title: string; children: React.ReactNode }) {
  return (
    <li className="min-w-0 py-2">
      <Link href={href} className="link font-medium break-words">
        {title}
      </Link>
      <div className="text-sm text-muted">{children}</div>
    </li>
  );
}

export function OverdueMark({ label }: { label: string }) {
  return (
    <span className="ml-2 inline-block rounded border border-red-300 bg-red-50 px-1.5 text-sm font-semibold text-red-800">{label}</span>
  );
}
