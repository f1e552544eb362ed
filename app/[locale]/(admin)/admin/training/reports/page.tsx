import { IntentLink as Link } from "@/components/ui/intent-link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { staffPage } from "@/lib/auth/page-guards";
import { trainingReport, trainingYears } from "@/lib/data/training/reports";
import { shanghaiDay } from "@/lib/calendar/dates";
import { now as clockNow } from "@/lib/calendar/clock";
import { formatHours } from "@/lib/training/hours";
import { reportYear } from "@/lib/validation/training";
import { BackLink } from "@/components/boards/back-link";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("trainingAdmin.reports"))("title") };
}

const cell = "px-3 py-2";
const num = "px-3 py-2 text-right tabular-nums";

// Attendance and 学时 per class, per unit and per year; each table as .xlsx.
export default async function TrainingReportsPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const actor = await staffPage("/admin/training/reports");
  const p = await searchParams;
  const all = p.year === "all";
  const year = all ? null : reportYear(p.year, shanghaiDay(clockNow()).year);
  const [t, r, years] = await Promise.all([getTranslations("trainingAdmin.reports"), trainingReport(actor, year), trainingYears(actor)]);
  const choices = [...new Set([...(year === null ? [] : [year]), ...years])].sort((a, b) => b - a);
  const exportHref = (kind: string) => `/admin/training/reports/export?kind=${kind}&year=${year ?? "all"}`;
  const span = year === null ? t("allYears") : t("yearN", { year });
  return (
    <div className="space-y-6">
      <BackLink href="/admin/training" label={t("back")} />
      <h1 className="text-2xl">{t("title")}</h1>
      <nav aria-label={t("yearChoice")}>
        <ul className="flex flex-wrap gap-2">
          {[
            ...choices.map((y) => ({ key: String(y), label: t("yearN", { year: y }), on: year === y })),
            { key: "all", label: t("allYears"), on: all },
          ].map((c) => (
            <li key={c.key}>
              <Link
                href={`/admin/training/reports?year=${c.key}`}
                aria-current={c.on ? "page" : undefined}
                className={`inline-block rounded-full border px-3 py-1.5 ${c.on ? "border-brand-700 bg-brand-700 text-white" : "border-stone-300 bg-white hover:bg-stone-100"}`}
              >
                {c.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="text-sm text-muted">{t("lead")}</p>
      <p className="font-medium" data-testid="training-total">
        {t("total", { span, people: r.total.people, attendances: r.total.attendances, hours: formatHours(r.total.creditedTenths) })}
      </p>

      <section className="space-y-2" aria-labelledby="by-class">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="by-class" className="text-xl">
            {t("byClass")}
          </h2>
          <a href={exportHref("classes")} className="btn-secondary" download>
            {t("export")}
          </a>
        </div>
        {r.classes.length === 0 ? (
          <p className="card text-muted">{t("empty")}</p>
        ) : (
          <div className="relative overflow-x-auto rounded-lg border border-stone-200 bg-white">
            <table className="w-full min-w-[48rem] border-collapse text-left">
              <caption className="sr-only">{t("byClassCaption", { span })}</caption>
              <thead className="bg-stone-50">
                <tr className="border-b border-stone-300">
                  <th scope="col" className={cell}>
                    {t("col.class")}
                  </th>
                  <th scope="col" className={num}>
                    {t("col.sessions")}
                  </th>
                  <th scope="col" className={num}>
                    {t("col.offered")}
                  </th>
                  <th scope="col" className={num}>
                    {t("col.approved")}
                  </th>
                  <th scope="col" className={num}>
                    {t("col.attendees")}
                  </th>
                  <th scope="col" className={num}>
                    {t("col.attendances")}
                  </th>
                  <th scope="col" className={num}>
                    {t("col.rate")}
                  </th>
                  <th scope="col" className={num}>
                    {t("col.credited")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {r.classes.map((c) => (
                  <tr key={c.classId} className="border-b border-stone-200 align-top">
                    <th scope="row" className={`${cell} font-normal`}>
                      <Link href={`/admin/training/${c.classId}`} className="link">
                        {c.title}
                      </Link>
                      <p className="text-sm text-muted">{c.organizer}</p>
                    </th>
                    <td className={num}>{c.sessions}</td>
                    <td className={num}>{formatHours(c.offeredTenths)}</td>
                    <td className={num}>{c.approved}</td>
                    <td className={num}>{c.attendees}</td>
                    <td className={num}>{c.attendances}</td>
                    <td className={num}>{c.rate === null ? "—" : `${c.rate}%`}</td>
                    <td className={num}>{formatHours(c.creditedTenths)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="space-y-2" aria-labelledby="by-unit">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="by-unit" className="text-xl">
            {t("byUnit")}
          </h2>
          <a href={exportHref("units")} className="btn-secondary" download>
            {t("export")}
          </a>
        </div>
        {r.units.length === 0 ? (
          <p className="card text-muted">{t("empty")}</p>
        ) : (
          <div className="relative overflow-x-auto rounded-lg border border-stone-200 bg-white">
            <table className="w-full min-w-[28rem] border-collapse text-left">
              <caption className="sr-only">{t("byUnitCaption", { span })}</caption>
              <thead className="bg-stone-50">
                <tr className="border-b border-stone-300">
                  <th scope="col" className={cell}>
                    {t("col.unit")}
                  </th>
                  <th scope="col" className={num}>
                    {t("col.attendees")}
                  </th>
                  <th scope="col" className={num}>
                    {t("col.attendances")}
                  </th>
                  <th scope="col" className={num}>
                    {t("col.credited")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {r.units.map((u) => (
                  <tr key={u.unit} className="border-b border-stone-200">
                    <th scope="row" className={`${cell} font-normal`}>
                      {u.unit}
                    </th>
                    <td className={num}>{u.people}</td>
                    <td className={num}>{u.attendances}</td>
                    <td className={num}>{formatHours(u.creditedTenths)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="space-y-2" aria-labelledby="by-year">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="by-year" className="text-xl">
            {t("byYear")}
          </h2>
          <a href={exportHref("years")} className="btn-secondary" download>
            {t("export")}
          </a>
        </div>
        {r.years.length === 0 ? (
          <p className="card text-muted">{t("empty")}</p>
        ) : (
          <div className="relative overflow-x-auto rounded-lg border border-stone-200 bg-white">
            <table className="w-full min-w-[32rem] border-collapse text-left">
              <caption className="sr-only">{t("byYear")}</caption>
              <thead className="bg-stone-50">
                <tr className="border-b border-stone-300">
                  <th scope="col" className={cell}>
                    {t("col.year")}
                  </th>
                  <th scope="col" className={num}>
                    {t("col.classes")}
                  </th>
                  <th scope="col" className={num}>
                    {t("col.sessions")}
                  </th>
                  <th scope="col" className={num}>
                    {t("col.attendees")}
                  </th>
                  <th scope="col" className={num}>
                    {t("col.attendances")}
                  </th>
                  <th scope="col" className={num}>
                    {t("col.credited")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {r.years.map((y) => (
                  <tr key={y.year} className="border-b border-stone-200">
                    <th scope="row" className={`${cell} font-normal`}>
                      {t("yearN", { year: y.year })}
                    </th>
                    <td className={num}>{y.classes}</td>
                    <td className={num}>{y.sessions}</td>
                    <td className={num}>{y.people}</td>
                    <td className={num}>{y.attendances}</td>
                    <td className={num}>{formatHours(y.creditedTenths)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
