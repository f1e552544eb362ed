import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NextIntlClientProvider } from "next-intl";
import { currentActor } from "@/lib/auth/session";
import { allClientMessages } from "@/i18n/client-messages";

// Per visitor (session, query): never cached.
export const dynamic = "force-dynamic";

// Keeps visitors and non-staff out of the console pages. The actions and the data layer
// check again on their own.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const actor = await currentActor();
  if (!actor) redirect("/login?callbackUrl=/admin");
  const staff = actor.status === "APPROVED" && (actor.role === "REVIEWER" || actor.role === "ADMIN");
  const t = await getTranslations();
  if (!staff) {
    return (
      <div className="card mx-auto max-w-xl" role="alert">
        <h1 className="text-xl">{t("admin.title")}</h1>
        <p className="mt-2">{t("errors.auth.forbidden")}</p>
      </div>
    );
  }
  const links = [
    { href: "/admin", label: t("admin.home") },
    { href: "/admin/registrations", label: t("admin.registrations") },
    { href: "/admin/vacancies", label: t("boardAdmin.nav.vacancies") },
    { href: "/admin/notices", label: t("boardAdmin.nav.notices") },
    { href: "/admin/appointments", label: t("boardAdmin.nav.appointments") },
    { href: "/admin/policies", label: t("boardAdmin.nav.policies") },
    { href: "/admin/calendar", label: t("boardAdmin.nav.calendar") },
    { href: "/admin/nominations", label: t("nominations.review.title") },
    { href: "/admin/candidates", label: t("nominations.candidates.title") },
    { href: "/admin/talent-pool", label: t("nominations.pool.title") },
    ...(actor.role === "ADMIN" ? [{ href: "/admin/staff", label: t("admin.staff") }] : []),
    { href: "/admin/audit", label: t("admin.audit") },
  ];
  return (
    <div className="grid gap-6 md:grid-cols-[12rem_1fr]">
      <nav aria-label={t("admin.title")} className="md:self-start">
        <p className="mb-2 text-sm font-semibold text-muted">{t("admin.title")}</p>
        <ul className="flex flex-wrap gap-2 md:flex-col md:gap-1">
          {links.map((l) => (
            <li key={l.href}>
              <Link href={l.href} className="block rounded px-3 py-2 hover:bg-stone-200">
                {l.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="min-w-0">
        <NextIntlClientProvider messages={await allClientMessages()}>{children}</NextIntlClientProvider>
      </div>
    </div>
  );
}
