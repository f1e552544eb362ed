import { IntentLink as Link } from "@/components/ui/intent-link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { staffPage } from "@/lib/auth/page-guards";
import { getSessionAdmin, sessionAttendanceList } from "@/lib/data/training/classes";
import { NotFoundError } from "@/lib/data/errors";
import { INSTANT, toShanghaiDateTimeInput } from "@/lib/calendar/dates";
import { isTrainingClassEditable } from "@/lib/state/training";
import { formatHours } from "@/lib/training/hours";
import { BackLink } from "@/components/boards/back-link";
import { ActionForm } from "@/components/ui/action-form";
import { AttendanceList } from "@/components/training-admin/attendance-list";
import { TrainingSessionForm } from "@/components/training-admin/session-form";
import { deleteTrainingSessionAction, markAttendanceAction, saveTrainingSessionAction } from "../../../actions";

type Props = { params: Promise<{ id: string; sessionId: string }> };

const notFoundOn = (e: unknown): never => {
  if (e instanceof NotFoundError) notFound();
  throw e;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, sessionId } = await params;
  const s = await getSessionAdmin(await staffPage(`/admin/training/${id}/sessions/${sessionId}`), id, sessionId).catch(notFoundOn);
  return { title: `${s.title} · ${(await getTranslations("trainingAdmin.attendance"))("title")}` };
}

// One session: its attendance list (mark present or absent), the way to its 签到码, and its details to correct.
export default async function TrainingSessionPage({ params }: Props) {
  const { id, sessionId } = await params;
  const actor = await staffPage(`/admin/training/${id}/sessions/${sessionId}`);
  const [list, t, format] = await Promise.all([
    sessionAttendanceList(actor, id, sessionId).catch(notFoundOn),
    getTranslations("trainingAdmin"),
    getFormatter(),
  ]);
  const s = list.session;
  const when = (d: Date) => format.dateTime(d, INSTANT);
  const editable = isTrainingClassEditable(s.class.status);
  return (
    <div className="space-y-6">
      <BackLink href={`/admin/training/${id}#sessions`} label={s.class.title} />
      <header className="space-y-1">
        <h1 className="text-2xl break-words">{s.title}</h1>
        <p className="text-muted">
          {t("session.when", { from: when(s.startsAt), to: when(s.endsAt) })} ·{" "}
          {t("detail.hoursValue", { hours: formatHours(s.hoursTenths) })}
        </p>
      </header>
      <section className="space-y-3" aria-labelledby="attendance-title">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="attendance-title" className="text-xl">
            {t("attendance.title")}
          </h2>
          <Link href={`/admin/training/${id}/sessions/${sessionId}/code`} className="btn-secondary">
            {t("session.code")}
          </Link>
        </div>
        <p role="status" aria-live="polite">
          {t("attendance.summary", { present: list.present, total: list.rows.length })}
        </p>
        <AttendanceList
          sessionId={s.id}
          action={markAttendanceAction}
          rows={list.rows.map((r) => ({
            enrolmentId: r.enrolmentId,
            name: r.realName,
            unit: r.workUnit,
            present: r.present,
            how:
              r.present && r.markedAt ? t(r.method === "CODE" ? "attendance.byCode" : "attendance.byList", { at: when(r.markedAt) }) : null,
          }))}
        />
      </section>
      {editable && (
        <section className="card space-y-4" aria-labelledby="edit-session">
          <h2 id="edit-session" className="text-xl">
            {t("session.edit")}
          </h2>
          <TrainingSessionForm
            action={saveTrainingSessionAction}
            classId={id}
            sessionId={s.id}
            initial={{
              title: s.title,
              startsAt: toShanghaiDateTimeInput(s.startsAt),
              endsAt: toShanghaiDateTimeInput(s.endsAt),
              hoursTenths: formatHours(s.hoursTenths),
            }}
          />
          <div className="space-y-1 border-t border-stone-200 pt-4">
            <p className="text-sm text-muted">{t("session.deleteNote")}</p>
            <ActionForm action={deleteTrainingSessionAction} hidden={{ id: s.id }} submitLabel={t("session.delete")} variant="danger" />
          </div>
        </section>
      )}
    </div>
  );
}
