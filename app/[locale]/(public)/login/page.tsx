import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";
import { FormMessagesProvider } from "@/components/auth/form-messages-provider";
import { siteOrigin } from "@/lib/feeds/origin";
import { sameOriginPath } from "@/lib/http/callback-url";

// Per visitor (session, query): never cached.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("login");
  return { title: t("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const t = await getTranslations();
  const params = await searchParams;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl">{t("login.title")}</h1>
      <div className="card mt-6">
        <FormMessagesProvider>
          {/* Only same-origin paths are followed after login (no open redirect); without one,
              the form sends staff to the console and others to their account (lib/auth/landing.ts). */}
          <LoginForm
            callbackUrl={sameOriginPath(params.callbackUrl, await siteOrigin())}
            notice={params.registered ? "register.success" : undefined}
          />
        </FormMessagesProvider>
      </div>
      <p className="mt-4 text-sm">
        <Link href="/forgot-password" className="link" data-testid="forgot-password-link">
          {t("accountSecurity.forgot.link")}
        </Link>
      </p>
      <p className="mt-2 text-sm text-muted">{t("login.lockNote")}</p>
      <p className="mt-2 text-sm">
        {t("login.noAccount")}{" "}
        <Link href="/register" className="link">
          {t("common.register")}
        </Link>
      </p>
    </div>
  );
}
