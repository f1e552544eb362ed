import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { AppointmentList, appointmentListMetadata } from "@/components/boards/lists/appointment-list";

// The unfiltered first page: rendered once per language and cached.
export async function generateMetadata({ params }: LocaleParams) {
  await pageLocale(params);
  return appointmentListMetadata();
}

export default async function Page({ params }: LocaleParams) {
  await pageLocale(params);
  return <AppointmentList search={{}} />;
}
