import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
// Process-wide translator and formatter (see board-i18n.ts): same words, compiled once.
import { getBoardFormatter as getFormatter, getBoardTranslations as getTranslations } from "@/components/boards/board-i18n";
import { board } from "@/lib/data/public-cache";
import { markdownExcerpt } from "@/lib/markdown/render";
import { MarkdownBody } from "@/components/boards/markdown-body";
import { BackLink } from "@/components/boards/back-link";
import { BoardBadge } from "@/components/boards/board-badge";
import { NoticePeriod } from "@/components/boards/notice-period";
import { NoticeEntries } from "@/components/boards/notice-entries";
import { NoticeClosing } from "@/components/boards/notice-closing";
import { noticeIssuer } from "@/lib/boards/notice-closing";
import { DAY, DAY_OF_INSTANT } from "@/lib/calendar/dates";
import { pageLocale } from "@/i18n/page-locale";
import { appointmentLink, RelatedLinks } from "@/components/boards/related-links";
import { now as clockNow } from "@/lib/calendar/clock";
import { periodState } from "@/lib/calendar/notice-period";
import type { F, T } from "@/components/boards/i18n-types";

// Rendered on first request, then cached like the list (see app/[locale]/layout.tsx).
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ id: string; locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await pageLocale(params);
  const n = await board.notice((await params).id);
  if (!n) return {};
  return { title: n.title, description: markdownExcerpt(n.body, 120) };
}

export default async function NoticePage({ params }: Props) {
  await pageLocale(params);
  const n = await board.notice((await params).id);
  if (!n) notFound();
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const now = clockNow();
  return (
    <article className="space-y-5">
      <BackLink href="/notices" label={t("notice.title")} />
      <header className="space-y-2">
        <BoardBadge tone={n.kind === "PRE_APPOINTMENT" ? "NOTICE" : "PUBLISHED"} label={t(`notice.kind.${n.kind}`)} />
        <h1 className="text-2xl sm:text-3xl">{n.title}</h1>
        {n.publishedAt && (
          <p className="text-sm text-muted">{t("notice.publishedOn", { date: format.dateTime(n.publishedAt, DAY_OF_INSTANT) })}</p>
        )}
      </header>
      {n.startsOn && n.endsOn && (
        <section className="card space-y-2" aria-labelledby="period-title">
          <h2 id="period-title" className="text-xl">
            {t("notice.fields.period")}
          </h2>
          <NoticePeriod t={t} format={format} n={{ startsOn: n.startsOn, endsOn: n.endsOn }} now={now} workingDays={n.workingDays} />
        </section>
      )}
      <section className="card">
        <MarkdownBody markdown={n.body} />
      </section>
      {n.entries.length > 0 && <NoticeEntries t={t} format={format} entries={n.entries} />}
      {n.kind === "PRE_APPOINTMENT" && <NoticeClosing t={t} format={format} org={noticeIssuer(t)} publishedAt={n.publishedAt} />}
      {n.kind === "PRE_APPOINTMENT" && n.startsOn && n.endsOn && n.entries.length > 0 && (
        <ObjectionEntry t={t} format={format} id={n.id} period={{ startsOn: n.startsOn, endsOn: n.endsOn }} now={now} />
      )}
      {n.contact && (
        <section className="card space-y-2 border-l-4 border-l-amber-600" aria-labelledby="contact-title">
          <h2 id="contact-title" className="text-xl">
            {t("notice.feedback.title")}
          </h2>
          <p>{t("notice.feedback.lead")}</p>
          <p className="font-medium whitespace-pre-line">{n.contact}</p>
          <p className="text-sm text-muted">{t("notice.feedback.note")}</p>
        </section>
      )}
      <RelatedLinks
        t={t}
        links={[
          ...(n.vacancy
            ? [
                {
                  key: n.vacancy.id,
                  href: `/vacancies/${n.vacancy.id}`,
                  label: t("boards.vacancyLink", { post: n.vacancy.post, unit: n.vacancy.unit }),
                },
              ]
            : []),
          ...n.appointments.map((a) => appointmentLink(t, format, a)),
        ]}
      />
    </article>
  );
}

/**
 * The way to 公示反映 while the notice is in its period. This page is cached for everyone (and
 * renewed each minute), so it carries no one's form: the link leads to the per-request form,
 * which, like the data layer, checks the period again at that second.
 */
function ObjectionEntry({
  t,
  format,
  id,
  period,
  now,
}: {
  t: T;
  format: F;
  id: string;
  period: { startsOn: Date; endsOn: Date };
  now: Date;
}) {
  const state = periodState(period, now);
  return (
    <section className="card space-y-2 border-l-4 border-l-brand-600" aria-labelledby="objection-title" data-testid="objection-entry">
      <h2 id="objection-title" className="text-xl">
        {t("objection.onNotice.title")}
      </h2>
      {state === "ACTIVE" ? (
        <>
          <p>{t("objection.onNotice.active")}</p>
          <p>
            <Link href={`/notices/${id}/object`} className="btn-primary">
              {t("objection.onNotice.link")}
            </Link>
          </p>
        </>
      ) : (
        <p>
          {t(state === "UPCOMING" ? "objection.onNotice.upcoming" : "objection.onNotice.ended", {
            from: format.dateTime(period.startsOn, DAY),
          })}
        </p>
      )}
    </section>
  );
}
