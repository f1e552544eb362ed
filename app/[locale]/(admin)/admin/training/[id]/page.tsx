import { IntentLink as Link } from "@/components/ui/intent-link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { staffPage } from "@/lib/auth/page-guards";
import { getClassAdmin } from "@/lib/data/training/classes";
import { NotFoundError } from "@/lib/data/errors";
import { INSTANT } from "@/lib/calendar/dates";
import { enrolmentDecisions } from "@/lib/state/training";
import { formatHours } from "@/lib/training/hours";
import { BackLink } from "@/components/boards/back-link";
import { BoardBadge } from "@/components/boards/board-badge";
import { DetailList } from "@/components/ui/detail-list";
import { MarkdownBody } from "@/components/boards/markdown-body";
import { ActionForm } from "@/components/ui/action-form";
import { TrainingDoneBanner } from "@/components/training-admin/done-banner";
import { TrainingSessionForm } from "@/components/training-admin/session-form";
import { TrainingMaterialForm } from "@/components/training-admin/material-form";
import { SignupList } from "@/components/training-admin/signup-list";
import {
  addTrainingMaterialAction,
  bulkApproveEnrolmentsAction,
  cancelTrainingClassAction,
  decideEnrolmentAction,
  deleteTrainingMaterialAction,
  saveTrainingSessionAction,
  trainingClassMoveAction,
} from "../actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string; n?: string; full?: string }> };

async function load(id: string) {
  return getClassAdmin(await staffPage(`/admin/training/${id}`), id).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load((await params).id)).title };
}

const sizeText = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

