import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { PolicyList, policyListMetadata } from "@/components/boards/lists/policy-list";

// The unfiltered first page: rendered once per language and cached.
export async function generateMetadata({ params }: LocaleParams) {
  await pageLocale(params);
  return policyListMetadata();
}

export default async function Page({ params }: LocaleParams) {
  await pageLocale(params);
  return <PolicyList search={{}} />;
}
