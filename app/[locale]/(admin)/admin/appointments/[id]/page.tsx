import { IntentLink as Link } from "@/components/ui/intent-link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { staffPage } from "@/lib/auth/page-guards";
import { getAppointment } from "@/lib/data/appointments";
import { NotFoundError } from "@/lib/data/errors";
import { BackLink } from "@/components/boards/back-link";
import { BoardBadge } from "@/components/boards/board-badge";
import { DetailList } from "@/components/ui/detail-list";
import { MarkdownBody } from "@/components/boards/markdown-body";
import { DAY } from "@/lib/calendar/dates";
import { DoneBanner } from "@/components/admin-boards/done-banner";
import { PreviewFrame } from "@/components/admin-boards/preview-frame";
import { StatusActions } from "@/components/admin-boards/status-actions";
import { publicationMoves } from "@/components/admin-boards/moves";
import { appointmentStatusAction } from "../actions";
import { AppointmentGatePanel } from "@/components/loop/appointment-gate-panel";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> };

async function load(id: string) {
  return getAppointment(await staffPage(`/admin/appointments/${id}`), id).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load((await params).id)).personName };
}

export default async function AdminAppointmentPage({ params, searchParams }: Props) {
  const [{ id }, { done }] = await Promise.all([params, searchParams]);
  const [a, t, format] = await Promise.all([load(id), getTranslations(), getFormatter()]);
  const title = t(`appointment.sentence.${a.kind}`, { name: a.personName, post: a.post });
  return (
    <div className="space-y-5">
      <BackLink href="/admin/appointments" label={t("boardAdmin.nav.appointments")} />
      <DoneBanner done={done} />
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl">{title}</h1>
        <BoardBadge tone={a.status} label={t(`boardAdmin.pubStatus.${a.status}`)} />
      </div>
      <div className="grid gap-5 lg:grid-cols-[1fr_18rem]">
        <PreviewFrame isPublic={a.isPublic} publicHref={`/appointments/${a.id}`}>
          <article className="space-y-4">
            <h2 className="text-2xl">{title}</h2>
            <DetailList
              rows={[
                [t("appointment.fields.kind"), t(`appointment.kind.${a.kind}`)],
                [t("appointment.fields.personName"), a.personName],
                [t("appointment.fields.post"), a.post],
                [t("appointment.fields.unit"), a.unit],
                [t("appointment.fields.docNumber"), a.docNumber ?? "—"],
                [t("appointment.fields.decidedOn"), format.dateTime(a.decidedOn, DAY)],
                [t("appointment.fields.vacancy"), a.vacancy ? `${a.vacancy.post}（${a.vacancy.unit}）` : "—"],
                [t("appointment.fields.notice"), a.notice ? a.notice.title : "—"],
              ]}
            />
            {a.body.trim() && <MarkdownBody markdown={a.body} />}
          </article>
        </PreviewFrame>
        <aside className="card space-y-4 self-start" aria-label={t("common.actions")}>
          {a.canEdit ? (
            <Link href={`/admin/appointments/${a.id}/edit`} className="btn-secondary w-full">
              {t("boardAdmin.edit")}
            </Link>
          ) : (
            <p className="text-sm text-muted">{t("boardAdmin.unpublishToEdit")}</p>
          )}
          <StatusActions id={a.id} action={appointmentStatusAction} moves={publicationMoves(t, a.moves)} />
          <AppointmentGatePanel
            gate={a.gate}
            draft={!a.isPublic}
            person={a.noticeEntry}
            probation={{ on: a.probation, endsOn: a.probationEndsOn, result: a.probationResult }}
          />
        </aside>
      </div>
    </div>
  );
}
