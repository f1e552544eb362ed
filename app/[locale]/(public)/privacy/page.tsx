import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { PRIVACY_VERSION } from "@/lib/privacy/version";
import { orgName, privacyContact, retentionYears } from "@/lib/privacy/settings";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  await pageLocale(params);
  const t = await getTranslations("privacyStatement");
  return { title: t("title") };
}

const SECTIONS = ["collect", "why", "who", "keep"] as const;
const RIGHTS = ["rightAccess", "rightCorrect", "rightDelete", "rightWithdraw"] as const;

// The privacy statement (version PRIVACY_VERSION): what is collected, why, who sees it, how long
// it is kept (OPENSELECT_RETENTION_YEARS), how to use each right, and whom to contact
// (OPENSELECT_ORG_NAME, OPENSELECT_PRIVACY_CONTACT, else the catalog's). Changing its substance
// means a new PRIVACY_VERSION, and every user is asked again.
export default async function PrivacyPage({ params }: LocaleParams) {
  await pageLocale(params);
  const [t, common] = await Promise.all([getTranslations("privacyStatement"), getTranslations("common")]);
  const org = orgName() ?? common("orgName");
  const contact = privacyContact() ?? common("footerContact");
  return (
    <article className="card mx-auto max-w-3xl" data-testid="privacy-statement">
      <h1 className="text-2xl">{t("title")}</h1>
      <p className="mt-1 text-sm text-muted">{t("version", { version: PRIVACY_VERSION })}</p>
      <div className="prose-cn mt-4 space-y-4">
        <p>{t("intro", { org })}</p>
        {SECTIONS.map((s) => (
          <section key={s} aria-labelledby={`privacy-${s}`}>
            <h2 id={`privacy-${s}`} className="text-lg">
              {t(`${s}Title`)}
            </h2>
            <p>{t(s, { years: retentionYears() })}</p>
          </section>
        ))}
        <section aria-labelledby="privacy-rights">
          <h2 id="privacy-rights" className="text-lg">
            {t("rightsTitle")}
          </h2>
          <p>{t("rightsLead")}</p>
          <ul className="list-disc space-y-1 pl-6">
            {RIGHTS.map((r) => (
              <li key={r}>{t(r)}</li>
            ))}
          </ul>
          <p>
            <Link href="/account" className="link">
              {t("accountLink")}
            </Link>
          </p>
        </section>
        <section aria-labelledby="privacy-contact">
          <h2 id="privacy-contact" className="text-lg">
            {t("contactTitle")}
          </h2>
          <p>{t("contact", { org, contact })}</p>
        </section>
      </div>
    </article>
  );
}
