import type { T } from "./i18n-types";

/** The structured 任职资格条件 in words; the nomination form checks nominees against the same values. */
export function QualificationList({
  t,
  v,
}: {
  t: T;
  v: { maxAge: number | null; minEducation: string | null; requiredLevel: string | null; minYearsAtLevel: number | null };
}) {
  const items: string[] = [];
  if (v.maxAge !== null) items.push(t("vacancy.cond.maxAge", { age: v.maxAge }));
  if (v.minEducation) items.push(t("vacancy.cond.minEducation", { education: t(`qualify.education.${v.minEducation}`) }));
  if (v.requiredLevel) {
    items.push(
      v.minYearsAtLevel
        ? t("vacancy.cond.levelYears", { level: t(`qualify.level.${v.requiredLevel}`), years: v.minYearsAtLevel })
        : t("vacancy.cond.level", { level: t(`qualify.level.${v.requiredLevel}`) }),
    );
  }
  if (!items.length) return <p className="text-muted">{t("vacancy.cond.none")}</p>;
  return (
    <div>
      <h3 className="text-base font-semibold">{t("vacancy.cond.title")}</h3>
      <ul className="mt-1 list-disc space-y-1 pl-6">
        {items.map((i) => (
          <li key={i}>{i}</li>
        ))}
      </ul>
    </div>
  );
}
