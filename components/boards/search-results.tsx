import Link from "next/link";
import type { Metadata } from "next";
// Process-wide translator and formatter (see board-i18n.ts): same words, compiled once.
import { getBoardFormatter as getFormatter, getBoardTranslations as getTranslations } from "@/components/boards/board-i18n";
import { board } from "@/lib/data/public-cache";
import type { SearchHit } from "@/lib/data/search";
import { isSearchKind, SEARCH_KINDS } from "@/lib/search/kinds";
import { Pagination } from "@/components/ui/pagination";
import { PageTitle } from "@/components/boards/page-title";
import { EmptyState } from "@/components/boards/empty-state";
import { MarkedText } from "@/components/search/marked-text";
import { DAY, DAY_OF_INSTANT } from "@/lib/calendar/dates";

// The /search page's content, for its two routes: app/[locale]/(public)/search/page.tsx (no
// query: the form) and search/filter/[query] (proxy.ts moves ?q=&kind=&page= into the path), which
// is rendered once per query and language and cached until a board changes, like a board's
// filtered list. Results come from the search index, ranked (title hits first, then newest),
// with the words marked in the title and a snippet.

type Params = Record<string, string | undefined>;

export async function searchMetadata(p: Params): Promise<Metadata> {
  const [t, q] = await Promise.all([getTranslations("searchPage"), Promise.resolve(p.q?.trim().slice(0, 50))]);
  // Result pages are for people, not for indexing.
  return { title: q ? t("titleFor", { q }) : t("title"), description: t("lead"), robots: { index: false, follow: true } };
}

const HREF: Record<SearchHit["kind"], string> = {
  policies: "/policies",
  vacancies: "/vacancies",
  notices: "/notices",
  appointments: "/appointments",
  training: "/training",
};

export async function SearchResults({ p }: { p: Params }) {
  const q = p.q?.trim().slice(0, 50) ?? "";
  const kind = isSearchKind(p.kind ?? "") ? p.kind : undefined;
  const [t, format, result] = await Promise.all([
    getTranslations(),
    getFormatter(),
    q ? board.search({ q, kind, page: Number(p.page) || 1 }) : Promise.resolve(null),
  ]);
  const detail = (h: SearchHit) =>
    h.kind === "notices"
      ? t(`notice.kind.${h.detail}`)
      : h.kind === "appointments"
        ? `${t(`appointment.kind.${h.detail.split("|")[0]}`)} · ${h.detail.split("|").slice(1).join("|")}`
        : h.detail;
  return (
    <div className="space-y-5">
      <PageTitle title={t("searchPage.title")} lead={t("searchPage.lead")} />
      <form action="/search" method="get" role="search" className="card flex flex-wrap items-end gap-3">
        <label className="min-w-48 flex-1 space-y-1">
          <span className="block font-medium">{t("searchPage.label")}</span>
          <input
            type="search"
            name="q"
            defaultValue={q}
            maxLength={50}
            required
            className="input"
            placeholder={t("common.searchPlaceholder")}
          />
        </label>
        {kind && <input type="hidden" name="kind" value={kind} />}
        <button type="submit" className="btn-primary">
          {t("common.search")}
        </button>
      </form>
      {result && (
        <>
          <nav aria-label={t("searchPage.kinds")} className="flex flex-wrap gap-2">
            <Link
              href={`/search?q=${encodeURIComponent(q)}`}
              aria-current={!kind ? "page" : undefined}
              className={`rounded-full border px-3 py-1 ${!kind ? "border-brand-600 bg-brand-600 text-white" : "border-stone-300 bg-white"}`}
            >
              {t("boards.all")}（{Object.values(result.counts).reduce((a, b) => a + b, 0)}）
            </Link>
            {SEARCH_KINDS.map((k) => (
              <Link
                key={k}
                href={`/search?q=${encodeURIComponent(q)}&kind=${k}`}
                aria-current={kind === k ? "page" : undefined}
                className={`rounded-full border px-3 py-1 ${kind === k ? "border-brand-600 bg-brand-600 text-white" : "border-stone-300 bg-white"}`}
              >
                {t(`searchPage.kind.${k}`)}（{result.counts[k]}）
              </Link>
            ))}
          </nav>
          <p className="text-sm text-muted" role="status">
            {t("searchPage.found", { q, count: result.total })}
          </p>
          {result.rows.length === 0 ? (
            <EmptyState text={t("searchPage.none")} />
          ) : (
            <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
              {result.rows.map((h) => (
                <li key={`${h.kind}-${h.id}`} className="px-5 py-3">
                  <p className="text-sm text-muted">{t(`searchPage.kind.${h.kind}`)}</p>
                  <Link href={`${HREF[h.kind]}/${h.id}`} className="link text-lg">
                    <MarkedText segments={h.titleMarks} />
                  </Link>
                  {h.snippet.length > 0 && (
                    <p className="mt-1 break-words text-stone-700">
                      <MarkedText segments={h.snippet} />
                    </p>
                  )}
                  <p className="text-sm text-muted">
                    {detail(h)} · {format.dateTime(h.date, h.kind === "policies" || h.kind === "appointments" ? DAY : DAY_OF_INSTANT)}
                  </p>
                </li>
              ))}
            </ul>
          )}
          <Pagination page={result.page} pageCount={result.pageCount} basePath="/search" params={{ q, kind }} />
        </>
      )}
    </div>
  );
}
