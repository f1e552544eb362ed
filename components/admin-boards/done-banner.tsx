import { getTranslations } from "next-intl/server";

const DONE = [
  "created",
  "saved",
  "publish",
  "unpublish",
  "toDraft",
  "cancel",
  "notice",
  "fill",
  "reopen",
  "vacancyAdvanced",
  "vacancyFilled",
] as const;

/** After a console action redirects back to the item: what just happened, announced politely. */
export async function DoneBanner({ done }: { done?: string }) {
  if (!done || !(DONE as readonly string[]).includes(done)) return <div role="status" aria-live="polite" />;
  const t = await getTranslations("boardAdmin.done");
  return (
    <div role="status" aria-live="polite">
      <p className="rounded-md border border-green-700 bg-green-50 px-4 py-3 text-green-900">{t(done)}</p>
    </div>
  );
}
