import { IntentLink as Link } from "@/components/ui/intent-link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { staffPage } from "@/lib/auth/page-guards";
import { caseHandlers, listCases } from "@/lib/data/cases/console";
import { caseListParams, caseListSearch } from "@/lib/validation/cases-admin";
import { Pagination } from "@/components/ui/pagination";
import { CaseFilters } from "@/components/cases-admin/case-filters";
import { CaseList } from "@/components/cases-admin/case-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("caseAdmin"))("title") };
}

// 来信来访: the one inbox of 说心里话, 公示反映 and 监督举报 (staff only; the data layer checks again).
export default async function CasesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await staffPage("/admin/cases");
  const params = caseListParams(await searchParams);
  const [t, result, handlers] = await Promise.all([getTranslations(), listCases(actor, params), caseHandlers(actor)]);
  const search = caseListSearch(params);
  const exportHref = `/admin/exports/cases?${new URLSearchParams(
    Object.entries({ ...search, format: "xlsx" }).filter(([, v]) => v) as [string, string][],
  )}`;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl">{t("caseAdmin.title")}</h1>
      <p className="text-muted">{t("caseAdmin.lead")}</p>
      <CaseFilters params={params} handlers={handlers} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-muted">{t("caseAdmin.total", { count: result.total })}</p>
        {result.total > 0 && (
          <a href={exportHref} className="btn-secondary" download>
            {t("caseAdmin.filter.export")}
          </a>
        )}
      </div>
      <CaseList rows={result.rows} />
      {result.rows.length > 0 && <p className="text-sm text-muted">{t("caseAdmin.timesNote")}</p>}
      <Pagination page={result.page} pageCount={result.pageCount} basePath="/admin/cases" params={search} />
      <p className="sr-only">
        <Link href="/admin">{t("admin.home")}</Link>
      </p>
    </div>
  );
}
