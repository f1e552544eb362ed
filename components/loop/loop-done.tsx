import { getTranslations } from "next-intl/server";

const DONE = { drafted: "loop.draft.created", result: "loop.results.recorded", assessed: "loop.probation.assessed" } as const;

/** After a selection-loop action redirects back: what just happened, announced politely. */
export async function LoopDone({ done }: { done?: string }) {
  const key = done && Object.hasOwn(DONE, done) ? DONE[done as keyof typeof DONE] : null;
  if (!key) return null;
  const t = await getTranslations();
  return (
    <div role="status" aria-live="polite">
      <p className="rounded-md border border-green-700 bg-green-50 px-4 py-3 text-green-900">{t(key)}</p>
    </div>
  );
}
