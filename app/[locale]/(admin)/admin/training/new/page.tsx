import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { staffPage } from "@/lib/auth/page-guards";
import { addDays, shanghaiToday } from "@/lib/calendar/dates";
import { BackLink } from "@/components/boards/back-link";
import { TrainingClassForm } from "@/components/training-admin/class-form";
import { saveTrainingClassAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("trainingAdmin.form"))("newTitle") };
}

export default async function NewTrainingClassPage() {
  await staffPage("/admin/training/new");
  const t = await getTranslations("trainingAdmin");
  // A usual sign-up window: from tomorrow 09:00 to 17:00 a week later (Beijing time).
  const today = shanghaiToday();
  return (
    <div className="space-y-4">
      <BackLink href="/admin/training" label={t("title")} />
      <h1 className="text-2xl">{t("form.newTitle")}</h1>
      <div className="card">
        <TrainingClassForm
          action={saveTrainingClassAction}
          initial={{ capacity: "50", signupOpensAt: `${addDays(today, 1)}T09:00`, signupClosesAt: `${addDays(today, 8)}T17:00` }}
        />
      </div>
    </div>
  );
}
