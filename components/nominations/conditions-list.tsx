import { getTranslations } from "next-intl/server";
import type { VacancyConditions } from "@/lib/nominations/precheck";
import { parseEducation, parseLevel } from "@/lib/nominations/scales";

/** A vacancy's structured 任职资格条件 as a short list, or a note that there are none. */
export async function ConditionsList({ c, emptyKey }: { c: VacancyConditions; emptyKey?: string }) {
  const t = await getTranslations("nominations");
  const items: string[] = [];
  if (c.maxAge != null) items.push(t("form.maxAge", { value: c.maxAge }));
  const edu = parseEducation(c.minEducation);
  if (edu) items.push(t("form.minEducation", { value: t(`education.${edu}`) }));
  const lvl = parseLevel(c.requiredLevel);
  if (lvl) items.push(t("form.requiredLevel", { value: t(`level.${lvl}`) }));
  if (c.minYearsAtLevel != null) items.push(t("form.minYearsAtLevel", { value: c.minYearsAtLevel }));
  if (items.length === 0) return emptyKey ? <p className="text-muted">{t(emptyKey)}</p> : null;
  return (
    <ul className="list-disc space-y-0.5 pl-6">
      {items.map((i) => (
        <li key={i}>{i}</li>
      ))}
    </ul>
  );
}
