import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SECTIONS } from "./nav-items";
import { LocaleSwitcher } from "./locale-switcher";
import { NavLinks } from "./nav-links";
import { AccountLinks } from "./account-links";
import { HeaderSearch } from "./header-search";

// The same for every visitor (public pages are cached): who is signed in is shown by
// AccountLinks in the browser.
export async function SiteHeader() {
  const t = await getTranslations();
  const items = SECTIONS.map((s) => ({ href: s.href, label: t(`nav.${s.key}`) }));
  return (
    <header className="bg-brand-700 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="group flex flex-col leading-tight focus-visible:outline-white">
          <span className="text-xl font-bold tracking-wide sm:text-2xl">{t("common.siteName")}</span>
          <span className="text-sm text-brand-100">{t("common.motto")}</span>
        </Link>
        <HeaderSearch label={t("searchPage.title")} placeholder={t("common.searchPlaceholder")} submit={t("common.search")} />
        <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
          <AccountLinks
            labels={{
              login: t("common.login"),
              register: t("common.register"),
              myAccount: t("common.myAccount"),
              messages: t("inbox.header.messages"),
              unreadMessages: t.raw("inbox.header.unread") as string,
              console: t("common.console"),
              logout: t("common.logout"),
            }}
          />
          <LocaleSwitcher label={t("common.switchTo")} />
        </div>
      </div>
      <nav aria-label={t("common.menu")} className="bg-brand-800">
        <NavLinks items={items} />
      </nav>
    </header>
  );
}
