import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { currentActor } from "@/lib/auth/session";
import { loginPath } from "@/lib/auth/page-guards";
import { caseAcceptDays, caseAnswerDays } from "@/lib/env/settings";
import { casesPerDay } from "@/lib/data/rate-limits";
import { TalkForm } from "@/components/cases/talk-form";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { fileTalkAction } from "../actions";

// Per visitor (who is writing): never cached. /messages, which explains the channel, stays cached.
export const dynamic = "force-dynamic";

/** What the browser gets with the form: its own words and the form basics. */
async function formMessages() {
  const all = (await getMessages()) as Record<string, unknown>;
  return Object.fromEntries(["common", "errors", "cases", "talk"].filter((ns) => ns in all).map((ns) => [ns, all[ns]]));
}

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  await pageLocale(params);
  return { title: (await getTranslations("talk"))("title"), robots: { index: false } };
}

const SELF = "/messages/write";

/**
 * The 说心里话 form, per request (the (account) layout is dynamic): the form for an approved
 * account, the way in for a visitor, and why not for an account that is not approved. The
 * action and the data layer refuse anyone but an approved account on their own.
 */
export default async function WriteLetterPage({ params }: LocaleParams) {
  await pageLocale(params);
  const actor = await currentActor();
  const t = await getTranslations();
  const back = (
    <p>
      <Link href="/messages" className="link">
        ← {t("talk.back")}
      </Link>
    </p>
  );
  if (!actor) {
    return (
      <div className="mx-auto max-w-2xl space-y-6">
        {back}
        <section className="card space-y-3" data-testid="talk-visitor">
          <h1 className="text-2xl">{t("talk.visitor.title")}</h1>
          <p>{t("talk.visitor.text")}</p>
          <p className="flex flex-wrap gap-3">
            <Link href={loginPath(SELF)} className="btn-primary">
              {t("talk.visitor.login")}
            </Link>
            <Link href="/register" className="btn-secondary">
              {t("talk.visitor.register")}
            </Link>
          </p>
        </section>
      </div>
    );
  }
  if (actor.status !== "APPROVED") {
    return (
      <div className="mx-auto max-w-2xl space-y-6">
        {back}
        <section className="card space-y-3" role="alert" data-testid="talk-refused">
          <h1 className="text-2xl">{t("talk.title")}</h1>
          <p>{t(`talk.gate.${actor.status === "REJECTED" ? "REJECTED" : actor.status === "SUSPENDED" ? "SUSPENDED" : "PENDING"}`)}</p>
          <p>
            <Link href="/account" className="btn-secondary">
              {t("talk.gate.goAccount")}
            </Link>
          </p>
        </section>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      {back}
      <header className="space-y-2">
        <h1 className="text-2xl sm:text-3xl">{t("talk.title")}</h1>
        <p className="text-muted">{t("talk.lead")}</p>
        <p className="text-sm">{t("talk.deadlines", { accept: caseAcceptDays(), answer: caseAnswerDays() })}</p>
      </header>
      <section className="card">
        <NextIntlClientProvider messages={await formMessages()}>
          <TalkForm action={fileTalkAction} dailyCap={casesPerDay().limit} />
        </NextIntlClientProvider>
      </section>
    </div>
  );
}
