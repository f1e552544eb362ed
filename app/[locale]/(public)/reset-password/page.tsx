import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ResetPasswordForm } from "@/components/account/reset-password-form";
import { SecurityMessagesProvider } from "@/components/account/security-messages-provider";
import { resetLinkUsable } from "@/lib/data/password-reset";
import { RESET_TTL_MS } from "@/lib/security/reset-token";
import { pageLocale, type LocaleParams, type SearchParams } from "@/i18n/page-locale";
import { resetWithCodeAction, resetWithLinkAction } from "./actions";

// Per visitor (the link's token): never cached.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  await pageLocale(params);
  const t = await getTranslations("accountSecurity.reset");
  // The address carries the link's secret: no page this one leads to is told it.
  return { title: t("title"), referrer: "no-referrer", robots: { index: false } };
}

/**
 * 设置新密码: with ?token=… (the mailed link) the new password only, after checking the link is
 * still good; without, 手机号码 and a reset code from the department (or a texted one).
 */
export default async function ResetPasswordPage({ params, searchParams }: LocaleParams & { searchParams: Promise<SearchParams> }) {
  await pageLocale(params);
  const t = await getTranslations("accountSecurity");
  const raw = (await searchParams).token;
  const token = typeof raw === "string" ? raw : undefined;
  const usable = token ? await resetLinkUsable(token) : true;
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <h1 className="text-2xl">{t("reset.title")}</h1>
      {!usable ? (
        <div className="card space-y-4" data-testid="reset-link-invalid">
          <p className="rounded-md border border-brand-600 bg-brand-50 px-4 py-3 text-brand-800" role="alert">
            {t("reset.invalidLink", { minutes: RESET_TTL_MS.EMAIL / 60_000 })}
          </p>
          <Link href="/forgot-password" className="btn-secondary">
            {t("reset.again")}
          </Link>
        </div>
      ) : (
        <div className="card">
          <p className="mb-4">{token ? t("reset.linkLead") : t("reset.codeLead")}</p>
          <SecurityMessagesProvider>
            <ResetPasswordForm action={token ? resetWithLinkAction : resetWithCodeAction} token={token} />
          </SecurityMessagesProvider>
        </div>
      )}
    </div>
  );
}
