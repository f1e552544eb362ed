import { IntentLink as Link } from "@/components/ui/intent-link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { adminPage } from "@/lib/auth/page-guards";
import { listStaffMembers } from "@/lib/data/staff";
import { staffTwoFactor } from "@/lib/data/two-factor";
import { shanghaiDateTimeText } from "@/lib/calendar/dates";
import { ActionForm } from "@/components/ui/action-form";
import { StatusBadge } from "@/components/ui/status-badge";
import { StaffForm } from "@/components/admin/staff-form";
import { StaffPasswordReset } from "@/components/admin/staff-password-reset";
import { changeRoleAction, createStaffAction } from "../account-actions";
import { resetStaffPasswordAction, restoreStaffAction, suspendStaffAction } from "./actions";
import { resetTwoFactorAction } from "./two-factor-actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("staff") };
}

/** What a move on a staff member that redirects back here did (its form is gone with it). */
const DONE = { suspended: "staffAdmin.suspended", restored: "staffAdmin.restored", twoFactorReset: "twoFactor.staff.resetDone" } as const;

export default async function StaffPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  const actor = await adminPage("/admin/staff");
  const [t, staff, twoFactor, { done }] = await Promise.all([
    getTranslations(),
    listStaffMembers(actor),
    staffTwoFactor(actor),
    searchParams,
  ]);
  const doneKey = done && Object.hasOwn(DONE, done) ? DONE[done as keyof typeof DONE] : null;
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl">{t("admin.staff")}</h1>
        <p className="text-muted">{t("staffAdmin.lead")}</p>
      </header>
      <div role="status" aria-live="polite" data-testid="staff-done">
        {doneKey && <p className="rounded-md border border-green-700 bg-green-50 px-4 py-3 text-green-900">{t(doneKey)}</p>}
      </div>

      <section className="card space-y-3" aria-labelledby="staff-roles">
        <h2 id="staff-roles" className="text-lg">
          {t("staffAdmin.rolesTitle")}
        </h2>
        <dl className="space-y-3">
          {(["REVIEWER", "ADMIN"] as const).map((role) => (
            <div key={role}>
              <dt className="font-semibold">{t(`roles.${role}`)}</dt>
              <dd>{t(`staffAdmin.role.${role}`)}</dd>
            </div>
          ))}
        </dl>
        <p className="text-sm text-muted">{t("staffAdmin.selfNote")}</p>
      </section>

      <section className="space-y-3" aria-labelledby="staff-list">
        <h2 id="staff-list" className="text-lg">
          {t("staffAdmin.listTitle")}
        </h2>
        <ul className="space-y-3">
          {staff.map((s) => (
            <li key={s.id} className="card space-y-3" data-testid="staff-member">
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div className="min-w-0 space-y-1">
                  <p className="flex flex-wrap items-center gap-2 font-medium">
                    <Link href={`/admin/registrations/${s.id}`} className="link">
                      {s.realName}
                    </Link>
                    {s.self && <span className="text-sm text-muted">{t("staffAdmin.self")}</span>}
                    <StatusBadge status={s.status} label={t(`accountStatus.${s.status}`)} />
                  </p>
                  <p className="text-sm text-muted">
                    {t(`roles.${s.role}`)} · {s.workUnit} · {s.position} · {s.phone}
                  </p>
                  <p className="text-sm">
                    <span className="text-muted">{t("staffAdmin.lastLogin")}：</span>
                    {s.lastLoginAt ? shanghaiDateTimeText(s.lastLoginAt) : t("staffAdmin.never")}
                  </p>
                  <p className="text-sm">
                    <span className="text-muted">{t("twoFactor.staff.label")}：</span>
                    {twoFactor.get(s.id)?.enabledAt
                      ? t("twoFactor.staff.on", { at: shanghaiDateTimeText(twoFactor.get(s.id)!.enabledAt!) })
                      : t("twoFactor.staff.off")}
                  </p>
                  {s.status === "SUSPENDED" && s.reviewNote && (
                    <p className="text-sm">
                      <span className="text-muted">{t("staffAdmin.suspendReason")}：</span>
                      {s.reviewNote}
                    </p>
                  )}
                </div>
                {s.roleChangeTo && s.status === "APPROVED" && (
                  <ActionForm
                    action={changeRoleAction}
                    hidden={{ id: s.id, role: s.roleChangeTo }}
                    submitLabel={`${t("admin.changeRole")} → ${t(`roles.${s.roleChangeTo}`)}`}
                    variant="secondary"
                  />
                )}
              </div>
              {(s.can.suspend || s.can.restore || s.can.resetPassword || twoFactor.get(s.id)?.canReset) && (
                <details className="border-t border-stone-200 pt-3">
                  <summary className="cursor-pointer font-medium text-blue-800 underline underline-offset-4">
                    {t("staffAdmin.actions")}
                  </summary>
                  <div className="mt-3 grid gap-6 md:grid-cols-2">
                    {s.can.suspend && (
                      <ActionForm
                        action={suspendStaffAction}
                        hidden={{ id: s.id }}
                        reasonLabel={t("staffAdmin.suspendReason")}
                        submitLabel={t("staffAdmin.suspend")}
                        variant="danger"
                      />
                    )}
                    {s.can.restore && (
                      <ActionForm
                        action={restoreStaffAction}
                        hidden={{ id: s.id }}
                        submitLabel={t("staffAdmin.restore")}
                        variant="secondary"
                      />
                    )}
                    {s.can.resetPassword && <StaffPasswordReset action={resetStaffPasswordAction} id={s.id} name={s.realName} />}
                    {twoFactor.get(s.id)?.canReset && (
                      <ActionForm
                        action={resetTwoFactorAction}
                        hidden={{ id: s.id }}
                        submitLabel={t("twoFactor.staff.reset")}
                        variant="danger"
                      >
                        <p className="text-sm text-muted">{t("twoFactor.staff.resetLead")}</p>
                      </ActionForm>
                    )}
                  </div>
                </details>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section className="card">
        <h2 className="mb-4 text-lg">{t("admin.createStaff")}</h2>
        <StaffForm action={createStaffAction} />
      </section>
    </div>
  );
}
