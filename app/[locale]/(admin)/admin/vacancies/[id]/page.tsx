import { IntentLink as Link } from "@/components/ui/intent-link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { staffPage } from "@/lib/auth/page-guards";
import { getVacancy } from "@/lib/data/vacancies";
import { NotFoundError } from "@/lib/data/errors";
import { BackLink } from "@/components/boards/back-link";
import { BoardBadge } from "@/components/boards/board-badge";
import { DetailList } from "@/components/ui/detail-list";
import { MarkdownBody } from "@/components/boards/markdown-body";
import { QualificationList } from "@/components/boards/qualification-list";
import { VacancyWindow } from "@/components/boards/vacancy-window";
import { DAY } from "@/lib/calendar/dates";
import { DoneBanner } from "@/components/admin-boards/done-banner";
import { PreviewFrame } from "@/components/admin-boards/preview-frame";
import { StatusActions, type StatusMove } from "@/components/admin-boards/status-actions";
import { cancelVacancyAction, vacancyStatusAction } from "../actions";
import { now as clockNow } from "@/lib/calendar/clock";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> };

async function load(id: string) {
  return getVacancy(await staffPage(`/admin/vacancies/${id}`), id).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load((await params).id)).post };
}

export default async function AdminVacancyPage({ params, searchParams }: Props) {
  const [{ id }, { done }] = await Promise.all([params, searchParams]);
  const [v, t, format] = await Promise.all([load(id), getTranslations(), getFormatter()]);
  const now = clockNow();
  const moves: StatusMove[] = v.moves.map(({ to, move }) => {
    switch (move) {
      case "publish":
        return { to, label: t("boardAdmin.publish"), variant: "primary", note: t("boardAdmin.vacancy.publishNote") };
      case "reopen":
        return { to, label: t("boardAdmin.vacancy.reopen"), note: t("boardAdmin.vacancy.reopenNote") };
      case "notice":
        return { to, label: t("boardAdmin.vacancy.toNotice"), note: t("boardAdmin.vacancy.toNoticeNote") };
      default:
        return {
          to,
          label: t("boardAdmin.vacancy.cancel"),
          variant: "danger",
          reasonLabel: t("boardAdmin.vacancy.cancelReason"),
          note: t("boardAdmin.vacancy.cancelNote"),
        };
    }
  });
  return (
    <div className="space-y-5">
      <BackLink href="/admin/vacancies" label={t("boardAdmin.nav.vacancies")} />
      <DoneBanner done={done} />
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl">{v.post}</h1>
        <BoardBadge tone={v.live ? v.stage : v.status} label={t(`boardAdmin.vacancyStatus.${v.status}`)} />
        {v.live && <BoardBadge tone={v.stage} label={t(`vacancy.status.${v.stage}`)} />}
      </div>
      <div className="grid gap-5 lg:grid-cols-[1fr_18rem]">
        <PreviewFrame isPublic={v.isPublic} publicHref={`/vacancies/${v.id}`}>
          <article className="space-y-4">
            <h2 className="text-2xl">{v.post}</h2>
            <p className="text-lg text-muted">{v.unit}</p>
            <VacancyWindow t={t} format={format} v={v} now={now} />
            {v.cancelReason && (
              <p className="text-red-900">
                {t("vacancy.cancelReason")}：{v.cancelReason}
              </p>
            )}
            <DetailList
              rows={[
                [t("vacancy.fields.level"), t(`qualify.level.${v.level}`)],
                [t("vacancy.fields.headcount"), t("vacancy.headcountN", { count: v.headcount })],
                [t("boardAdmin.vacancy.maxPerNominator"), String(v.maxPerNominator)],
                [t("vacancy.fields.publishedAt"), v.publishedAt ? format.dateTime(v.publishedAt, DAY) : "—"],
              ]}
            />
            <h3 className="text-xl">{t("vacancy.fields.duties")}</h3>
            <MarkdownBody markdown={v.duties} />
            <h3 className="text-xl">{t("vacancy.fields.qualifications")}</h3>
            <QualificationList t={t} v={v} />
            <MarkdownBody markdown={v.qualifications} />
          </article>
        </PreviewFrame>
        <aside className="space-y-4 self-start" aria-label={t("common.actions")}>
          <div className="card space-y-4">
            {v.canEdit ? (
              <Link href={`/admin/vacancies/${v.id}/edit`} className="btn-secondary w-full">
                {t("boardAdmin.edit")}
              </Link>
            ) : null}
            <StatusActions id={v.id} action={vacancyStatusAction} reasonAction={cancelVacancyAction} moves={moves} />
            {/* Nor is 公示中 (without its 公示): once nominations closed, say where the 公示 is published. */}
            {v.stage === "CLOSED" && !v.moves.some((m) => m.to === "NOTICE") && (
              <p className="text-sm text-muted" data-testid="notice-note">
                {t("boardAdmin.vacancy.noticeNote")}{" "}
                <Link href={`/admin/nominations/${v.id}`} className="link whitespace-nowrap">
                  {t("boardAdmin.vacancy.toReview")}
                </Link>
              </p>
            )}
            {/* 已任命 is never a hand move: say how it comes about while the vacancy waits for it. */}
            {v.status === "NOTICE" && (
              <p className="text-sm text-muted" data-testid="fill-note">
                {t("boardAdmin.vacancy.fillNote")}
              </p>
            )}
          </div>
          {(v.notices.length > 0 || v.appointments.length > 0) && (
            <div className="card space-y-2">
              <h2 className="text-lg">{t("boards.related")}</h2>
              <ul className="space-y-1 text-sm">
                {v.notices.map((n) => (
                  <li key={n.id}>
                    <Link href={`/admin/notices/${n.id}`} className="link">
                      {n.title}
                    </Link>{" "}
                    （{t(`boardAdmin.pubStatus.${n.status}`)}）
                  </li>
                ))}
                {v.appointments.map((a) => (
                  <li key={a.id}>
                    <Link href={`/admin/appointments/${a.id}`} className="link">
                      {t(`appointment.kind.${a.kind}`)}：{a.personName}
                    </Link>{" "}
                    （{t(`boardAdmin.pubStatus.${a.status}`)}）
                  </li>
                ))}
              </ul>
            </div>
          )}
        </aside>
      </div>
    </div>
  );
}
