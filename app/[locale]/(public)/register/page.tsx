import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RegistrationForm } from "@/components/account/registration-form";
import { FormMessagesProvider } from "@/components/auth/form-messages-provider";
import { registerAction } from "./actions";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  await pageLocale(params);
  const t = await getTranslations("register");
  return { title: t("title"), description: t("lead") };
}

export default async function RegisterPage({ params }: LocaleParams) {
  await pageLocale(params);
  const t = await getTranslations();
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-2xl">{t("register.title")}</h1>
      <p className="mt-2 text-muted">{t("register.lead")}</p>
      <div className="card mt-6">
        <FormMessagesProvider>
          <RegistrationForm action={registerAction} />
        </FormMessagesProvider>
      </div>
      <p className="mt-4 text-sm">
        {t("register.haveAccount")}{" "}
        <Link href="/login" className="link">
          {t("common.login")}
        </Link>
      </p>
    </div>
  );
}
