import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "@/components/account/forgot-password-form";
import { SecurityMessagesProvider } from "@/components/account/security-messages-provider";
import { RESET_TTL_MS } from "@/lib/security/reset-token";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { smsResetAvailable } from "@/lib/data/sms-reset";
import { requestResetLinkAction, requestSmsCodeAction } from "./actions";

// Whether SMS is offered is read from the environment at request time.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  await pageLocale(params);
  const t = await getTranslations("accountSecurity.forgot");
  return { title: t("title"), description: t("lead") };
}

/** 忘记密码: by the registered email address, or with the department's help (a reset code). */
export default async function ForgotPasswordPage({ params }: LocaleParams) {
  await pageLocale(params);
  const t = await getTranslations("accountSecurity");
  const minutes = RESET_TTL_MS.EMAIL / 60_000;
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <div>
        <h1 className="text-2xl">{t("forgot.title")}</h1>
        <p className="mt-2 text-muted">{t("forgot.lead")}</p>
      </div>
      <section aria-labelledby="by-mail" className="card">
        <h2 id="by-mail" className="text-lg">
          {t("forgot.byMail")}
        </h2>
        <p className="mb-4 mt-2">{t("forgot.byMailLead", { minutes })}</p>
        <SecurityMessagesProvider>
          <ForgotPasswordForm action={requestResetLinkAction} />
        </SecurityMessagesProvider>
      </section>
      {smsResetAvailable() && (
        <section aria-labelledby="by-sms" className="card">
          <h2 id="by-sms" className="text-lg">
            {t("sms.title")}
          </h2>
          <p className="mb-4 mt-2">{t("sms.lead", { minutes: RESET_TTL_MS.SMS / 60_000 })}</p>
          <SecurityMessagesProvider>
            <ForgotPasswordForm action={requestSmsCodeAction} by="sms" />
          </SecurityMessagesProvider>
          <p className="mt-4">
            <Link href="/reset-password" className="link">
              {t("sms.enterCode")}
            </Link>
          </p>
        </section>
      )}
      <section aria-labelledby="no-mail" className="card">
        <h2 id="no-mail" className="text-lg">
          {t("forgot.noMail")}
        </h2>
        <p className="mt-2">{t("forgot.noMailBody")}</p>
        <p className="mt-4">
          <Link href="/reset-password" className="btn-secondary">
            {t("forgot.haveCode")}
          </Link>
        </p>
      </section>
      <p className="text-sm">
        <Link href="/login" className="link">
          {t("forgot.backToLogin")}
        </Link>
      </p>
    </div>
  );
}
