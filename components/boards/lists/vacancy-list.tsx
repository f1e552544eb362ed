// The vacancies board's list, shared by its cached page (no query) and its per-request
// "filter" twin (see lib/routing/locale-path.ts).
import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
// Process-wide translator and formatter (see board-i18n.ts): same words, compiled once.
import { getBoardFormatter as getFormatter, getBoardTranslations as getTranslations } from "@/components/boards/board-i18n";
import { board } from "@/lib/data/public-cache";
import { PUBLIC_VACANCY_FILTERS } from "@/lib/data/vacancies";
import { CADRE_LEVELS } from "@/lib/validation/qualifications";
import { Pagination } from "@/components/ui/pagination";
import { FilterForm } from "@/components/boards/filter-form";
import { FeedLinks, feedAlternates } from "@/components/boards/feed-links";
import { PageTitle } from "@/components/boards/page-title";
import { EmptyState } from "@/components/boards/empty-state";
import { VacancyCard, vacancyCardTexts } from "@/components/boards/vacancy-card";
import { now as clockNow } from "@/lib/calendar/clock";

export async function vacancyListMetadata(): Promise<Metadata> {
  const t = await getTranslations("vacancy");
  return { title: t("title"), description: t("lead"), alternates: feedAlternates("vacancies", t("title")) };
}

type Search = Record<string, string | undefined>;

export async function VacancyList({ search: p }: { search: Search }) {
  const status = (PUBLIC_VACANCY_FILTERS as readonly string[]).includes(p.status ?? "") ? p.status : undefined;
  const level = (CADRE_LEVELS as readonly string[]).includes(p.level ?? "") ? p.level : undefined;
  const filters = { status, level, unit: p.unit?.slice(0, 100) || undefined, q: p.q?.slice(0, 50) || undefined, page: Number(p.page) || 1 };
  const [t, format, locale, list, facets] = await Promise.all([
    getTranslations(),
    getFormatter(),
    getLocale(),
    board.vacancyList(filters),
    board.vacancyFacets(),
  ]);
  const now = clockNow();
  return (
    <div className="space-y-5">
      <PageTitle title={t("vacancy.title")} lead={t("vacancy.lead")}>
        <FeedLinks t={t} board="vacancies" />
      </PageTitle>
      <FilterForm
        t={t}
        action="/vacancies"
        q={filters.q}
        searchLabel={t("vacancy.searchLabel")}
        selects={[
          {
            name: "status",
            label: t("vacancy.fields.status"),
            value: status,
            options: PUBLIC_VACANCY_FILTERS.map((s) => ({ value: s, label: t(`vacancy.status.${s}`) })),
          },
          {
            name: "unit",
            label: t("vacancy.fields.unit"),
            value: filters.unit,
            options: facets.units.map((u) => ({ value: u, label: u })),
          },
          {
            name: "level",
            label: t("vacancy.fields.level"),
            value: level,
            options: CADRE_LEVELS.filter((l) => facets.levels.includes(l)).map((l) => ({ value: l, label: t(`qualify.level.${l}`) })),
          },
        ]}
      />
      <p className="text-sm text-muted" role="status">
        {t("common.total", { count: list.total })}
      </p>
      {list.rows.length === 0 ? (
        <EmptyState text={t("vacancy.empty")} />
      ) : (
        <ul className="space-y-3">
          {list.rows.map((v) => (
            <VacancyCard key={v.id} v={v} texts={vacancyCardTexts(t, format, v, now, locale)} />
          ))}
        </ul>
      )}
      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        basePath="/vacancies"
        params={{ status, level, unit: filters.unit, q: filters.q }}
      />
    </div>
  );
}
