import { IntentLink as Link } from "@/components/ui/intent-link";
import { getTranslations } from "next-intl/server";

/** Status filter, search box and the "new" button of a console list. */
export async function AdminFilter({
  action,
  statuses,
  status,
  q,
  newHref,
  newLabel,
  extra,
}: {
  action: string;
  statuses: { value: string; label: string }[];
  status?: string;
  q?: string;
  newHref: string;
  newLabel: string;
  extra?: React.ReactNode;
}) {
  const t = await getTranslations();
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <form action={action} method="get" role="search" className="flex flex-wrap items-end gap-3">
        <label className="space-y-1">
          <span className="block text-sm font-medium">{t("admin.filterStatus")}</span>
          <select name="status" defaultValue={status ?? ""} className="input">
            <option value="">{t("admin.all")}</option>
            {statuses.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        {extra}
        <label className="space-y-1">
          <span className="block text-sm font-medium">{t("common.search")}</span>
          <input type="search" name="q" defaultValue={q ?? ""} maxLength={50} className="input" />
        </label>
        <button className="btn-secondary">{t("admin.filter")}</button>
      </form>
      <Link href={newHref} className="btn-primary">
        {newLabel}
      </Link>
    </div>
  );
}
