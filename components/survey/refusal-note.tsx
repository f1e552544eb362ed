import { getTranslations } from "next-intl/server";
import { CADRE_LEVELS } from "@/lib/validation/qualifications";

/**
 * Why this account may not answer a survey, in words, and — when the survey is limited by level —
 * which levels take part (in rank order), so "not your level" or "no level on record" is never a
 * bare refusal.
 */
export async function SurveyRefusalNote({
  refusal,
  eligibleLevels,
}: {
  refusal: { key: string; values?: Record<string, string> };
  eligibleLevels: string[];
}) {
  const t = await getTranslations();
  const levels = CADRE_LEVELS.filter((l) => eligibleLevels.includes(l)).map((l) => t(`survey.level.${l}`));
  const aboutLevel = refusal.key.endsWith(".noLevel") || refusal.key.endsWith(".notInLevels");
  return (
    <>
      <span className="block">{t(refusal.key, refusal.values)}</span>
      {aboutLevel && levels.length > 0 && <span className="block">{t("survey.answer.levelsLine", { levels: levels.join("、") })}</span>}
    </>
  );
}
