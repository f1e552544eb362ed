import { getTranslations } from "next-intl/server";

/** Download links for one export in both formats (the route handlers check the role and audit). */
export async function ExportLinks({ label, href }: { label: string; href: (format: "xlsx" | "csv") => string }) {
  const t = await getTranslations("nominations.exports");
  return (
    <p className="flex flex-wrap items-center gap-2">
      <span className="font-medium">{label}：</span>
      <a href={href("xlsx")} className="btn-secondary min-h-9 px-3 py-1 text-sm" download>
        {t("xlsx")}
      </a>
      <a href={href("csv")} className="btn-secondary min-h-9 px-3 py-1 text-sm" download>
        {t("csv")}
      </a>
    </p>
  );
}
