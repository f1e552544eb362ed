import { getTranslations } from "next-intl/server";

/** A section whose content lands in a later issue: its title and a clear "being built" note. */
export async function SectionPlaceholder({ navKey }: { navKey: string }) {
  const t = await getTranslations();
  return (
    <div className="card">
      <h1 className="text-2xl">{t(`nav.${navKey}`)}</h1>
      <p className="mt-2 text-muted">{t(`home.${navKey}Text`)}</p>
      <p className="mt-4">{t("common.comingSoon")}</p>
    </div>
  );
}
