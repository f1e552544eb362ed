import { IntentLink as Link } from "@/components/ui/intent-link";
import { getTranslations } from "next-intl/server";

/** The public rendering of an item inside the console, with a note on who can see it now. */
export async function PreviewFrame({
  isPublic,
  publicHref,
  children,
}: {
  isPublic: boolean;
  publicHref: string;
  children: React.ReactNode;
}) {
  const t = await getTranslations("boardAdmin");
  return (
    <section aria-labelledby="preview-title" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="preview-title" className="text-xl">
          {t("preview")}
        </h2>
        {isPublic ? (
          <Link href={publicHref} className="link text-sm">
            {t("viewPublic")}
          </Link>
        ) : (
          <p className="text-sm text-amber-900">{t("notPublic")}</p>
        )}
      </div>
      <div className="rounded-lg border-2 border-dashed border-stone-300 p-3 sm:p-5">{children}</div>
    </section>
  );
}
