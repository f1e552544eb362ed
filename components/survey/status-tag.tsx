import { getTranslations } from "next-intl/server";

const TONE: Record<string, string> = {
  DRAFT: "bg-stone-100 text-stone-800",
  OPEN: "bg-green-100 text-green-900",
  CLOSED: "bg-amber-100 text-amber-900",
};

export async function SurveyStatusTag({ status }: { status: string }) {
  const t = await getTranslations("survey.status");
  return <span className={`rounded px-2 py-0.5 text-sm whitespace-nowrap ${TONE[status] ?? TONE.DRAFT}`}>{t(status)}</span>;
}
