import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { staffPage } from "@/lib/auth/page-guards";
import { pendingCount } from "@/lib/data/accounts";
import { calendarOverview } from "@/lib/data/holidays";
import { shanghaiToday } from "@/lib/calendar/dates";
import { missingArrangementYear } from "@/lib/calendar/reminder";
import { caseCounts } from "@/lib/data/cases/console";
import { CaseCountsCard } from "@/components/cases-admin/case-counts-card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("title") };
}

export default async function AdminHome() {
  const actor = await staffPage("/admin");
  const [t, pending, calendar, cases] = await Promise.all([
    getTranslations(),
    pendingCount(actor),
    calendarOverview(actor),
    caseCounts(actor),
  ]);
  const missingYear = missingArrangementYear(shanghaiToday(), calendar.coveredThrough);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl">{t("admin.title")}</h1>
      {missingYear && (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-amber-900" role="note">
          {t("calendar.warning", { year: missingYear })}{" "}
          <Link href="/admin/calendar" className="link font-medium">
            {t("calendar.enterTitle", { year: missingYear })}
          </Link>
        </p>
      )}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Link href="/admin/registrations?status=PENDING" className="card block hover:border-brand-600">
          <p className="text-muted">{t("admin.pendingCount")}</p>
          <p className="text-4xl font-bold text-brand-700" data-testid="pending-count">
            {pending}
          </p>
        </Link>
        <CaseCountsCard counts={cases} />
      </div>
    </div>
  );
}
