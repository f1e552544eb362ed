import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/boards/back-link";
import { ReportForm } from "@/components/cases/report-form";
import type { FilingWho } from "@/components/cases/filing-form";
import { channelClientMessages } from "@/components/cases/channel-client-messages";
import { currentActor } from "@/lib/auth/session";
import { isApproved } from "@/lib/auth/actor";
import { loginPath } from "@/lib/auth/page-guards";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { fileAnonymousReportAction, fileReportAction } from "./actions";

// Per visitor (who is signing): never cached. /report, which explains the channel, stays cached.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  await pageLocale(params);
  return { title: (await getTranslations("report"))("formTitle"), robots: { index: false } };
}

export default async function NewReportPage({ params }: LocaleParams) {
  await pageLocale(params);
  const [t, actor] = await Promise.all([getTranslations(), currentActor()]);
  const who: FilingWho = !actor
    ? { kind: "visitor", loginHref: loginPath("/report/new") }
    : isApproved(actor)
      ? { kind: "approved", realName: actor.realName }
      : { kind: "notApproved" };
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <BackLink href="/report" label={t("report.title")} />
      <header className="space-y-2">
        <h1 className="text-2xl sm:text-3xl">{t("report.formTitle")}</h1>
        <p className="text-muted">{t("report.formLead")}</p>
      </header>
      <section className="card">
        <NextIntlClientProvider messages={await channelClientMessages()}>
          <ReportForm who={who} namedAction={fileReportAction} anonymousAction={fileAnonymousReportAction} />
        </NextIntlClientProvider>
      </section>
    </div>
  );
}
