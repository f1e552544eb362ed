import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { VacancyList, vacancyListMetadata } from "@/components/boards/lists/vacancy-list";

// The unfiltered first page: rendered once per language and cached.
export async function generateMetadata({ params }: LocaleParams) {
  await pageLocale(params);
  return vacancyListMetadata();
}

export default async function Page({ params }: LocaleParams) {
  await pageLocale(params);
  return <VacancyList search={{}} />;
}
