import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { currentActor } from "@/lib/auth/session";
import { isStaff } from "@/lib/state/account";
import { SECTIONS } from "./nav-items";
import { LocaleSwitcher } from "./locale-switcher";
import { LogoutButton } from "../auth/logout-button";
import { NavLinks } from "./nav-links";

export async function SiteHeader() {
  const t = await getTranslations();
  const actor = await currentActor();
  const items = SECTIONS.map((s) => ({ href: s.href, label: t(`nav.${s.key}`) }));
  return (
    <header className="bg-brand-700 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="group flex flex-col leading-tight focus-visible:outline-white">
          <span className="text-xl font-bold tracking-wide sm:text-2xl">{t("common.siteName")}</span>
          <span className="text-sm text-brand-100">{t("common.motto")}</span>
        </Link>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
          {actor ? (
            <>
              <span aria-label={t("common.myAccount")}>{actor.realName}</span>
              <Link href="/account" className="underline-offset-4 hover:underline">
                {t("common.myAccount")}
              </Link>
              {isStaff(actor.role) && actor.status === "APPROVED" && (
                <Link href="/admin" className="underline-offset-4 hover:underline">
                  {t("common.console")}
                </Link>
              )}
              <LogoutButton label={t("common.logout")} />
            </>
          ) : (
            <>
              <Link href="/login" className="underline-offset-4 hover:underline">
                {t("common.login")}
              </Link>
              <Link href="/register" className="rounded bg-white px-3 py-1 font-medium text-brand-700 hover:bg-brand-50">
                {t("common.register")}
              </Link>
            </>
          )}
          <LocaleSwitcher label={t("common.switchTo")} />
        </div>
      </div>
      <nav aria-label={t("common.menu")} className="bg-brand-800">
        <NavLinks items={items} />
      </nav>
    </header>
  );
}
