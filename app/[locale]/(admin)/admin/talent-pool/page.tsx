import { IntentLink as Link } from "@/components/ui/intent-link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { staffPage } from "@/lib/auth/page-guards";
import { listTalentPool, poolFiltersFrom } from "@/lib/data/talent-pool";
import { ageOn, instantDayTable } from "@/lib/calendar/dates";
import { CADRE_LEVELS, SUITABLE_FIELDS } from "@/lib/nominations/scales";
import { Pagination } from "@/components/ui/pagination";
import { DecisionTable, type DecisionRow } from "@/components/admin-nominations/decision-table";
import { ExportLinks } from "@/components/admin-nominations/export-links";
import { decideAction } from "../nominations/actions";
import { now as clockNow } from "@/lib/calendar/clock";
import { DateField } from "@/components/ui/date-fields";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nominations.pool"))("title") };
}

const FILTER_KEYS = ["field", "unit", "level", "minAge", "maxAge", "from", "to", "tab"] as const;

export default async function TalentPoolPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await staffPage("/admin/talent-pool");
  const sp = await searchParams;
  const filters = poolFiltersFrom(sp);
  const [t, result] = await Promise.all([getTranslations(), listTalentPool(actor, filters, { page: Number(sp.page) || 1 })]);
  const now = clockNow();
  const kept = Object.fromEntries(FILTER_KEYS.map((k) => [k, sp[k]]));
  const tabHref = (tab?: string) => {
    const q = new URLSearchParams(Object.entries({ ...kept, tab }).filter(([, v]) => v) as [string, string][]);
    return `/admin/talent-pool${q.size ? `?${q}` : ""}`;
  };
  const exportHref = (f: string) => {
    const q = new URLSearchParams(Object.entries({ ...kept, format: f }).filter(([, v]) => v) as [string, string][]);
    return `/admin/exports/talent-pool?${q}`;
  };
  const code = (ns: string, v: string) => (t.has(`nominations.${ns}.${v}`) ? t(`nominations.${ns}.${v}`) : v);
  const active = filters.expired ? result.otherTabTotal : result.total;
  const expired = filters.expired ? result.total : result.otherTabTotal;
  const rows: DecisionRow[] = result.rows.map((n) => ({
    id: n.id,
    status: n.status,
    statusLabel: t(`nominations.status.${n.status}`),
    candidate: {
      id: n.candidate.id,
      name: n.candidate.name,
      sub: `${t("nominations.candidates.ageValue", { age: ageOn(n.candidate.birthDate, now) })} · ${n.candidate.workUnit} ${n.candidate.currentPost} · ${code("level", n.candidate.currentLevel)} · ${code("education", n.candidate.education)}`,
    },
    nominator: {
      name: n.isSelf ? `${n.nominator.realName}（${t("nominations.review.self")}）` : n.nominator.realName,
      sub: n.nominator.workUnit,
    },
    cells: [
      n.suitableField ? code("field", n.suitableField) : "—",
      instantDayTable(n.submittedAt),
      n.expiresAt ? instantDayTable(n.expiresAt) : "—",
    ],
    flags: n.flags,
    decidable: n.canDecide,
  }));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl">{t("nominations.pool.title")}</h1>
      <p className="text-muted">{t("nominations.pool.lead")}</p>
      <nav aria-label={t("nominations.pool.title")} className="flex gap-2">
        <Link
          href={tabHref()}
          aria-current={!filters.expired ? "page" : undefined}
          className={!filters.expired ? "btn-primary" : "btn-secondary"}
        >
          {t("nominations.pool.active", { count: active })}
        </Link>
        <Link
          href={tabHref("expired")}
          aria-current={filters.expired ? "page" : undefined}
          className={filters.expired ? "btn-primary" : "btn-secondary"}
        >
          {t("nominations.pool.expired", { count: expired })}
        </Link>
      </nav>
      <form className="card grid gap-3 sm:grid-cols-2 lg:grid-cols-4" role="search">
        {filters.expired && <input type="hidden" name="tab" value="expired" />}
        <label className="space-y-1">
          <span className="block text-sm font-medium">{t("nominations.pool.field")}</span>
          <select name="field" defaultValue={filters.field ?? ""} className="input">
            <option value="">{t("nominations.review.all")}</option>
            {SUITABLE_FIELDS.map((f) => (
              <option key={f} value={f}>
                {t(`nominations.field.${f}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="space-y-1">
          <span className="block text-sm font-medium">{t("nominations.pool.unit")}</span>
          <input name="unit" defaultValue={filters.unit ?? ""} maxLength={60} className="input" />
        </label>
        <label className="space-y-1">
          <span className="block text-sm font-medium">{t("nominations.pool.level")}</span>
          <select name="level" defaultValue={filters.level ?? ""} className="input">
            <option value="">{t("nominations.review.all")}</option>
            {CADRE_LEVELS.map((l) => (
              <option key={l} value={l}>
                {t(`nominations.level.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <div className="grid grid-cols-2 gap-2">
          <label className="space-y-1">
            <span className="block text-sm font-medium">{t("nominations.pool.minAge")}</span>
            <input
              name="minAge"
              type="number"
              min={18}
              max={80}
              inputMode="numeric"
              defaultValue={filters.minAge ?? ""}
              className="input"
            />
          </label>
          <label className="space-y-1">
            <span className="block text-sm font-medium">{t("nominations.pool.maxAge")}</span>
            <input
              name="maxAge"
              type="number"
              min={18}
              max={80}
              inputMode="numeric"
              defaultValue={filters.maxAge ?? ""}
              className="input"
            />
          </label>
        </div>
        <DateField filter name="from" label={t("nominations.pool.from")} defaultValue={filters.from ?? ""} />
        <DateField filter name="to" label={t("nominations.pool.to")} defaultValue={filters.to ?? ""} />
        <div className="flex items-end gap-3">
          <button className="btn-secondary">{t("nominations.review.filter")}</button>
          <Link href={filters.expired ? "/admin/talent-pool?tab=expired" : "/admin/talent-pool"} className="link">
            {t("nominations.review.all")}
          </Link>
        </div>
      </form>
      <div className="card space-y-1">
        <ExportLinks label={t("nominations.review.export")} href={exportHref} />
        <p className="text-sm text-muted">{t("nominations.review.exportNote")}</p>
      </div>
      <p className="text-sm text-muted">{t("common.total", { count: result.total })}</p>
      {rows.length === 0 ? (
        <p className="card text-muted">{t("nominations.pool.empty")}</p>
      ) : (
        <DecisionTable
          action={decideAction}
          rows={rows}
          headers={[
            t("nominations.review.candidate"),
            t("nominations.review.nominator"),
            t("nominations.pool.field"),
            t("nominations.review.submittedAt"),
            t("nominations.mine.expiresAt"),
            t("nominations.review.flags"),
            t("common.status"),
            t("common.actions"),
          ]}
        />
      )}
      <Pagination page={result.page} pageCount={result.pageCount} basePath="/admin/talent-pool" params={kept} />
    </div>
  );
}
