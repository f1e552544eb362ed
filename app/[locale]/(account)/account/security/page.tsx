import { IntentLink as Link } from "@/components/ui/intent-link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { signedInPage } from "@/lib/auth/page-guards";
import { listOwnSignIns } from "@/lib/data/sessions";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { SignInHistory } from "@/components/account/sign-in-history";
import { SignOutEverywhereForm } from "@/components/account/sign-out-everywhere-form";
import { changePasswordAction, signOutEverywhereAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accountSecurity.page");
  return { title: t("title") };
}

/** 我的账户 → 账户安全: 修改密码, the recent sign-ins, 退出所有设备. */
export default async function AccountSecurityPage() {
  const actor = await signedInPage("/account/security");
  const [t, rows] = await Promise.all([getTranslations(), listOwnSignIns(actor)]);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/account" className="link">
          ← {t("account.title")}
        </Link>
      </p>
      <div>
        <h1 className="text-2xl">{t("accountSecurity.page.title")}</h1>
        <p className="mt-2 text-muted">{t("accountSecurity.page.lead")}</p>
      </div>
      <section aria-labelledby="change-title" className="card">
        <h2 id="change-title" className="text-lg">
          {t("accountSecurity.change.title")}
        </h2>
        <p className="mb-4 mt-2 text-muted">{t("accountSecurity.change.lead")}</p>
        <ChangePasswordForm action={changePasswordAction} />
      </section>
      <section aria-labelledby="sign-ins-title" className="card">
        <h2 id="sign-ins-title" className="text-lg">
          {t("accountSecurity.signIns.title")}
        </h2>
        <p className="mt-2 text-muted">{t("accountSecurity.signIns.lead")}</p>
        <SignInHistory rows={rows} />
      </section>
      <section aria-labelledby="everywhere-title" className="card">
        <h2 id="everywhere-title" className="text-lg">
          {t("accountSecurity.everywhere.title")}
        </h2>
        <p className="mb-4 mt-2 text-muted">{t("accountSecurity.everywhere.lead")}</p>
        <SignOutEverywhereForm action={signOutEverywhereAction} />
      </section>
    </div>
  );
}
