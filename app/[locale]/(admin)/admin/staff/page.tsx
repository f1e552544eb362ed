import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { adminPage } from "@/lib/auth/page-guards";
import { listStaff } from "@/lib/data/accounts";
import { ActionForm } from "@/components/ui/action-form";
import { StatusBadge } from "@/components/ui/status-badge";
import { StaffForm } from "@/components/admin/staff-form";
import { changeRoleAction, createStaffAction } from "../account-actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("staff") };
}

export default async function StaffPage() {
  const actor = await adminPage("/admin/staff");
  const [t, staff] = await Promise.all([getTranslations(), listStaff(actor)]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl">{t("admin.staff")}</h1>
      <ul className="space-y-3">
        {staff.map((s) => (
          <li key={s.id} className="card flex flex-wrap items-center justify-between gap-4">
            <div>
              <p className="font-medium">
                <Link href={`/admin/registrations/${s.id}`} className="link">
                  {s.realName}
                </Link>{" "}
                <StatusBadge status={s.status} label={t(`accountStatus.${s.status}`)} />
              </p>
              <p className="text-sm text-muted">
                {t(`roles.${s.role}`)} · {s.workUnit} · {s.position} · {s.phone}
              </p>
            </div>
            {s.roleChangeTo && (
              <ActionForm
                action={changeRoleAction}
                hidden={{ id: s.id, role: s.roleChangeTo }}
                submitLabel={`${t("admin.changeRole")} → ${t(`roles.${s.roleChangeTo}`)}`}
                variant="secondary"
              />
            )}
          </li>
        ))}
      </ul>
      <section className="card">
        <h2 className="mb-4 text-lg">{t("admin.createStaff")}</h2>
        <StaffForm action={createStaffAction} />
      </section>
    </div>
  );
}
