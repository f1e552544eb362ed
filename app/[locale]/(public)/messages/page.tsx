import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/boards/page-title";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  await pageLocale(params);
  const t = await getTranslations("messagesPage");
  return { title: t("title"), description: t("lead") };
}

const SECTIONS = ["for", "how", "replies", "confidential"] as const;

/** 我向组织说心里话: what the channel is for and how replies work. The form itself comes with a later issue. */
export default async function MessagesPage({ params }: LocaleParams) {
  await pageLocale(params);
  const t = await getTranslations("messagesPage");
  return (
    <div className="space-y-6">
      <PageTitle title={t("title")} lead={t("lead")} />
      {SECTIONS.map((s) => (
        <section key={s} className="card space-y-2" aria-labelledby={`m-${s}`}>
          <h2 id={`m-${s}`} className="text-xl">
            {t(`${s}.title`)}
          </h2>
          <p>{t(`${s}.text`)}</p>
        </section>
      ))}
      <p className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-amber-900" role="note">
        {t("soon")}
      </p>
    </div>
  );
}
