import { getTranslations } from "next-intl/server";
import { CASE_KINDS, CASE_STATUSES } from "@/lib/state/case";
import type { CaseListParams } from "@/lib/validation/cases-admin";

/** The inbox's filters: a plain GET form, so a filtered list has its own address (the home page links to them). */
export async function CaseFilters({ params, handlers }: { params: CaseListParams; handlers: { id: string; name: string }[] }) {
  const t = await getTranslations();
  const handler = typeof params.handler === "object" ? params.handler.staffId : params.handler === "all" ? "" : params.handler;
  const select = (name: string, label: string, value: string, options: [string, string][]) => (
    <label className="space-y-1">
      <span className="block text-sm font-medium">{label}</span>
      <select name={name} defaultValue={value} className="input">
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form method="get" action="/admin/cases" className="card grid gap-3 sm:grid-cols-2 lg:grid-cols-3" role="search">
      {select("kind", t("caseAdmin.filter.kind"), params.kind ?? "", [
        ["", t("caseAdmin.filter.all")],
        ...CASE_KINDS.map((k): [string, string] => [k, t(`cases.kind.${k}`)]),
      ])}
      {select("status", t("caseAdmin.filter.status"), params.status ?? "", [
        ["", t("caseAdmin.filter.all")],
        ["OPEN", t("caseAdmin.filter.open")],
        ...CASE_STATUSES.map((s): [string, string] => [s, t(`cases.status.${s}`)]),
      ])}
      {select("handler", t("caseAdmin.filter.handler"), handler, [
        ["", t("caseAdmin.filter.all")],
        ["me", t("caseAdmin.filter.handlerMe")],
        ["none", t("caseAdmin.filter.handlerNone")],
        ...handlers.map((h): [string, string] => [h.id, h.name]),
      ])}
      {select("sort", t("caseAdmin.filter.sort"), params.sort, [
        ["new", t("caseAdmin.filter.sortNew")],
        ["urgent", t("caseAdmin.filter.sortUrgent")],
      ])}
      <label className="flex items-center gap-2 self-end py-2">
        <input type="checkbox" name="overdue" value="1" defaultChecked={params.overdue} className="size-5" />
        <span>{t("caseAdmin.filter.overdue")}</span>
      </label>
      <div className="self-end">
        <button type="submit" className="btn-primary">
          {t("caseAdmin.filter.submit")}
        </button>
      </div>
    </form>
  );
}
