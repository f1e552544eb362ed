import { IntentLink as Link } from "@/components/ui/intent-link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { staffPage } from "@/lib/auth/page-guards";
import { resetCodeTarget } from "@/lib/data/password-reset";
import { NotFoundError } from "@/lib/data/errors";
import { resetState } from "@/lib/security/reset-token";
import { ResetCodeForm } from "@/components/account/reset-code-form";
import { DetailList } from "@/components/ui/detail-list";
import { INSTANT } from "@/lib/calendar/dates";
import { issueResetCodeAction } from "./actions";

/**
 * 密码重置码: for a holder without an email address who called the department. The reviewer
 * checks the caller against the details shown, then issues a one-time code to read out.
 */
export default async function ResetCodePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await staffPage(`/admin/registrations/${id}/reset-code`);
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const target = await resetCodeTarget(actor, id).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const last = target.lastIssued;
  const rows: [string, string][] = [
    [t("fields.realName"), target.realName],
    [t("fields.idNumber"), target.idMasked],
    [t("fields.phone"), target.phone],
    [
      t("accountSecurity.staffCode.last"),
      last
        ? `${format.dateTime(last.createdAt, INSTANT)}（${t("accountSecurity.staffCode.lastState", { state: resetState(last, new Date()) })}）`
        : t("accountSecurity.staffCode.none"),
    ],
  ];
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/admin/registrations/${id}`} className="link">
          ← {t("accountSecurity.staffCode.back")}
        </Link>
      </p>
      <h1 className="text-2xl">{t("accountSecurity.staffCode.title")}</h1>
      <p className="text-muted">{t("accountSecurity.staffCode.lead")}</p>
      <section aria-labelledby="target-title" className="card">
        <h2 id="target-title" className="text-lg">
          {t("accountSecurity.staffCode.account")}
        </h2>
        <div className="mt-3">
          <DetailList rows={rows} />
        </div>
        {target.hasEmail && <p className="mt-3">{t("accountSecurity.staffCode.hasEmail")}</p>}
      </section>
      <section className="card">
        {target.refusal ? (
          <p role="alert" className="rounded-md border border-brand-600 bg-brand-50 px-4 py-3 text-brand-800">
            {t(target.refusal)}
          </p>
        ) : (
          <ResetCodeForm action={issueResetCodeAction} userId={id} />
        )}
      </section>
    </div>
  );
}
