import { IntentLink as Link } from "@/components/ui/intent-link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { staffPage } from "@/lib/auth/page-guards";
import { getAccount } from "@/lib/data/accounts";
import { NotFoundError } from "@/lib/data/errors";
import { ActionForm } from "@/components/ui/action-form";
import { RegistrationDecision } from "@/components/console-queue/registration-decision";
import { StatusBadge } from "@/components/ui/status-badge";
import { approveAction, rejectAction, restoreAction, revealIdAction, suspendAction } from "../../account-actions";
import { DetailList } from "@/components/ui/detail-list";
import { ProfileChangeReview } from "@/components/account/profile-change-review";
import { BIRTH, INSTANT } from "@/lib/calendar/dates";

export default async function RegistrationDetail({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await staffPage(`/admin/registrations/${id}`);
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const user = await getAccount(actor, id).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const rows: [string, string][] = [
    [t("fields.realName"), user.realName],
    [t("fields.idNumber"), user.idMasked],
    [t("fields.gender"), t(`gender.${user.gender}`)],
    [t("fields.birthDate"), format.dateTime(user.birthDate, BIRTH)],
    [t("fields.phone"), user.phone],
    [t("fields.email"), user.email ?? "—"],
    [t("fields.workUnit"), user.workUnit],
    [t("fields.position"), user.position],
    [t("fields.politicalStatus"), t(`political.${user.politicalStatus}`)],
    [t("fields.role"), t(`roles.${user.role}`)],
    [t("fields.createdAt"), format.dateTime(user.createdAt, INSTANT)],
  ];
  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin/registrations" className="link">
          ← {t("admin.registrations")}
        </Link>
      </p>
      <h1 className="flex flex-wrap items-center gap-3 text-2xl">
        {user.realName} <StatusBadge status={user.status} label={t(`accountStatus.${user.status}`)} />
      </h1>
      <section className="card">
        <DetailList rows={user.reviewNote ? [...rows, [t("account.reviewNote"), user.reviewNote]] : rows} />
        {user.can.revealId && (
          <div className="mt-4 border-t border-stone-200 pt-4">
            <ActionForm action={revealIdAction} hidden={{ id }} submitLabel={t("admin.revealId")} variant="secondary" />
            <p className="mt-1 text-sm text-muted">{t("admin.revealNote")}</p>
          </div>
        )}
      </section>
      {/* A correction of name or ID number by an approved account: the old values beside the new. */}
      <ProfileChangeReview actor={actor} userId={id} />
      {/* A holder without email who forgot the password: a one-time code after an identity check by phone. */}
      {user.role === "NOMINATOR" && (
        <p>
          <Link href={`/admin/registrations/${id}/reset-code`} className="btn-secondary" data-testid="reset-code-link">
            {t("accountSecurity.staffCode.link")}
          </Link>
        </p>
      )}
      {/* Always rendered here, so after a decision it stays and offers 下一条. */}
      <RegistrationDecision
        approve={approveAction}
        reject={rejectAction}
        id={id}
        name={user.realName}
        canApprove={user.can.approve}
        canReject={user.can.reject}
      />
      {user.status === "PENDING" && (
        <p>
          <Link href={`/admin/registrations/next?after=${encodeURIComponent(id)}`} className="link">
            {t("consoleQueue.skip")}
          </Link>
        </p>
      )}
      {(user.can.suspend || user.can.restore) && (
        <section className="grid gap-4 md:grid-cols-2">
          {user.can.suspend && (
            <div className="card">
              <ActionForm
                action={suspendAction}
                hidden={{ id }}
                submitLabel={t("admin.suspend")}
                variant="danger"
                reasonLabel={t("admin.suspendReason")}
              />
            </div>
          )}
          {user.can.restore && (
            <div className="card">
              <ActionForm action={restoreAction} hidden={{ id }} submitLabel={t("admin.restore")} />
            </div>
          )}
        </section>
      )}
    </div>
  );
}
