import { IntentLink as Link } from "@/components/ui/intent-link";
import { getTranslations } from "next-intl/server";

/** The 403 page's content: a signed-in account that may not open a page (see lib/auth/page-guards.ts). */
export async function ForbiddenNotice() {
  const t = await getTranslations("forbidden");
  return (
    <section className="mx-auto max-w-xl space-y-4 py-10 text-center" role="alert" data-testid="forbidden">
      <h1 className="text-2xl sm:text-3xl">{t("title")}</h1>
      <p className="text-muted">{t("text")}</p>
      <p className="flex justify-center gap-4">
        <Link href="/" className="btn-primary">
          {t("home")}
        </Link>
        <Link href="/account" className="btn-secondary">
          {t("account")}
        </Link>
      </p>
    </section>
  );
}
