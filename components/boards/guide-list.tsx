import { getTranslations } from "next-intl/server";

/** A numbered list of catalog paragraphs (nominateGuide.<group>.1 … n). */
export async function GuideList({ group, count, ordered = true }: { group: string; count: number; ordered?: boolean }) {
  const t = await getTranslations("nominateGuide");
  const items = Array.from({ length: count }, (_, i) => t(`${group}.${i + 1}`));
  const List = ordered ? "ol" : "ul";
  return (
    <List className={`${ordered ? "list-decimal" : "list-disc"} space-y-2 pl-6`}>
      {items.map((text) => (
        <li key={text}>{text}</li>
      ))}
    </List>
  );
}

/** Who may nominate, and how accounts get there: the same on every nomination page. */
export async function WhoMayNominate() {
  const t = await getTranslations("nominateGuide");
  return (
    <section className="card space-y-3" aria-labelledby="who-title">
      <h2 id="who-title" className="text-xl">
        {t("who.title")}
      </h2>
      <GuideList group="who.items" count={4} ordered={false} />
    </section>
  );
}
