import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { staffPage } from "@/lib/auth/page-guards";
import { listAppointments } from "@/lib/data/appointments";
import { publicationMachine } from "@/lib/state/publication";
import { Pagination } from "@/components/ui/pagination";
import { AdminFilter } from "@/components/admin-boards/admin-filter";
import { AdminList } from "@/components/admin-boards/admin-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("boardAdmin.nav"))("appointments") };
}

export default async function AdminAppointmentsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await staffPage("/admin/appointments");
  const p = await searchParams;
  const [t, list] = await Promise.all([
    getTranslations(),
    listAppointments(actor, { status: p.status, q: p.q, page: Number(p.page) || 1 }),
  ]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl">{t("boardAdmin.nav.appointments")}</h1>
      <AdminFilter
        action="/admin/appointments"
        status={p.status}
        q={p.q}
        statuses={publicationMachine.states.map((s) => ({ value: s, label: t(`boardAdmin.pubStatus.${s}`) }))}
        newHref="/admin/appointments/new"
        newLabel={t("boardAdmin.appointment.new")}
      />
      <p className="text-sm text-muted">{t("common.total", { count: list.total })}</p>
      <AdminList
        basePath="/admin/appointments"
        titleHeader={t("appointment.fields.personName")}
        rows={list.rows.map((r) => ({
          id: r.id,
          title: t(`appointment.sentence.${r.kind}`, { name: r.personName, post: r.post }),
          sub: r.unit,
          status: r.status,
          statusLabel: t(`boardAdmin.pubStatus.${r.status}`),
          updatedAt: r.updatedAt,
        }))}
      />
      <Pagination page={list.page} pageCount={list.pageCount} basePath="/admin/appointments" params={{ status: p.status, q: p.q }} />
    </div>
  );
}
