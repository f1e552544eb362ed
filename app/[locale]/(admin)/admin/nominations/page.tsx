import { IntentLink as Link } from "@/components/ui/intent-link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { staffPage } from "@/lib/auth/page-guards";
import { listVacanciesForReview } from "@/lib/data/nomination-review";
import { Pagination } from "@/components/ui/pagination";
import { SearchForm } from "@/components/ui/search-form";
import { instantTable } from "@/lib/calendar/dates";
import { CellText } from "@/components/ui/cell-text";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nominations.review"))("title") };
}

export default async function ReviewIndexPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await staffPage("/admin/nominations");
  const sp = await searchParams;
  const [t, result] = await Promise.all([getTranslations(), listVacanciesForReview(actor, { q: sp.q, page: Number(sp.page) || 1 })]);
  const when = instantTable;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl">{t("nominations.review.title")}</h1>
      <p className="text-muted">{t("nominations.review.lead")}</p>
      <SearchForm label={t("nominations.review.searchLabel")} q={sp.q} submitLabel={t("nominations.review.filter")} />
      <p className="text-sm text-muted">{t("common.total", { count: result.total })}</p>
      {result.rows.length === 0 ? (
        <p className="card text-muted">{t("nominations.review.noVacancies")}</p>
      ) : (
        <div className="relative overflow-x-auto rounded-lg border border-stone-200 bg-white">
          {/* relative: the header's screen-reader-only text is positioned absolutely; without a
              positioned box around it, it lands past the table's right edge and widens the page. */}
          <table className="w-full min-w-[44rem] text-left text-sm">
            <thead className="bg-stone-100">
              <tr>
                <th scope="col" className="px-3 py-2 whitespace-nowrap">
                  {t("nominations.review.vacancy")}
                </th>
                <th scope="col" className="px-3 py-2 whitespace-nowrap">
                  {t("nominations.review.window")}
                </th>
                <th scope="col" className="px-3 py-2 whitespace-nowrap">
                  {t("common.status")}
                </th>
                <th scope="col" className="px-3 py-2 text-right whitespace-nowrap">
                  {t("nominations.review.counts")}
                </th>
                <th scope="col" className="px-3 py-2 text-right whitespace-nowrap">
                  {t("nominations.review.pending")}
                </th>
                <th scope="col" className="px-3 py-2 text-right whitespace-nowrap">
                  {t("nominations.review.accepted")}
                </th>
                <th scope="col" className="px-3 py-2 whitespace-nowrap">
                  <span className="sr-only">{t("common.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-200">
              {result.rows.map((v) => (
                <tr key={v.id}>
                  <td className="px-3 py-2">
                    <CellText text={v.post} width="max-w-[20rem]" className="font-medium" />
                    <CellText text={v.unit} width="max-w-[20rem]" className="text-muted" />
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap">
                    {when(v.opensAt)}
                    <br />
                    {when(v.closesAt)}
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap">{t(`nominations.vacancyStatus.${v.display}`)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{v.total}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{v.submitted}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{v.accepted}</td>
                  <td className="px-3 py-2">
                    <Link href={`/admin/nominations/${v.id}`} className="link whitespace-nowrap">
                      {t("nominations.review.open")}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} basePath="/admin/nominations" params={{ q: sp.q }} />
    </div>
  );
}
