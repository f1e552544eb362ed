import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { staffPage } from "@/lib/auth/page-guards";
import { appointmentPersonChoices, getAppointment } from "@/lib/data/appointments";
import { NotFoundError } from "@/lib/data/errors";
import { formatDay } from "@/lib/calendar/dates";
import { BackLink } from "@/components/boards/back-link";
import { AppointmentForm } from "@/components/admin-boards/appointment-form";
import { linkChoices } from "@/components/admin-boards/link-choices";
import { saveAppointmentAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("boardAdmin.appointment"))("edit") };
}

export default async function EditAppointmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await staffPage(`/admin/appointments/${id}/edit`);
  const a = await getAppointment(actor, id).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const [t, choices, persons] = await Promise.all([
    getTranslations(),
    linkChoices(actor, { vacancy: a.vacancy, notice: a.notice }),
    appointmentPersonChoices(actor),
  ]);
  return (
    <div className="space-y-4">
      <BackLink href={`/admin/appointments/${id}`} label={a.personName} />
      <h1 className="text-2xl">{t("boardAdmin.appointment.edit")}</h1>
      {!a.canEdit ? (
        <p className="card">{t("boardAdmin.unpublishToEdit")}</p>
      ) : (
        <div className="card">
          <AppointmentForm
            action={saveAppointmentAction}
            id={a.id}
            vacancies={choices.vacancies}
            notices={choices.notices}
            persons={persons}
            initial={{
              kind: a.kind,
              personName: a.personName,
              post: a.post,
              unit: a.unit,
              docNumber: a.docNumber ?? "",
              decidedOn: formatDay(a.decidedOn),
              body: a.body,
              vacancyId: a.vacancyId ?? "",
              noticeId: a.noticeId ?? "",
              noticeEntryId: a.noticeEntryId ?? "",
              probation: a.probation ? "on" : "",
            }}
          />
        </div>
      )}
    </div>
  );
}
