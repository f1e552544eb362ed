import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { staffPage } from "@/lib/auth/page-guards";
import { listNotices } from "@/lib/data/notices";
import { publicationMachine } from "@/lib/state/publication";
import { Pagination } from "@/components/ui/pagination";
import { AdminFilter } from "@/components/admin-boards/admin-filter";
import { AdminList } from "@/components/admin-boards/admin-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("boardAdmin.nav"))("notices") };
}

export default async function AdminNoticesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await staffPage("/admin/notices");
  const p = await searchParams;
  const [t, list] = await Promise.all([getTranslations(), listNotices(actor, { status: p.status, q: p.q, page: Number(p.page) || 1 })]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl">{t("boardAdmin.nav.notices")}</h1>
      <AdminFilter
        action="/admin/notices"
        status={p.status}
        q={p.q}
        statuses={publicationMachine.states.map((s) => ({ value: s, label: t(`boardAdmin.pubStatus.${s}`) }))}
        newHref="/admin/notices/new"
        newLabel={t("boardAdmin.notice.new")}
      />
      <p className="text-sm text-muted">{t("common.total", { count: list.total })}</p>
      <AdminList
        basePath="/admin/notices"
        titleHeader={t("notice.fields.title")}
        rows={list.rows.map((r) => ({
          id: r.id,
          title: r.title,
          sub: t(`notice.kind.${r.kind}`),
          status: r.status,
          statusLabel: t(`boardAdmin.pubStatus.${r.status}`),
          updatedAt: r.updatedAt,
        }))}
      />
      <Pagination page={list.page} pageCount={list.pageCount} basePath="/admin/notices" params={{ status: p.status, q: p.q }} />
    </div>
  );
}
