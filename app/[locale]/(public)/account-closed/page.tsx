import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  await pageLocale(params);
  const t = await getTranslations("rights.closed");
  return { title: t("title"), robots: { index: false } };
}

// Where closing an account lands (its session has ended by then): what happened, in words.
export default async function AccountClosedPage({ params }: LocaleParams) {
  await pageLocale(params);
  const t = await getTranslations("rights.closed");
  return (
    <article className="card mx-auto max-w-3xl space-y-4" data-testid="account-closed">
      <h1 className="text-2xl">{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <Link href="/" className="btn-secondary">
          {t("home")}
        </Link>
      </p>
    </article>
  );
}
