import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { staffPage } from "@/lib/auth/page-guards";
import { shanghaiToday } from "@/lib/calendar/dates";
import { BackLink } from "@/components/boards/back-link";
import { AppointmentForm } from "@/components/admin-boards/appointment-form";
import { linkChoices } from "@/components/admin-boards/link-choices";
import { saveAppointmentAction } from "../actions";
import { appointmentPersonChoices } from "@/lib/data/appointments";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("boardAdmin.appointment"))("new") };
}

export default async function NewAppointmentPage({ searchParams }: { searchParams: Promise<{ entry?: string }> }) {
  const actor = await staffPage("/admin/appointments/new");
  const [t, choices, persons, { entry }] = await Promise.all([
    getTranslations(),
    linkChoices(actor),
    appointmentPersonChoices(actor),
    searchParams,
  ]);
  // "起草任免" on a 公示's results: the person chosen and the form filled from them.
  const person = persons.find((p) => p.id === entry);
  const fromPerson: Record<string, string> = person
    ? {
        noticeEntryId: person.id,
        personName: person.name,
        post: person.post,
        unit: person.unit,
        vacancyId: person.vacancyId,
        noticeId: person.noticeId,
      }
    : {};
  return (
    <div className="space-y-4">
      <BackLink href="/admin/appointments" label={t("boardAdmin.nav.appointments")} />
      <h1 className="text-2xl">{t("boardAdmin.appointment.new")}</h1>
      <div className="card">
        <AppointmentForm
          action={saveAppointmentAction}
          vacancies={choices.vacancies}
          notices={choices.notices}
          persons={persons}
          initial={{ kind: "APPOINT", decidedOn: shanghaiToday(), ...fromPerson }}
        />
      </div>
    </div>
  );
}
