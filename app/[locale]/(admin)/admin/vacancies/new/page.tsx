import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { staffPage } from "@/lib/auth/page-guards";
import { addDays, shanghaiToday } from "@/lib/calendar/dates";
import { BackLink } from "@/components/boards/back-link";
import { VacancyForm } from "@/components/admin-boards/vacancy-form";
import { saveVacancyAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("boardAdmin.vacancy"))("new") };
}

export default async function NewVacancyPage() {
  await staffPage("/admin/vacancies/new");
  const t = await getTranslations();
  // A usual window: from tomorrow 09:00 to 17:00 two weeks later (Beijing time).
  const today = shanghaiToday();
  return (
    <div className="space-y-4">
      <BackLink href="/admin/vacancies" label={t("boardAdmin.nav.vacancies")} />
      <h1 className="text-2xl">{t("boardAdmin.vacancy.new")}</h1>
      <div className="card">
        <VacancyForm
          action={saveVacancyAction}
          initial={{ headcount: "1", opensAt: `${addDays(today, 1)}T09:00`, closesAt: `${addDays(today, 15)}T17:00` }}
        />
      </div>
    </div>
  );
}
