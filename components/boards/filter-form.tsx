import type { T } from "./i18n-types";

export interface FilterSelect {
  name: string;
  label: string;
  value?: string;
  options: { value: string; label: string }[];
}

/**
 * A board's filters as a plain GET form: works without JavaScript, and the URL of a filtered
 * list can be shared. Changing a filter starts again at page 1.
 */
export function FilterForm({
  t,
  action,
  selects,
  q,
  searchLabel,
}: {
  t: T;
  action: string;
  selects: FilterSelect[];
  q?: string;
  searchLabel: string;
}) {
  return (
    <form action={action} method="get" role="search" className="card grid gap-3 sm:grid-cols-2 lg:flex lg:flex-wrap lg:items-end">
      {selects.map((s) => (
        <label key={s.name} className="space-y-1 lg:w-44">
          <span className="block text-sm font-medium">{s.label}</span>
          <select name={s.name} defaultValue={s.value ?? ""} className="input">
            <option value="">{t("boards.all")}</option>
            {s.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
      ))}
      <label className="space-y-1 lg:min-w-48 lg:flex-1">
        <span className="block text-sm font-medium">{searchLabel}</span>
        <input type="search" name="q" defaultValue={q ?? ""} maxLength={50} className="input" />
      </label>
      <button type="submit" className="btn-secondary">
        {t("boards.filter")}
      </button>
    </form>
  );
}
