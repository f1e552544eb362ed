// The appointments board's list, shared by its cached page (no query) and its per-request
// "filter" twin (see lib/routing/locale-path.ts).
import Link from "next/link";
import type { Metadata } from "next";
// Process-wide translator and formatter (see board-i18n.ts): same words, compiled once.
import { getBoardFormatter as getFormatter, getBoardTranslations as getTranslations } from "@/components/boards/board-i18n";
import { board } from "@/lib/data/public-cache";
import { APPOINTMENT_KINDS } from "@/lib/validation/board-values";
import { Pagination } from "@/components/ui/pagination";
import { FilterForm } from "@/components/boards/filter-form";
import { FeedLinks, feedAlternates } from "@/components/boards/feed-links";
import { PageTitle } from "@/components/boards/page-title";
import { EmptyState } from "@/components/boards/empty-state";
import { BoardBadge } from "@/components/boards/board-badge";
import { DAY } from "@/lib/calendar/dates";

export async function appointmentListMetadata(): Promise<Metadata> {
  const t = await getTranslations("appointment");
  return { title: t("title"), description: t("lead"), alternates: feedAlternates("appointments", t("title")) };
}

export async function AppointmentList({ search: p }: { search: Record<string, string | undefined> }) {
  const kind = (APPOINTMENT_KINDS as readonly string[]).includes(p.kind ?? "") ? p.kind : undefined;
  const filters = { kind, q: p.q?.slice(0, 50) || undefined, page: Number(p.page) || 1 };
  const [t, format, list] = await Promise.all([getTranslations(), getFormatter(), board.appointmentList(filters)]);
  return (
    <div className="space-y-5">
      <PageTitle title={t("appointment.title")} lead={t("appointment.lead")}>
        <FeedLinks t={t} board="appointments" />
      </PageTitle>
      <FilterForm
        t={t}
        action="/appointments"
        q={filters.q}
        searchLabel={t("appointment.searchLabel")}
        selects={[
          {
            name: "kind",
            label: t("appointment.fields.kind"),
            value: kind,
            options: APPOINTMENT_KINDS.map((k) => ({ value: k, label: t(`appointment.kind.${k}`) })),
          },
        ]}
      />
      <p className="text-sm text-muted" role="status">
        {t("common.total", { count: list.total })}
      </p>
      {list.rows.length === 0 ? (
        <EmptyState text={t("appointment.empty")} />
      ) : (
        <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {list.rows.map((a) => (
            <li key={a.id} className="flex flex-wrap items-start gap-3 px-5 py-4">
              <BoardBadge tone={a.kind} label={t(`appointment.kind.${a.kind}`)} />
              <div className="min-w-0 flex-1">
                <h2 className="text-lg">
                  <Link href={`/appointments/${a.id}`} className="link">
                    {t(`appointment.sentence.${a.kind}`, { name: a.personName, post: a.post })}
                  </Link>
                </h2>
                <p className="text-sm text-muted">{[a.unit, a.docNumber, format.dateTime(a.decidedOn, DAY)].filter(Boolean).join(" · ")}</p>
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} basePath="/appointments" params={{ kind, q: filters.q }} />
    </div>
  );
}
