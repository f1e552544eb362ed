import { IntentLink as Link } from "@/components/ui/intent-link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { signedInPage } from "@/lib/auth/page-guards";
import { getPreferences } from "@/lib/data/inbox";
import { PreferencesForm } from "@/components/inbox/preferences-form";
import { savePreferencesAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inbox.prefs"))("title") };
}

/** 消息设置: which messages also come by mail, in which language, and (staff) when the digest comes. */
export default async function NotificationSettingsPage() {
  const actor = await signedInPage("/account/notifications");
  const [t, prefs] = await Promise.all([getTranslations(), getPreferences(actor)]);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p>
        <Link href="/account/messages" className="link">
          ← {t("inbox.prefs.back")}
        </Link>
      </p>
      <header className="space-y-1">
        <h1 className="text-2xl">{t("inbox.prefs.title")}</h1>
        <p className="text-pretty text-muted">{t("inbox.prefs.lead")}</p>
      </header>
      <PreferencesForm action={savePreferencesAction} prefs={prefs} />
    </div>
  );
}
