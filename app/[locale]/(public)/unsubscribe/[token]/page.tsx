import Link from "next/link";
import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { unsubscribeTarget } from "@/lib/data/inbox";
import { pageLocale } from "@/i18n/page-locale";
import { InboxButton } from "@/components/inbox/inbox-button";
import { unsubscribeAction } from "./actions";

// Per link: never cached. Opening it changes nothing (mail scanners open links); the button posts.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await pageLocale(params);
  return { title: (await getTranslations("inbox.unsubscribe"))("title"), robots: { index: false } };
}

/** The page a mail's "不再接收此类邮件" link opens: works without signing in. */
export default async function UnsubscribePage({ params }: Props) {
  await pageLocale(params);
  const { token } = await params;
  const raw = String(token);
  const [t, target] = await Promise.all([getTranslations(), unsubscribeTarget(raw)]);
  const group = target ? t(`inbox.prefs.group.${target.group}.label`) : "";
  // The button's words and a refusal's: this public page's client gets no catalog otherwise.
  const all = (await getMessages()) as Record<string, Record<string, unknown>>;
  const clientMessages = { common: all.common, errors: all.errors, inbox: { unsubscribe: all.inbox.unsubscribe } };
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <h1 className="text-2xl">{t("inbox.unsubscribe.title")}</h1>
      <section className="card space-y-4" data-testid="unsubscribe">
        {!target ? (
          <p role="alert">{t("inbox.unsubscribe.invalid")}</p>
        ) : target.off ? (
          <>
            <p role="status" className="text-lg font-medium text-green-900">
              {t("inbox.unsubscribe.done", { group })}
            </p>
            <p>{t("inbox.unsubscribe.doneHint")}</p>
            <Link href="/account/notifications" className="btn-secondary">
              {t("inbox.unsubscribe.settings")}
            </Link>
          </>
        ) : (
          <>
            <p>{t("inbox.unsubscribe.confirm", { group })}</p>
            <NextIntlClientProvider messages={clientMessages}>
              <InboxButton
                action={unsubscribeAction}
                fields={{ token: raw }}
                label={t("inbox.unsubscribe.button")}
                className="btn-primary"
              />
            </NextIntlClientProvider>
          </>
        )}
      </section>
    </div>
  );
}
