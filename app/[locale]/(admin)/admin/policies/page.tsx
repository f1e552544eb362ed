import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { staffPage } from "@/lib/auth/page-guards";
import { listPolicies } from "@/lib/data/policies";
import { publicationMachine } from "@/lib/state/publication";
import { Pagination } from "@/components/ui/pagination";
import { AdminFilter } from "@/components/admin-boards/admin-filter";
import { AdminList } from "@/components/admin-boards/admin-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("boardAdmin.nav"))("policies") };
}

export default async function AdminPoliciesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await staffPage("/admin/policies");
  const p = await searchParams;
  const [t, list] = await Promise.all([getTranslations(), listPolicies(actor, { status: p.status, q: p.q, page: Number(p.page) || 1 })]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl">{t("boardAdmin.nav.policies")}</h1>
      <AdminFilter
        action="/admin/policies"
        status={p.status}
        q={p.q}
        statuses={publicationMachine.states.map((s) => ({ value: s, label: t(`boardAdmin.pubStatus.${s}`) }))}
        newHref="/admin/policies/new"
        newLabel={t("boardAdmin.policy.new")}
      />
      <p className="text-sm text-muted">{t("common.total", { count: list.total })}</p>
      <AdminList
        basePath="/admin/policies"
        titleHeader={t("policy.fields.title")}
        rows={list.rows.map((r) => ({
          id: r.id,
          title: r.title,
          sub: `${t(`policy.category.${r.category}`)} · ${r.issuer}`,
          status: r.status,
          statusLabel: t(`boardAdmin.pubStatus.${r.status}`),
          updatedAt: r.updatedAt,
        }))}
      />
      <Pagination page={list.page} pageCount={list.pageCount} basePath="/admin/policies" params={{ status: p.status, q: p.q }} />
    </div>
  );
}
