// The notices board's list, shared by its cached page (no query) and its per-request
// "filter" twin (see lib/routing/locale-path.ts).
import Link from "next/link";
import type { Metadata } from "next";
// Process-wide translator and formatter (see board-i18n.ts): same words, compiled once.
import { getBoardFormatter as getFormatter, getBoardTranslations as getTranslations } from "@/components/boards/board-i18n";
import { board } from "@/lib/data/public-cache";
import { NOTICE_STATES } from "@/lib/data/notices";
import { NOTICE_KINDS } from "@/lib/validation/board-values";
import { Pagination } from "@/components/ui/pagination";
import { FilterForm } from "@/components/boards/filter-form";
import { FeedLinks, feedAlternates } from "@/components/boards/feed-links";
import { PageTitle } from "@/components/boards/page-title";
import { EmptyState } from "@/components/boards/empty-state";
import { BoardBadge } from "@/components/boards/board-badge";
import { NoticePeriod } from "@/components/boards/notice-period";
import { DAY_OF_INSTANT } from "@/lib/calendar/dates";
import { now as clockNow } from "@/lib/calendar/clock";

export async function noticeListMetadata(): Promise<Metadata> {
  const t = await getTranslations("notice");
  return { title: t("title"), description: t("lead"), alternates: feedAlternates("notices", t("title")) };
}

export async function NoticeList({ search: p }: { search: Record<string, string | undefined> }) {
  const kind = (NOTICE_KINDS as readonly string[]).includes(p.kind ?? "") ? p.kind : undefined;
  const state = (NOTICE_STATES as readonly string[]).includes(p.state ?? "") ? p.state : undefined;
  const filters = { kind, state, q: p.q?.slice(0, 50) || undefined, page: Number(p.page) || 1 };
  const [t, format, list] = await Promise.all([getTranslations(), getFormatter(), board.noticeList(filters)]);
  const now = clockNow();
  return (
    <div className="space-y-5">
      <PageTitle title={t("notice.title")} lead={t("notice.lead")}>
        <FeedLinks t={t} board="notices" />
      </PageTitle>
      <FilterForm
        t={t}
        action="/notices"
        q={filters.q}
        searchLabel={t("notice.searchLabel")}
        selects={[
          {
            name: "kind",
            label: t("notice.fields.kind"),
            value: kind,
            options: NOTICE_KINDS.map((k) => ({ value: k, label: t(`notice.kind.${k}`) })),
          },
          {
            name: "state",
            label: t("notice.fields.state"),
            value: state,
            options: NOTICE_STATES.map((s) => ({ value: s, label: t(`notice.state.${s}`) })),
          },
        ]}
      />
      <p className="text-sm text-muted" role="status">
        {t("common.total", { count: list.total })}
      </p>
      {list.rows.length === 0 ? (
        <EmptyState text={t("notice.empty")} />
      ) : (
        <ul className="space-y-3">
          {list.rows.map((n) => (
            <li key={n.id} className="card">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <h2 className="text-lg">
                  <Link href={`/notices/${n.id}`} className="link">
                    {n.title}
                  </Link>
                </h2>
                <BoardBadge tone={n.kind === "PRE_APPOINTMENT" ? "NOTICE" : "PUBLISHED"} label={t(`notice.kind.${n.kind}`)} />
              </div>
              <div className="mt-1 text-sm text-muted">
                {n.startsOn && n.endsOn ? (
                  <NoticePeriod t={t} format={format} n={{ startsOn: n.startsOn, endsOn: n.endsOn }} now={now} />
                ) : null}
                {n.publishedAt && <p>{t("notice.publishedOn", { date: format.dateTime(n.publishedAt, DAY_OF_INSTANT) })}</p>}
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} basePath="/notices" params={{ kind, state, q: filters.q }} />
    </div>
  );
}
