import { getTranslations } from "next-intl/server";
import { isAdmin } from "@/lib/auth/actor";
import { consoleLayoutActor } from "@/lib/auth/page-guards";
import { SignedInIntl } from "@/components/intl/signed-in-intl";
import { openCaseCount } from "@/lib/data/cases/console";
import { ConsoleNav } from "@/components/admin/console-nav";

// Per visitor (session, query): never cached.
export const dynamic = "force-dynamic";

// The console's menu. A signed-in account that is not staff gets 403 here; a visitor passes
// through to the page, whose own guard (every console page calls one first) sends them to sign
// in with that page's address. The actions and the data layer check again on their own.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const actor = await consoleLayoutActor();
  if (!actor) return children;
  const [t, openCases] = await Promise.all([getTranslations(), openCaseCount(actor)]);
  const links: { href: string; label: string; count?: number | null }[] = [
    { href: "/admin", label: t("admin.home") },
    { href: "/admin/registrations", label: t("admin.registrations") },
    { href: "/admin/cases", label: t("caseAdmin.title"), count: openCases },
    { href: "/admin/vacancies", label: t("boardAdmin.nav.vacancies") },
    { href: "/admin/notices", label: t("boardAdmin.nav.notices") },
    { href: "/admin/appointments", label: t("boardAdmin.nav.appointments") },
    { href: "/admin/probations", label: t("loop.probation.navLabel") },
    { href: "/admin/training", label: t("trainingAdmin.title") },
    { href: "/admin/surveys", label: t("survey.menu") },
    { href: "/admin/policies", label: t("boardAdmin.nav.policies") },
    { href: "/admin/calendar", label: t("boardAdmin.nav.calendar") },
    { href: "/admin/nominations", label: t("nominations.review.title") },
    { href: "/admin/candidates", label: t("nominations.candidates.title") },
    { href: "/admin/talent-pool", label: t("nominations.pool.title") },
    ...(isAdmin(actor)
      ? [
          { href: "/admin/staff", label: t("admin.staff") },
          { href: "/admin/mail", label: t("mailAdmin.title") },
        ]
      : []),
    { href: "/admin/audit", label: t("admin.audit") },
  ];
  return (
    <div className="grid gap-6 md:grid-cols-[12rem_1fr]">
      <ConsoleNav
        title={t("admin.title")}
        menu={t("common.menu")}
        links={links.map((l) => (l.count ? { ...l, countText: t("caseAdmin.navCount", { count: l.count }) } : l))}
      />
      <div className="console-area min-w-0">
        <SignedInIntl>{children}</SignedInIntl>
      </div>
    </div>
  );
}
