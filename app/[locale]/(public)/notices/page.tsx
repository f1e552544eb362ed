import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { NoticeList, noticeListMetadata } from "@/components/boards/lists/notice-list";

// The unfiltered first page: rendered once per language and cached.
export async function generateMetadata({ params }: LocaleParams) {
  await pageLocale(params);
  return noticeListMetadata();
}

export default async function Page({ params }: LocaleParams) {
  await pageLocale(params);
  return <NoticeList search={{}} />;
}
