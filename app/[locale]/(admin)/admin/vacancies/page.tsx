import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { staffPage } from "@/lib/auth/page-guards";
import { listVacanciesAdmin } from "@/lib/data/vacancies";
import { vacancyMachine } from "@/lib/state/vacancy";
import { Pagination } from "@/components/ui/pagination";
import { AdminFilter } from "@/components/admin-boards/admin-filter";
import { AdminList } from "@/components/admin-boards/admin-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("boardAdmin.nav"))("vacancies") };
}

export default async function AdminVacanciesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await staffPage("/admin/vacancies");
  const p = await searchParams;
  const [t, list] = await Promise.all([
    getTranslations(),
    listVacanciesAdmin(actor, { status: p.status, q: p.q, page: Number(p.page) || 1 }),
  ]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl">{t("boardAdmin.nav.vacancies")}</h1>
      <AdminFilter
        action="/admin/vacancies"
        status={p.status}
        q={p.q}
        statuses={vacancyMachine.states.map((s) => ({ value: s, label: t(`boardAdmin.vacancyStatus.${s}`) }))}
        newHref="/admin/vacancies/new"
        newLabel={t("boardAdmin.vacancy.new")}
      />
      <p className="text-sm text-muted">{t("common.total", { count: list.total })}</p>
      <AdminList
        basePath="/admin/vacancies"
        titleHeader={t("vacancy.fields.post")}
        rows={list.rows.map((r) => ({
          id: r.id,
          title: r.post,
          sub: `${r.unit} · ${t(`qualify.level.${r.level}`)}`,
          status: r.status === "PUBLISHED" ? "OPEN" : r.status,
          statusLabel: t(`boardAdmin.vacancyStatus.${r.status}`),
          updatedAt: r.updatedAt,
        }))}
      />
      <Pagination page={list.page} pageCount={list.pageCount} basePath="/admin/vacancies" params={{ status: p.status, q: p.q }} />
    </div>
  );
}
