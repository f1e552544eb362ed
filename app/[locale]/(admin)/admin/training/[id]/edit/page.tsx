import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { staffPage } from "@/lib/auth/page-guards";
import { getClassForEdit } from "@/lib/data/training/classes";
import { NotFoundError } from "@/lib/data/errors";
import { toShanghaiDateTimeInput } from "@/lib/calendar/dates";
import { isTrainingClassEditable } from "@/lib/state/training";
import { BackLink } from "@/components/boards/back-link";
import { TrainingClassForm } from "@/components/training-admin/class-form";
import { saveTrainingClassAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("trainingAdmin.form"))("editTitle") };
}

export default async function EditTrainingClassPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await staffPage(`/admin/training/${id}/edit`);
  const [t, c] = await Promise.all([
    getTranslations("trainingAdmin"),
    getClassForEdit(actor, id).catch((e) => {
      if (e instanceof NotFoundError) notFound();
      throw e;
    }),
  ]);
  return (
    <div className="space-y-4">
      <BackLink href={`/admin/training/${id}`} label={c.title} />
      <h1 className="text-2xl">{t("form.editTitle")}</h1>
      {!isTrainingClassEditable(c.status) ? (
        <p className="card">{t("errors.notEditable")}</p>
      ) : (
        <div className="card">
          <TrainingClassForm
            action={saveTrainingClassAction}
            id={c.id}
            published={c.status === "PUBLISHED"}
            initial={{
              title: c.title,
              organizer: c.organizer,
              kind: c.kind,
              place: c.place ?? "",
              onlineUrl: c.onlineUrl ?? "",
              description: c.description,
              capacity: String(c.capacity),
              eligibleLevels: c.eligibleLevels.join(","),
              eligibleUnits: c.eligibleUnits.join("\n"),
              signupOpensAt: toShanghaiDateTimeInput(c.signupOpensAt),
              signupClosesAt: toShanghaiDateTimeInput(c.signupClosesAt),
            }}
          />
        </div>
      )}
    </div>
  );
}
