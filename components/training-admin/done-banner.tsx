import { getTranslations } from "next-intl/server";

const DONE = [
  "created",
  "saved",
  "publish",
  "finish",
  "cancel",
  "sessionAdded",
  "sessionSaved",
  "sessionDeleted",
  "materialAdded",
  "materialDeleted",
  "approve",
  "decline",
  "waitlist",
  "bulkApproved",
] as const;

/** After a console action on a class redirects back to it: what just happened, announced politely. */
export async function TrainingDoneBanner({ done, n, full }: { done?: string; n?: string; full?: string }) {
  if (!done || !(DONE as readonly string[]).includes(done)) return <div role="status" aria-live="polite" />;
  const t = await getTranslations("trainingAdmin.done");
  const count = Math.max(0, Math.trunc(Number(n) || 0));
  const refused = Math.max(0, Math.trunc(Number(full) || 0));
  return (
    <div role="status" aria-live="polite">
      <p className="rounded-md border border-green-700 bg-green-50 px-4 py-3 text-green-900">
        {done === "bulkApproved" ? t("bulkApproved", { count }) : t(done)}
        {done === "bulkApproved" && refused > 0 ? ` ${t("bulkFull", { count: refused })}` : ""}
      </p>
    </div>
  );
}
