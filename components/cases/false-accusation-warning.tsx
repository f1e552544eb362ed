import { useTranslations } from "next-intl";

/** The warning against 诬告陷害 and its legal basis, on the 监督举报 page and above its acknowledgement. */
export function FalseAccusationWarning({ id = "false-accusation" }: { id?: string }) {
  const t = useTranslations("report.warning");
  return (
    <section className="space-y-2 rounded-lg border-l-4 border-l-brand-700 bg-brand-50 p-4" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="text-lg text-brand-800">
        {t("title")}
      </h2>
      <p>{t("lead")}</p>
      <ul className="list-disc space-y-1 pl-5 text-sm">
        <li>{t("criminalLaw")}</li>
        <li>{t("partyRules")}</li>
      </ul>
      <p className="text-sm">{t("distinguish")}</p>
    </section>
  );
}
