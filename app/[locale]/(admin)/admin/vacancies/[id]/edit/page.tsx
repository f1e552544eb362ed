import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { staffPage } from "@/lib/auth/page-guards";
import { getVacancy } from "@/lib/data/vacancies";
import { NotFoundError } from "@/lib/data/errors";
import { toShanghaiDateTimeInput } from "@/lib/calendar/dates";
import { BackLink } from "@/components/boards/back-link";
import { VacancyForm } from "@/components/admin-boards/vacancy-form";
import { saveVacancyAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("boardAdmin.vacancy"))("edit") };
}

export default async function EditVacancyPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await staffPage(`/admin/vacancies/${id}/edit`);
  const [t, v] = await Promise.all([
    getTranslations(),
    getVacancy(actor, id).catch((e) => {
      if (e instanceof NotFoundError) notFound();
      throw e;
    }),
  ]);
  const s = (n: number | null) => (n === null ? "" : String(n));
  return (
    <div className="space-y-4">
      <BackLink href={`/admin/vacancies/${id}`} label={v.post} />
      <h1 className="text-2xl">{t("boardAdmin.vacancy.edit")}</h1>
      {!v.canEdit ? (
        <p className="card">{t("boardErrors.vacancyNotEditable")}</p>
      ) : (
        <div className="card">
          <VacancyForm
            action={saveVacancyAction}
            id={v.id}
            published={v.live}
            initial={{
              post: v.post,
              unit: v.unit,
              level: v.level,
              headcount: String(v.headcount),
              duties: v.duties,
              qualifications: v.qualifications,
              maxAge: s(v.maxAge),
              minEducation: v.minEducation ?? "",
              requiredLevel: v.requiredLevel ?? "",
              minYearsAtLevel: s(v.minYearsAtLevel),
              opensAt: toShanghaiDateTimeInput(v.opensAt),
              closesAt: toShanghaiDateTimeInput(v.closesAt),
              maxPerNominator: String(v.maxPerNominator),
            }}
          />
        </div>
      )}
    </div>
  );
}
