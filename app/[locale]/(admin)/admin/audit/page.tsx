import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { staffPage } from "@/lib/auth/page-guards";
import { listAudit } from "@/lib/data/accounts";
import { Pagination } from "@/components/ui/pagination";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("audit") };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await staffPage("/admin/audit");
  const params = await searchParams;
  const [t, format, result] = await Promise.all([getTranslations(), getFormatter(), listAudit(actor, Number(params.page) || 1)]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl">{t("admin.audit")}</h1>
      <p className="text-sm text-muted">{t("admin.auditChainNote")}</p>
      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
        <table className="w-full min-w-[56rem] text-left text-sm">
          <thead className="bg-stone-100">
            <tr>
              <th scope="col" className="px-3 py-2">
                #
              </th>
              <th scope="col" className="px-3 py-2">
                {t("admin.auditWhen")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("admin.auditWho")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("admin.auditWhat")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("admin.auditEntity")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("admin.auditBefore")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("admin.auditAfter")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-200 align-top">
            {result.rows.map((r) => (
              <tr key={r.id}>
                <td className="px-3 py-2 text-muted">{r.id}</td>
                <td className="px-3 py-2 whitespace-nowrap">{format.dateTime(r.createdAt, { dateStyle: "short", timeStyle: "medium" })}</td>
                <td className="px-3 py-2">{r.actorName ?? t("admin.system")}</td>
                <td className="px-3 py-2 font-mono">{r.action}</td>
                <td className="px-3 py-2 font-mono text-xs">
                  {r.entityType}
                  {r.entityId ? `:${r.entityId}` : ""}
                </td>
                <td className="max-w-64 px-3 py-2 font-mono text-xs break-all">{r.before}</td>
                <td className="max-w-64 px-3 py-2 font-mono text-xs break-all">{r.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={result.page} pageCount={result.pageCount} basePath="/admin/audit" params={{}} />
    </div>
  );
}
