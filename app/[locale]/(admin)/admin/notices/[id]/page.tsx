import { IntentLink as Link } from "@/components/ui/intent-link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { staffPage } from "@/lib/auth/page-guards";
import { getNotice, periodWorkingDays } from "@/lib/data/notices";
import { loadWorkCalendar } from "@/lib/data/holidays";
import { NotFoundError } from "@/lib/data/errors";
import { MIN_NOTICE_WORKING_DAYS } from "@/lib/calendar/notice-period";
import { BackLink } from "@/components/boards/back-link";
import { BoardBadge } from "@/components/boards/board-badge";
import { MarkdownBody } from "@/components/boards/markdown-body";
import { NoticeEntries } from "@/components/boards/notice-entries";
import { NoticePeriod } from "@/components/boards/notice-period";
import { DoneBanner } from "@/components/admin-boards/done-banner";
import { PreviewFrame } from "@/components/admin-boards/preview-frame";
import { StatusActions } from "@/components/admin-boards/status-actions";
import { publicationMoves } from "@/components/admin-boards/moves";
import { noticeStatusAction } from "../actions";
import { recordNoticeResultAction } from "./actions";
import { getNoticeResults } from "@/lib/data/notice-results";
import { LoopDone } from "@/components/loop/loop-done";
import { NoticeResultsPanel } from "@/components/loop/notice-results-panel";
import { now as clockNow } from "@/lib/calendar/clock";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> };

async function load(id: string) {
  return getNotice(await staffPage(`/admin/notices/${id}`), id).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load((await params).id)).title };
}

export default async function AdminNoticePage({ params, searchParams }: Props) {
  const [{ id }, { done }] = await Promise.all([params, searchParams]);
  const [n, t, format, cal] = await Promise.all([load(id), getTranslations(), getFormatter(), loadWorkCalendar()]);
  const now = clockNow();
  const results = await getNoticeResults(await staffPage(`/admin/notices/${id}`), id, now);
  const days = n.startsOn && n.endsOn ? periodWorkingDays(cal, n.startsOn, n.endsOn) : null;
  return (
    <div className="space-y-5">
      <BackLink href="/admin/notices" label={t("boardAdmin.nav.notices")} />
      <DoneBanner done={done} />
      <LoopDone done={done} />
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl">{n.title}</h1>
        <BoardBadge tone={n.status} label={t(`boardAdmin.pubStatus.${n.status}`)} />
      </div>
      {n.startsOn && n.endsOn && (
        <section className="card space-y-1 border-l-4 border-l-amber-600" aria-labelledby="computed-title" data-testid="computed-period">
          <h2 id="computed-title" className="text-lg">
            {t("boardAdmin.notice.computedTitle")}
          </h2>
          <NoticePeriod t={t} format={format} n={{ startsOn: n.startsOn, endsOn: n.endsOn }} now={now} workingDays={days} />
          <p className="text-sm text-muted">
            {days === null
              ? t("boardErrors.calendarNotCovered")
              : days < MIN_NOTICE_WORKING_DAYS
                ? t("boardErrors.noticeTooShort")
                : t("boardAdmin.notice.computedNote")}
          </p>
        </section>
      )}
      <NoticeResultsPanel results={results} action={recordNoticeResultAction} />
      <div className="grid gap-5 lg:grid-cols-[1fr_18rem]">
        <PreviewFrame isPublic={n.isPublic} publicHref={`/notices/${n.id}`}>
          <article className="space-y-4">
            <BoardBadge tone={n.kind === "PRE_APPOINTMENT" ? "NOTICE" : "PUBLISHED"} label={t(`notice.kind.${n.kind}`)} />
            <h2 className="text-2xl">{n.title}</h2>
            <MarkdownBody markdown={n.body} />
            {n.entries.length > 0 && <NoticeEntries t={t} format={format} entries={n.entries} />}
            {n.contact && (
              <div className="space-y-1">
                <h3 className="text-lg">{t("notice.feedback.title")}</h3>
                <p className="whitespace-pre-line">{n.contact}</p>
              </div>
            )}
          </article>
        </PreviewFrame>
        <aside className="space-y-4 self-start" aria-label={t("common.actions")}>
          <div className="card space-y-4">
            {n.canEdit ? (
              <Link href={`/admin/notices/${n.id}/edit`} className="btn-secondary w-full">
                {t("boardAdmin.edit")}
              </Link>
            ) : (
              <p className="text-sm text-muted">{t("boardAdmin.unpublishToEdit")}</p>
            )}
            <StatusActions id={n.id} action={noticeStatusAction} moves={publicationMoves(t, n.moves)} />
          </div>
          {n.vacancy && (
            <div className="card text-sm">
              <p className="text-muted">{t("boardAdmin.notice.vacancy")}</p>
              <Link href={`/admin/vacancies/${n.vacancy.id}`} className="link">
                {n.vacancy.post}（{n.vacancy.unit}）
              </Link>{" "}
              · {t(`boardAdmin.vacancyStatus.${n.vacancy.status}`)}
            </div>
          )}
        </aside>
      </div>
    </div>
  );
}
