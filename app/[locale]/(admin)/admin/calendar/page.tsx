import type { Metadata } from "next";
import { IntentLink as Link } from "@/components/ui/intent-link";
import { getTranslations } from "next-intl/server";
import { staffPage } from "@/lib/auth/page-guards";
import { calendarOverview, getHolidayYearRows } from "@/lib/data/holidays";
import { ActionForm } from "@/components/ui/action-form";
import { HolidayTableForm } from "@/components/calendar-admin/holiday-table-form";
import { deleteHolidayYearAction, saveHolidayYearAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("calendar"))("title") };
}

export default async function CalendarPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const actor = await staffPage("/admin/calendar");
  const [t, overview, p] = await Promise.all([getTranslations(), calendarOverview(actor), searchParams]);
  const years = [1, 2, 3].map((i) => overview.packageLastYear + i);
  const firstMissing = years.find((y) => !overview.years.some((e) => e.year === y)) ?? years[0];
  const year = years.includes(Number(p.year)) ? Number(p.year) : firstMissing;
  const rows = await getHolidayYearRows(actor, year);
  return (
    <div className="space-y-5">
      <h1 className="text-2xl">{t("calendar.title")}</h1>
      <section className="card space-y-2">
        <p>{t("calendar.lead")}</p>
        <p className="font-medium" data-testid="covered-through">
          {t("calendar.package", { year: overview.packageLastYear })} {t("calendar.coveredThrough", { year: overview.coveredThrough })}
        </p>
        {overview.coveredThrough <= overview.packageLastYear && (
          <p className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-amber-900" role="note">
            {t("calendar.warning", { year: overview.packageLastYear + 1 })}
          </p>
        )}
      </section>
      {overview.years.length > 0 && (
        <section className="card space-y-3" aria-labelledby="entered-title">
          <h2 id="entered-title" className="text-xl">
            {t("calendar.entered")}
          </h2>
          <ul className="space-y-3">
            {overview.years.map((y) => (
              <li key={y.year} className="flex flex-wrap items-center justify-between gap-3">
                <span>
                  <Link
                    href={`/admin/calendar?year=${y.year}`}
                    className="link font-semibold"
                    aria-label={t("calendar.view", { year: y.year })}
                  >
                    {y.year}
                  </Link>{" "}
                  {t("calendar.counts", { holidays: y.holidays, workdays: y.workdays })}
                </span>
                <ActionForm
                  action={deleteHolidayYearAction}
                  hidden={{ id: String(y.year) }}
                  submitLabel={t("calendar.delete", { year: y.year })}
                  variant="danger"
                />
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="card space-y-3" aria-labelledby="enter-title">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="enter-title" className="text-xl">
            {t("calendar.enterTitle", { year })}
          </h2>
          <nav aria-label={t("calendar.chooseYear")} className="flex flex-wrap gap-3 text-sm">
            {years
              .filter((y) => y !== year)
              .map((y) => (
                <Link key={y} href={`/admin/calendar?year=${y}`} className="link">
                  {t("calendar.enterTitle", { year: y })}
                </Link>
              ))}
          </nav>
        </div>
        <HolidayTableForm key={year} action={saveHolidayYearAction} year={year} defaultRows={rows} />
      </section>
    </div>
  );
}
