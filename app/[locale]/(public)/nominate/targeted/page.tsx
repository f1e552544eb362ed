import Link from "next/link";
import type { Metadata } from "next";
// Process-wide translator and formatter (see board-i18n.ts): same words, compiled once.
import { getBoardFormatter as getFormatter, getBoardTranslations as getTranslations } from "@/components/boards/board-i18n";
import { board } from "@/lib/data/public-cache";
import { PageTitle } from "@/components/boards/page-title";
import { BackLink } from "@/components/boards/back-link";
import { GuideList, WhoMayNominate } from "@/components/boards/guide-list";
import { WindowLines, windowTexts } from "@/components/boards/vacancy-window";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { now as clockNow } from "@/lib/calendar/clock";
import { NominateButton } from "@/components/boards/nominate-button";
import { nominateBlockedTexts } from "@/components/boards/nominate-blocked-texts";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  await pageLocale(params);
  const t = await getTranslations();
  return { title: t("home.targetedTitle"), description: t("nominateGuide.targeted.summary") };
}

export default async function TargetedGuidePage({ params }: LocaleParams) {
  await pageLocale(params);
  const [t, format, open] = await Promise.all([getTranslations(), getFormatter(), board.openVacancies()]);
  const now = clockNow();
  return (
    <div className="space-y-6">
      <BackLink href="/nominate" label={t("nav.nominations")} />
      <PageTitle title={t("home.targetedTitle")} lead={t("nominateGuide.targeted.summary")} />
      <section className="card space-y-3" aria-labelledby="open-title">
        <h2 id="open-title" className="text-xl">
          {t("nominateGuide.targeted.openTitle", { count: open.length })}
        </h2>
        {open.length === 0 ? (
          <p className="text-muted">
            {t("nominateGuide.targeted.noneOpen")}{" "}
            <Link href="/vacancies" className="link">
              {t("vacancy.title")}
            </Link>
          </p>
        ) : (
          <ul className="divide-y divide-stone-200">
            {open.map((v) => (
              <li key={v.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <div className="min-w-0">
                  <Link href={`/vacancies/${v.id}`} className="link text-lg">
                    {v.post}
                  </Link>
                  <p className="text-sm text-muted">
                    {v.unit} · {t(`qualify.level.${v.level}`)} · {t("vacancy.headcountN", { count: v.headcount })}
                  </p>
                  <WindowLines w={windowTexts(t, format, v, now)} />
                </div>
                <NominateButton href={`/nominate/targeted/${v.id}`} label={t("vacancy.howTo.button")} blocked={nominateBlockedTexts(t)} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card space-y-3" aria-labelledby="rules-title">
        <h2 id="rules-title" className="text-xl">
          {t("nominateGuide.rulesTitle")}
        </h2>
        <GuideList group="targeted.rules" count={8} />
      </section>
      <WhoMayNominate />
    </div>
  );
}
