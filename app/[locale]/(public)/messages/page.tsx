import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/boards/page-title";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { caseAcceptDays, caseAnswerDays } from "@/lib/env/settings";
import { TALK_FOLLOW_UP_DAYS } from "@/lib/cases/deadlines";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  await pageLocale(params);
  const t = await getTranslations("messagesPage");
  return { title: t("title"), description: t("lead") };
}

const SECTIONS = ["for", "how", "replies", "confidential"] as const;

/**
 * 我向组织说心里话: what the channel is for, who reads it, the deadlines and how replies work.
 * The page is cached for everyone, so it holds nothing of the visitor: the form, or what a
 * visitor or an account not yet approved is told instead, is /messages/write, rendered per request.
 */
export default async function MessagesPage({ params }: LocaleParams) {
  await pageLocale(params);
  const t = await getTranslations("messagesPage");
  const values = { accept: caseAcceptDays(), answer: caseAnswerDays(), days: TALK_FOLLOW_UP_DAYS };
  return (
    <div className="space-y-6">
      <PageTitle title={t("title")} lead={t("lead")} />
      <section className="card flex flex-wrap items-center justify-between gap-4 border-brand-600" aria-labelledby="m-write">
        <div className="max-w-2xl space-y-1">
          <h2 id="m-write" className="text-xl">
            {t("write.title")}
          </h2>
          <p>{t("write.text")}</p>
        </div>
        <p className="flex flex-wrap gap-3">
          <Link href="/messages/write" className="btn-primary" data-testid="write-letter">
            {t("write.button")}
          </Link>
          <Link href="/account/cases" className="btn-secondary">
            {t("write.mine")}
          </Link>
        </p>
      </section>
      {SECTIONS.map((s) => (
        <section key={s} className="card space-y-2" aria-labelledby={`m-${s}`}>
          <h2 id={`m-${s}`} className="text-xl">
            {t(`${s}.title`)}
          </h2>
          <p>{t(`${s}.text`, values)}</p>
        </section>
      ))}
    </div>
  );
}
