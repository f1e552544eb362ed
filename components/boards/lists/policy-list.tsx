// The policies board's list, shared by its cached page (no query) and its per-request
// "filter" twin (see lib/routing/locale-path.ts).
import Link from "next/link";
import type { Metadata } from "next";
// Process-wide translator and formatter (see board-i18n.ts): same words, compiled once.
import { getBoardFormatter as getFormatter, getBoardTranslations as getTranslations } from "@/components/boards/board-i18n";
import { board } from "@/lib/data/public-cache";
import { POLICY_CATEGORIES } from "@/lib/validation/board-values";
import { Pagination } from "@/components/ui/pagination";
import { FilterForm } from "@/components/boards/filter-form";
import { PageTitle } from "@/components/boards/page-title";
import { EmptyState } from "@/components/boards/empty-state";
import { DAY } from "@/lib/calendar/dates";

export async function policyListMetadata(): Promise<Metadata> {
  const t = await getTranslations("policy");
  return { title: t("title"), description: t("lead") };
}

export async function PolicyList({ search: p }: { search: Record<string, string | undefined> }) {
  const category = (POLICY_CATEGORIES as readonly string[]).includes(p.category ?? "") ? p.category : undefined;
  const filters = { category, q: p.q?.slice(0, 50) || undefined, page: Number(p.page) || 1 };
  const [t, format, list] = await Promise.all([getTranslations(), getFormatter(), board.policyList(filters)]);
  return (
    <div className="space-y-5">
      <PageTitle title={t("policy.title")} lead={t("policy.lead")} />
      <nav aria-label={t("policy.fields.category")} className="flex flex-wrap gap-2">
        <Link
          href="/policies"
          aria-current={!category ? "page" : undefined}
          className={`rounded-full border px-3 py-1 ${!category ? "border-brand-600 bg-brand-600 text-white" : "border-stone-300 bg-white hover:border-brand-600"}`}
        >
          {t("boards.all")}
        </Link>
        {POLICY_CATEGORIES.map((c) => (
          <Link
            key={c}
            href={`/policies?category=${c}`}
            aria-current={category === c ? "page" : undefined}
            className={`rounded-full border px-3 py-1 ${category === c ? "border-brand-600 bg-brand-600 text-white" : "border-stone-300 bg-white hover:border-brand-600"}`}
          >
            {t(`policy.category.${c}`)}
          </Link>
        ))}
      </nav>
      <FilterForm
        t={t}
        action="/policies"
        q={filters.q}
        searchLabel={t("policy.searchLabel")}
        selects={[
          {
            name: "category",
            label: t("policy.fields.category"),
            value: category,
            options: POLICY_CATEGORIES.map((c) => ({ value: c, label: t(`policy.category.${c}`) })),
          },
        ]}
      />
      <p className="text-sm text-muted" role="status">
        {t("common.total", { count: list.total })}
      </p>
      {list.rows.length === 0 ? (
        <EmptyState text={t("policy.empty")} />
      ) : (
        <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {list.rows.map((r) => (
            <li key={r.id} className="px-5 py-4">
              <h2 className="text-lg">
                <Link href={`/policies/${r.id}`} className="link">
                  {r.title}
                </Link>
              </h2>
              <p className="mt-1 text-sm text-muted">
                {[t(`policy.category.${r.category}`), r.issuer, r.docNumber, format.dateTime(r.issuedOn, DAY)].filter(Boolean).join(" · ")}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} basePath="/policies" params={{ category, q: filters.q }} />
    </div>
  );
}
