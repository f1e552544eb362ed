import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  await pageLocale(params);
  const t = await getTranslations("privacy");
  return { title: t("title") };
}

export default async function PrivacyPage({ params }: LocaleParams) {
  await pageLocale(params);
  const t = await getTranslations("privacy");
  return (
    <article className="card mx-auto max-w-3xl">
      <h1 className="text-2xl">{t("title")}</h1>
      <div className="prose-cn mt-4">
        {t("body")
          .split("\n\n")
          .map((p, i) => (
            <p key={i}>{p}</p>
          ))}
      </div>
    </article>
  );
}
