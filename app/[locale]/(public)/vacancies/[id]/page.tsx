import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
// Process-wide translator and formatter (see board-i18n.ts): same words, compiled once.
import { getBoardFormatter as getFormatter, getBoardTranslations as getTranslations } from "@/components/boards/board-i18n";
import { board } from "@/lib/data/public-cache";
import { isWindowOpen, vacancyStage } from "@/lib/state/vacancy";
import { markdownExcerpt } from "@/lib/markdown/render";
import { MarkdownBody } from "@/components/boards/markdown-body";
import { BoardBadge } from "@/components/boards/board-badge";
import { DetailList } from "@/components/ui/detail-list";
import { BackLink } from "@/components/boards/back-link";
import { VacancyWindow } from "@/components/boards/vacancy-window";
import { DAY, INSTANT } from "@/lib/calendar/dates";
import { QualificationList } from "@/components/boards/qualification-list";
import { pageLocale } from "@/i18n/page-locale";
import { appointmentLink, RelatedLinks } from "@/components/boards/related-links";
import { now as clockNow } from "@/lib/calendar/clock";
import { NominateButton } from "@/components/boards/nominate-button";
import { nominateBlockedTexts } from "@/components/boards/nominate-blocked-texts";

// Rendered on first request, then cached like the list (see app/[locale]/layout.tsx).
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ id: string; locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await pageLocale(params);
  const v = await board.vacancy((await params).id);
  if (!v) return {};
  return { title: `${v.post} — ${v.unit}`, description: markdownExcerpt(v.duties, 120) };
}

export default async function VacancyPage({ params }: Props) {
  await pageLocale(params);
  const { id } = await params;
  const v = await board.vacancy(id);
  if (!v) notFound();
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const now = clockNow();
  const status = vacancyStage(v, now);
  const open = isWindowOpen(v, now);
  return (
    <article className="space-y-6">
      <BackLink href="/vacancies" label={t("vacancy.title")} />
      <header className="space-y-2">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl sm:text-3xl">{v.post}</h1>
          <BoardBadge tone={status} label={t(`vacancy.status.${status}`)} />
        </div>
        <p className="text-lg text-muted">{v.unit}</p>
      </header>

      <section className="card space-y-4" aria-labelledby="nominate-title">
        <h2 id="nominate-title" className="text-xl">
          {t("vacancy.howTo.title")}
        </h2>
        <VacancyWindow t={t} format={format} v={v} now={now} live />
        {open ? (
          <div className="space-y-3">
            <p>{t("vacancy.howTo.open", { count: v.maxPerNominator })}</p>
            <NominateButton href={`/nominate/targeted/${v.id}`} label={t("vacancy.howTo.button")} blocked={nominateBlockedTexts(t)} />
          </div>
        ) : status === "NOT_YET" ? (
          <p>{t("vacancy.howTo.notYet", { opens: format.dateTime(v.opensAt, INSTANT) })}</p>
        ) : status === "CANCELLED" ? (
          <p>{t("vacancy.howTo.cancelled")}</p>
        ) : (
          <p>{t("vacancy.howTo.closed")}</p>
        )}
        <p className="text-sm text-muted">
          {t("vacancy.howTo.rules")}{" "}
          <Link href="/nominate/targeted" className="link">
            {t("vacancy.howTo.more")}
          </Link>
        </p>
      </section>

      {v.cancelReason && status === "CANCELLED" && (
        <p className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-red-900" role="note">
          {t("vacancy.cancelReason")}：{v.cancelReason}
        </p>
      )}

      <section className="card">
        <DetailList
          rows={[
            [t("vacancy.fields.post"), v.post],
            [t("vacancy.fields.unit"), v.unit],
            [t("vacancy.fields.level"), t(`qualify.level.${v.level}`)],
            [t("vacancy.fields.headcount"), t("vacancy.headcountN", { count: v.headcount })],
            [t("vacancy.fields.status"), t(`vacancy.status.${status}`)],
            [t("vacancy.fields.publishedAt"), v.publishedAt ? format.dateTime(v.publishedAt, DAY) : "—"],
          ]}
        />
      </section>

      <section className="card" aria-labelledby="duties-title">
        <h2 id="duties-title" className="text-xl">
          {t("vacancy.fields.duties")}
        </h2>
        <MarkdownBody markdown={v.duties} />
      </section>

      <section className="card space-y-3" aria-labelledby="qual-title">
        <h2 id="qual-title" className="text-xl">
          {t("vacancy.fields.qualifications")}
        </h2>
        <QualificationList t={t} v={v} />
        <MarkdownBody markdown={v.qualifications} />
      </section>

      <RelatedLinks
        t={t}
        links={[
          ...v.notices.map((n) => ({ key: n.id, href: `/notices/${n.id}`, label: n.title })),
          ...v.appointments.map((a) => appointmentLink(t, format, a)),
        ]}
      />
    </article>
  );
}
