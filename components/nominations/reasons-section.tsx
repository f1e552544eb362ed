import { getTranslations } from "next-intl/server";
import { REASON_FIELDS } from "@/lib/validation/nomination-reasons";

type Reasons = Record<(typeof REASON_FIELDS)[number], string>;

/** The five headings of cadre appraisal (德能勤绩廉) of one nomination, as the nominator wrote them. */
export async function ReasonsSection({ title, reasons }: { title: string; reasons: Reasons }) {
  const t = await getTranslations("nominations");
  return (
    <section className="card space-y-3" aria-labelledby="reasons-title">
      <h2 id="reasons-title" className="text-lg">
        {title}
      </h2>
      {REASON_FIELDS.map((f) => (
        <div key={f}>
          <h3 className="font-semibold">{t(`reason.${f}`)}</h3>
          <p className="whitespace-pre-wrap">{reasons[f]}</p>
        </div>
      ))}
    </section>
  );
}
