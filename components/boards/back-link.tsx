import Link from "next/link";

export function BackLink({ href, label }: { href: string; label: string }) {
  return (
    <p>
      <Link href={href} className="link">
        ← {label}
      </Link>
    </p>
  );
}
