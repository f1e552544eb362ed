import { getTranslations } from "next-intl/server";

const DONE = [
  "created",
  "saved",
  "deleted",
  "questionAdded",
  "questionSaved",
  "questionRemoved",
  "questionMoved",
  "opened",
  "closed",
  "published",
  "withdrawn",
  "answered",
] as const;

/** After a survey action redirects back: what just happened, announced politely. */
export async function SurveyDone({ done }: { done?: string }) {
  if (!done || !(DONE as readonly string[]).includes(done)) return null;
  const t = await getTranslations("survey.done");
  return (
    <div role="status" aria-live="polite">
      <p className="rounded-md border border-green-700 bg-green-50 px-4 py-3 text-green-900">{t(done)}</p>
    </div>
  );
}
