import Link from "next/link";
import type { Metadata } from "next";
import { getBoardFormatter, getBoardTranslations } from "@/components/boards/board-i18n";
import { BoardBadge } from "@/components/boards/board-badge";
import { PageTitle } from "@/components/boards/page-title";
import { ClassFacts, classStage, stageTone } from "@/components/training/class-facts";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { now as clockNow } from "@/lib/calendar/clock";
import { trainingBoard } from "@/lib/data/training/public-cache";
import type { ClassCard } from "@/lib/data/training/public";

// 干部教育培训: the upcoming classes and the latest past ones (for their materials). Rendered
// once per language and cached like the boards; the console's changes expire it.

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  await pageLocale(params);
  const t = await getBoardTranslations();
  return { title: t("training.public.title"), description: t("training.public.lead") };
}

export default async function TrainingListPage({ params }: LocaleParams) {
  await pageLocale(params);
  const [t, format, { upcoming, past }] = await Promise.all([getBoardTranslations(), getBoardFormatter(), trainingBoard.list()]);
  const now = clockNow();
  const item = (c: ClassCard) => {
    const stage = classStage(c, now);
    return (
      <li key={c.id} className="card space-y-3">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <h3 className="text-lg">
            <Link href={`/training/${c.id}`} className="link">
              {c.title}
            </Link>
          </h3>
          <BoardBadge tone={stageTone(stage)} label={t(`training.stage.${stage}`)} />
        </div>
        <ClassFacts t={t} format={format} c={c} />
        <p className="flex flex-wrap gap-x-4 text-sm">
          <Link href={`/training/${c.id}`} className="link">
            {t("training.public.details")}
          </Link>
          {c.materialCount > 0 && (
            <Link href={`/training/${c.id}#materials`} className="link">
              {t("training.public.materialsCount", { count: c.materialCount })}
            </Link>
          )}
        </p>
      </li>
    );
  };
  return (
    <div className="space-y-8">
      <PageTitle title={t("training.public.title")} lead={t("training.public.lead")}>
        <p className="flex flex-wrap gap-2">
          <Link href="/account/training" className="btn-secondary">
            {t("training.public.myRecord")}
          </Link>
          <Link href="/training/check-in" className="btn-secondary">
            {t("training.public.checkIn")}
          </Link>
        </p>
      </PageTitle>
      <section aria-labelledby="upcoming" className="space-y-3">
        <h2 id="upcoming" className="text-xl">
          {t("training.public.upcoming")}
        </h2>
        {upcoming.length === 0 ? (
          <p className="card text-muted">{t("training.public.upcomingEmpty")}</p>
        ) : (
          <ul className="space-y-4">{upcoming.map(item)}</ul>
        )}
      </section>
      {past.length > 0 && (
        <section aria-labelledby="past" className="space-y-3">
          <h2 id="past" className="text-xl">
            {t("training.public.past")}
          </h2>
          <p className="text-sm text-muted">{t("training.public.pastHint")}</p>
          <ul className="space-y-4">{past.map(item)}</ul>
        </section>
      )}
    </div>
  );
}
