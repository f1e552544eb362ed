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
import { ReportTable } from "@/components/training-admin/report-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("trainingAdmin.reports"))("title") };
}

// Attendance and 学时 per class, per unit and per year; each table as .xlsx (offered only when the
// table has rows).
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

      <ReportTable
        id="by-class"
        title={t("byClass")}
        caption={t("byClassCaption", { span })}
        exportHref={exportHref("classes")}
        exportLabel={t("export")}
        emptyText={t("empty")}
        minWidth="min-w-[48rem]"
        alignTop
        columns={[
          t("col.class"),
          t("col.sessions"),
          t("col.offered"),
          t("col.approved"),
          t("col.attendees"),
          t("col.attendances"),
          t("col.rate"),
          t("col.credited"),
        ]}
        rows={r.classes.map((c) => ({
          key: c.classId,
          head: (
            <>
              <Link href={`/admin/training/${c.classId}`} className="link">
                {c.title}
              </Link>
              <p className="text-sm text-muted">{c.organizer}</p>
            </>
          ),
          cells: [
            c.sessions,
            formatHours(c.offeredTenths),
            c.approved,
            c.attendees,
            c.attendances,
            c.rate === null ? "—" : `${c.rate}%`,
            formatHours(c.creditedTenths),
          ],
        }))}
      />
      <ReportTable
        id="by-unit"
        title={t("byUnit")}
        caption={t("byUnitCaption", { span })}
        exportHref={exportHref("units")}
        exportLabel={t("export")}
        emptyText={t("empty")}
        minWidth="min-w-[28rem]"
        columns={[t("col.unit"), t("col.attendees"), t("col.attendances"), t("col.credited")]}
        rows={r.units.map((u) => ({ key: u.unit, head: u.unit, cells: [u.people, u.attendances, formatHours(u.creditedTenths)] }))}
      />
      <ReportTable
        id="by-year"
        title={t("byYear")}
        caption={t("byYear")}
        exportHref={exportHref("years")}
        exportLabel={t("export")}
        emptyText={t("empty")}
        minWidth="min-w-[32rem]"
        columns={[t("col.year"), t("col.classes"), t("col.sessions"), t("col.attendees"), t("col.attendances"), t("col.credited")]}
        rows={r.years.map((y) => ({
          key: String(y.year),
          head: t("yearN", { year: y.year }),
          cells: [y.classes, y.sessions, y.people, y.attendances, formatHours(y.creditedTenths)],
        }))}
      />
    </div>
  );
}
