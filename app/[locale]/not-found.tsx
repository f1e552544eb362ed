import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <section className="mx-auto max-w-xl space-y-4 py-10 text-center">
      <h1 className="text-2xl sm:text-3xl">{t("title")}</h1>
      <p className="text-muted">{t("text")}</p>
      <p className="flex justify-center gap-4">
        <Link href="/" className="btn-primary">
          {t("home")}
        </Link>
        <Link href="/search" className="btn-secondary">
          {t("search")}
        </Link>
      </p>
    </section>
  );
}
