import { IntentLink as Link } from "@/components/ui/intent-link";
import { getTranslations } from "next-intl/server";
import type { CaseCounts } from "@/lib/data/cases/console";
import { CASE_KINDS } from "@/lib/state/case";

/**
 * The console home's 来信来访 card: open and overdue cases per channel, each number a link to
 * the inbox filtered that way (overdue ones in red, and said in words).
 */
export async function CaseCountsCard({ counts }: { counts: CaseCounts }) {
  const t = await getTranslations();
  const rows: { key: string; label: string; kind?: string; open: number; overdue: number }[] = [
    ...CASE_KINDS.map((k) => ({ key: k, label: t(`cases.kind.${k}`), kind: k, ...counts[k] })),
    { key: "ALL", label: t("caseAdmin.home.all"), open: counts.open, overdue: counts.overdue },
  ];
  const href = (kind: string | undefined, overdue: boolean) =>
    `/admin/cases?${new URLSearchParams({ ...(kind ? { kind } : {}), ...(overdue ? { overdue: "1", sort: "urgent" } : { status: "OPEN", sort: "urgent" }) })}`;
  return (
    <section className="card sm:col-span-2" aria-labelledby="cases-card-title" data-testid="case-counts">
      <h2 id="cases-card-title" className="text-lg">
        <Link href="/admin/cases?status=OPEN&sort=urgent" className="link">
          {t("caseAdmin.home.title")}
        </Link>
      </h2>
      <table className="mt-2 w-full border-collapse text-left">
        <thead>
          <tr className="border-b border-stone-300 text-sm text-muted">
            <th scope="col" className="py-1 pr-2 font-normal whitespace-nowrap">
              <span className="sr-only">{t("caseAdmin.filter.kind")}</span>
            </th>
            <th scope="col" className="px-2 py-1 font-normal whitespace-nowrap">
              {t("caseAdmin.home.open")}
            </th>
            <th scope="col" className="px-2 py-1 font-normal whitespace-nowrap">
              {t("caseAdmin.home.overdue")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className={`border-b border-stone-200 ${r.key === "ALL" ? "font-semibold" : ""}`}>
              <th scope="row" className="py-2 pr-2 font-normal whitespace-nowrap">
                {r.label}
              </th>
              <td className="px-2 py-2">
                <Link href={href(r.kind, false)} className="link">
                  {t("caseAdmin.home.count", { count: r.open })}
                </Link>
              </td>
              <td className="px-2 py-2">
                {r.overdue > 0 ? (
                  <Link href={href(r.kind, true)} className="link font-semibold text-red-800">
                    {t("caseAdmin.home.count", { count: r.overdue })}
                  </Link>
                ) : (
                  <span className="text-muted">{t("caseAdmin.home.count", { count: 0 })}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