export default async function TrainingClassPage({ params, searchParams }: Props) {
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const [c, t, tl, format] = await Promise.all([
    load(id),
    getTranslations("trainingAdmin"),
    getTranslations("qualify.level"),
    getFormatter(),
  ]);
  const when = (d: Date) => format.dateTime(d, INSTANT);
  return (
    <div className="space-y-6">
      <BackLink href="/admin/training" label={t("title")} />
      <TrainingDoneBanner done={sp.done} n={sp.n} full={sp.full} />
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl break-words">{c.title}</h1>
        <BoardBadge tone={c.status} label={t(`status.${c.status}`)} />
      </div>
      <div className="grid gap-5 lg:grid-cols-[1fr_18rem]">
        <section className="card min-w-0 space-y-4" aria-labelledby="class-details">
          <h2 id="class-details" className="text-xl">
            {t("detail.about")}
          </h2>
          <DetailList
            rows={[
              [t("fields.organizer"), c.organizer],
              [t("fields.kind"), t(`kind.${c.kind}`)],
              [t("fields.place"), c.place ?? "—"],
              [
                t("fields.onlineUrl"),
                c.onlineUrl ? (
                  <a href={c.onlineUrl} className="link break-all" rel="noopener noreferrer" target="_blank">
                    {c.onlineUrl}
                  </a>
                ) : (
                  "—"
                ),
              ],
              [t("fields.capacity"), t("counts.seatsValue", { taken: c.seatsTaken, capacity: c.capacity })],
              [t("fields.eligibleLevels"), c.eligibleLevels.length ? c.eligibleLevels.map((l) => tl(l)).join("、") : t("detail.everyone")],
              [t("fields.eligibleUnits"), c.eligibleUnits.length ? c.eligibleUnits.join("、") : t("detail.everyone")],
              [t("detail.window"), t("detail.windowValue", { from: when(c.signupOpensAt), to: when(c.signupClosesAt) })],
              [t("detail.totalHours"), t("detail.hoursValue", { hours: formatHours(c.totalTenths) })],
              [t("detail.publishedAt"), c.publishedAt ? when(c.publishedAt) : "—"],
            ]}
          />
          {c.description && (
            <>
              <h3 className="text-lg">{t("fields.description")}</h3>
              <MarkdownBody markdown={c.description} />
            </>
          )}
        </section>
        <aside className="space-y-4 self-start" aria-label={t("detail.actions")}>
          <div className="card space-y-4">
            {c.canEdit && (
              <Link href={`/admin/training/${c.id}/edit`} className="btn-secondary w-full">
                {t("detail.edit")}
              </Link>
            )}
            {c.moves.map((m) =>
              m === "cancel" ? (
                <div key={m} className="space-y-1">
                  <p className="text-sm text-muted">{t("detail.cancelNote")}</p>
                  <ActionForm
                    action={cancelTrainingClassAction}
                    hidden={{ id: c.id }}
                    submitLabel={t("detail.cancel")}
                    variant="danger"
                    reasonLabel={t("detail.cancelReason")}
                  />
                </div>
              ) : (
                <div key={m} className="space-y-1">
                  <p className="text-sm text-muted">{t(`detail.${m}Note`)}</p>
                  <ActionForm
                    action={trainingClassMoveAction}
                    hidden={{ id: c.id, move: m }}
                    submitLabel={t(`detail.${m}`)}
                    variant={m === "publish" ? "primary" : "secondary"}
                  />
                </div>
              ),
            )}
          </div>
          <div className="card space-y-1">
            <h2 className="text-lg">{t("detail.signupCounts")}</h2>
            <p>{t("counts.line", { pending: c.counts.pending, approved: c.counts.approved, waitlisted: c.counts.waitlisted })}</p>
          </div>
        </aside>
      </div>

      <section id="sessions" className="card min-w-0 space-y-4" aria-labelledby="sessions-title">
        <h2 id="sessions-title" className="text-xl">
          {t("session.sectionTitle", { count: c.sessions.length })}
        </h2>
        {c.sessions.length === 0 ? (
          <p className="text-muted">{t("session.empty")}</p>
        ) : (
          <ol className="divide-y divide-stone-200">
            {c.sessions.map((s) => (
              <li key={s.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
                <div className="min-w-0">
                  <p className="font-semibold break-words">{s.title}</p>
                  <p className="text-sm text-muted">
                    {t("session.when", { from: when(s.startsAt), to: when(s.endsAt) })} ·{" "}
                    {t("detail.hoursValue", { hours: formatHours(s.hoursTenths) })}
                  </p>
                  <p className="text-sm text-muted">{t("session.attended", { count: s.attended })}</p>
                </div>
                <div className="flex flex-wrap gap-2">
                  <Link
                    href={`/admin/training/${c.id}/sessions/${s.id}`}
                    className="btn-secondary"
                    aria-label={t("session.attendanceFor", { title: s.title })}
                  >
                    {t("session.attendance")}
                  </Link>
                  <Link
                    href={`/admin/training/${c.id}/sessions/${s.id}/code`}
                    className="btn-secondary"
                    aria-label={t("session.codeFor", { title: s.title })}
                  >
                    {t("session.code")}
                  </Link>
                </div>
              </li>
            ))}
          </ol>
        )}
        {c.canEdit && (
          <details className="rounded-md border border-stone-200 p-3" open={c.sessions.length === 0}>
            <summary className="cursor-pointer font-medium">{t("session.add")}</summary>
            <div className="mt-3">
              <TrainingSessionForm action={saveTrainingSessionAction} classId={c.id} />
            </div>
          </details>
        )}
      </section>

      <section id="materials" className="card min-w-0 space-y-4" aria-labelledby="materials-title">
        <h2 id="materials-title" className="text-xl">
          {t("material.sectionTitle")}
        </h2>
        {c.materials.length === 0 ? (
          <p className="text-muted">{t("material.empty")}</p>
        ) : (
          <ul className="divide-y divide-stone-200">
            {c.materials.map((m) => (
              <li key={m.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <div className="min-w-0">
                  {m.url ? (
                    <a href={m.url} className="link break-words" rel="noopener noreferrer" target="_blank">
                      {m.title}
                    </a>
                  ) : (
                    <a href={`/admin/training/materials/${m.id}`} className="link break-words">
                      {m.title}
                    </a>
                  )}
                  <p className="text-sm text-muted break-all">{m.url ? t("material.link") : `${m.fileName} · ${sizeText(m.size ?? 0)}`}</p>
                </div>
                {c.canEdit && (
                  <ActionForm
                    action={deleteTrainingMaterialAction}
                    hidden={{ id: m.id }}
                    submitLabel={t("material.delete")}
                    variant="secondary"
                  />
                )}
              </li>
            ))}
          </ul>
        )}
        {c.canEdit && (
          <details className="rounded-md border border-stone-200 p-3">
            <summary className="cursor-pointer font-medium">{t("material.add")}</summary>
            <div className="mt-3">
              <TrainingMaterialForm action={addTrainingMaterialAction} classId={c.id} />
            </div>
          </details>
        )}
      </section>

      <section id="signups" className="min-w-0 space-y-3" aria-labelledby="signups-title">
        <h2 id="signups-title" className="text-xl">
          {t("signups.title", { count: c.enrolments.length })}
        </h2>
        {c.status !== "PUBLISHED" && c.enrolments.length > 0 && <p className="text-sm text-muted">{t("signups.closedNote")}</p>}
        <SignupList
          classId={c.id}
          decide={decideEnrolmentAction}
          bulk={bulkApproveEnrolmentsAction}
          rows={c.enrolments.map((e) => ({
            id: e.id,
            name: e.user.realName,
            unit: e.user.workUnit,
            position: e.user.position,
            level: e.user.cadreLevel,
            signedUpAt: when(e.createdAt),
            status: e.status,
            note: e.note,
            decisions: c.status === "PUBLISHED" ? enrolmentDecisions(e.status) : [],
          }))}
        />
      </section>
    </div>
  );
}
