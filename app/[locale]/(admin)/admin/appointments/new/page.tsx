import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { staffPage } from "@/lib/auth/page-guards";
import { shanghaiToday } from "@/lib/calendar/dates";
import { BackLink } from "@/components/boards/back-link";
import { AppointmentForm } from "@/components/admin-boards/appointment-form";
import { linkChoices } from "@/components/admin-boards/link-choices";
import { saveAppointmentAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("boardAdmin.appointment"))("new") };
}

export default async function NewAppointmentPage() {
  const actor = await staffPage("/admin/appointments/new");
  const [t, choices] = await Promise.all([getTranslations(), linkChoices(actor)]);
  return (
    <div className="space-y-4">
      <BackLink href="/admin/appointments" label={t("boardAdmin.nav.appointments")} />
      <h1 className="text-2xl">{t("boardAdmin.appointment.new")}</h1>
      <div className="card">
        <AppointmentForm
          action={saveAppointmentAction}
          vacancies={choices.vacancies}
          notices={choices.notices}
          initial={{ kind: "APPOINT", decidedOn: shanghaiToday() }}
        />
      </div>
    </div>
  );
}
