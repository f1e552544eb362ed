import { IntentLink as Link } from "@/components/ui/intent-link";
import { getTranslations } from "next-intl/server";
import { BoardBadge } from "@/components/boards/board-badge";
import { instantTable } from "@/lib/calendar/dates";

export interface AdminRow {
  id: string;
  title: string;
  sub?: string;
  status: string;
  statusLabel: string;
  updatedAt: Date;
}

/** A console list: title (to the item), status, last change. */
export async function AdminList({ rows, basePath, titleHeader }: { rows: AdminRow[]; basePath: string; titleHeader: string }) {
  const t = await getTranslations();
  if (!rows.length) return <p className="card text-muted">{t("admin.noRows")}</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full min-w-[36rem] border-collapse text-left">
        <thead className="bg-stone-50">
          <tr className="border-b border-stone-300">
            <th scope="col" className="px-3 py-2 whitespace-nowrap">
              {titleHeader}
            </th>
            <th scope="col" className="px-3 py-2 whitespace-nowrap">
              {t("common.status")}
            </th>
            <th scope="col" className="px-3 py-2 whitespace-nowrap">
              {t("boardAdmin.updatedAt")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-stone-200 align-top">
              <td className="px-3 py-2">
                <Link href={`${basePath}/${r.id}`} className="link">
                  {r.title}
                </Link>
                {r.sub && <p className="text-sm text-muted">{r.sub}</p>}
              </td>
              <td className="px-3 py-2 whitespace-nowrap">
                <BoardBadge tone={r.status} label={r.statusLabel} />
              </td>
              <td className="px-3 py-2 text-sm whitespace-nowrap text-muted">{instantTable(r.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
