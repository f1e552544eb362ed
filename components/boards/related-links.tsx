import Link from "next/link";
import { DAY } from "@/lib/calendar/dates";
import type { F, T } from "./i18n-types";

export interface RelatedLink {
  key: string;
  href: string;
  label: string;
}

/** The 相关信息 box of a detail page: the vacancy, notices and decisions linked to it. */
export function RelatedLinks({ t, links }: { t: T; links: RelatedLink[] }) {
  if (links.length === 0) return null;
  return (
    <section className="card space-y-2" aria-labelledby="related-title">
      <h2 id="related-title" className="text-xl">
        {t("boards.related")}
      </h2>
      <ul className="list-disc space-y-1 pl-6">
        {links.map((l) => (
          <li key={l.key}>
            <Link href={l.href} className="link">
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

export const appointmentLink = (t: T, format: F, a: { id: string; kind: string; personName: string; decidedOn: Date }): RelatedLink => ({
  key: a.id,
  href: `/appointments/${a.id}`,
  label: `${t(`appointment.kind.${a.kind}`)}：${a.personName}（${format.dateTime(a.decidedOn, DAY)}）`,
});
