import { IntentLink as Link } from "@/components/ui/intent-link";
import { getTranslations } from "next-intl/server";

/** Previous / next links that keep the other query parameters. */
export async function Pagination({
  page,
  pageCount,
  basePath,
  params,
}: {
  page: number;
  pageCount: number;
  basePath: string;
  params: Record<string, string | undefined>;
}) {
  const t = await getTranslations("common");
  if (pageCount <= 1) return null;
  const href = (p: number) => {
    const q = new URLSearchParams(Object.entries({ ...params, page: String(p) }).filter(([, v]) => v) as [string, string][]);
    return `${basePath}?${q}`;
  };
  return (
    <nav aria-label={t("pageOf", { page, count: pageCount })} className="mt-6 flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link href={href(page - 1)} className="btn-secondary" rel="prev">
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-muted">{t("pageOf", { page, count: pageCount })}</span>
      {page < pageCount ? (
        <Link href={href(page + 1)} className="btn-secondary" rel="next">
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
