import { IntentLink as Link } from "@/components/ui/intent-link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { staffPage } from "@/lib/auth/page-guards";
import { listCandidates } from "@/lib/data/candidates";
import { ageOn } from "@/lib/calendar/dates";
import { Pagination } from "@/components/ui/pagination";
import { SearchForm } from "@/components/ui/search-form";
import { now as clockNow } from "@/lib/calendar/clock";
import { CellText } from "@/components/ui/cell-text";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nominations.candidates"))("title") };
}

export default async function CandidatesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await staffPage("/admin/candidates");
  const sp = await searchParams;
  const [t, result] = await Promise.all([getTranslations(), listCandidates(actor, { q: sp.q, page: Number(sp.page) || 1 })]);
  const now = clockNow();
  const code = (ns: string, v: string) => (t.has(`nominations.${ns}.${v}`) ? t(`nominations.${ns}.${v}`) : v);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl">{t("nominations.candidates.title")}</h1>
      <p className="text-muted">{t("nominations.candidates.lead")}</p>
      <SearchForm label={t("nominations.candidates.searchLabel")} q={sp.q} submitLabel={t("nominations.review.filter")} />
      <p className="text-sm text-muted">{t("common.total", { count: result.total })}</p>
      {result.rows.length === 0 ? (
        <p className="card text-muted">{t("nominations.candidates.empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
          <table className="w-full min-w-[44rem] text-left text-sm">
            <thead className="bg-stone-100">
              <tr>
                <th scope="col" className="px-3 py-2 whitespace-nowrap">
                  {t("nominations.form.name")}
                </th>
                <th scope="col" className="px-3 py-2 whitespace-nowrap">
                  {t("nominations.candidates.age")}
                </th>
                <th scope="col" className="px-3 py-2 whitespace-nowrap">
                  {t("nominations.form.workUnit")}
                </th>
                <th scope="col" className="px-3 py-2 whitespace-nowrap">
                  {t("nominations.form.currentLevel")}
                </th>
                <th scope="col" className="px-3 py-2 whitespace-nowrap">
                  {t("nominations.form.education")}
                </th>
                <th scope="col" className="px-3 py-2 text-right whitespace-nowrap">
                  {t("nominations.candidates.count")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-200">
              {result.rows.map((c) => (
                <tr key={c.id}>
                  <td className="px-3 py-2">
                    <Link href={`/admin/candidates/${c.id}`} className="link font-medium whitespace-nowrap">
                      {c.name}
                    </Link>
                    {c.userId && (
                      <span className="ml-2 text-xs whitespace-nowrap text-muted">{t("nominations.candidates.registered")}</span>
                    )}
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap">{t("nominations.candidates.ageValue", { age: ageOn(c.birthDate, now) })}</td>
                  <td className="px-3 py-2">
                    <CellText text={c.workUnit} width="max-w-[18rem]" />
                    <CellText text={c.currentPost} width="max-w-[18rem]" className="text-muted" />
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap">{code("level", c.currentLevel)}</td>
                  <td className="px-3 py-2 whitespace-nowrap">{code("education", c.education)}</td>
                  <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">{c._count.nominations}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} basePath="/admin/candidates" params={{ q: sp.q }} />
    </div>
  );
}
