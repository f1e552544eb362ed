import Link from "next/link";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { staffPage } from "@/lib/auth/page-guards";
import { listRegistrations } from "@/lib/data/accounts";
import { accountMachine } from "@/lib/state/account";
import { Pagination } from "@/components/ui/pagination";
import { BulkApproveForm } from "@/components/admin/bulk-approve-form";
import { bulkApproveAction } from "../account-actions";
import { SearchForm } from "@/components/ui/search-form";
import { INSTANT_SHORT } from "@/lib/calendar/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("registrations") };
}

export default async function RegistrationsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await staffPage("/admin/registrations");
  const params = await searchParams;
  const page = Number(params.page) || 1;
  const [t, format, result] = await Promise.all([
    getTranslations(),
    getFormatter(),
    listRegistrations(actor, { status: params.status, q: params.q, page }),
  ]);
  const rows = result.rows.map((u) => ({
    id: u.id,
    cells: [u.realName, u.idMasked, u.workUnit, u.position, format.dateTime(u.createdAt, INSTANT_SHORT)],
    status: u.status,
    statusLabel: t(`accountStatus.${u.status}`),
    selectable: u.canApprove,
  }));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl">{t("admin.registrations")}</h1>
      <SearchForm label={t("admin.searchLabel")} q={params.q} submitLabel={t("admin.filter")}>
        <label className="space-y-1">
          <span className="block text-sm font-medium">{t("admin.filterStatus")}</span>
          <select name="status" defaultValue={params.status ?? ""} className="input">
            <option value="">{t("admin.all")}</option>
            {accountMachine.states.map((s) => (
              <option key={s} value={s}>
                {t(`accountStatus.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </SearchForm>
      <p className="text-sm text-muted">{t("common.total", { count: result.total })}</p>
      {rows.length === 0 ? (
        <p className="card text-muted">{t("admin.noRows")}</p>
      ) : (
        <BulkApproveForm
          action={bulkApproveAction}
          rows={rows}
          headers={[t("fields.realName"), t("fields.idNumber"), t("fields.workUnit"), t("fields.position"), t("fields.createdAt")]}
        />
      )}
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        basePath="/admin/registrations"
        params={{ status: params.status, q: params.q }}
      />
      <p className="sr-only">
        <Link href="/admin">{t("admin.home")}</Link>
      </p>
    </div>
  );
}
