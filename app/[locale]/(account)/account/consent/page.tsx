import { IntentLink as Link } from "@/components/ui/intent-link";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { guardPage } from "@/lib/auth/page-guards";
import { currentActor } from "@/lib/auth/session";
import { needsConsent } from "@/lib/data/consent";
import { sameOriginPath } from "@/lib/http/callback-url";
import { PRIVACY_VERSION } from "@/lib/privacy/version";
import { ConsentForm } from "@/components/account/consent-form";
import { CloseAccountForm } from "@/components/account/close-account-form";
import { closureTerms } from "@/lib/data/account-closure";
import { agreeConsentAction, closeAccountAction } from "../rights-actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("rights.consent");
  return { title: t("title") };
}

// Where the page guard sends a signed-in user whose consent names an older privacy statement
// (lib/auth/consent-gate.ts). Guarded by sign-in only: this page itself must not ask again.
export default async function ConsentPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const actor = guardPage(await currentActor(), "user", "/account/consent");
  const raw = (await searchParams).next;
  const next = sameOriginPath(typeof raw === "string" ? raw : undefined, "http://openselect.invalid") ?? "/account";
  if (!(await needsConsent(actor.id))) redirect(next);
  const [t, r, terms] = await Promise.all([getTranslations("rights.consent"), getTranslations("rights"), closureTerms(actor)]);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-2xl">{t("title")}</h1>
      <section className="card space-y-4">
        <p>{t("lead", { version: PRIVACY_VERSION })}</p>
        <p>
          <Link href="/privacy" className="link" target="_blank">
            {t("read")}
          </Link>
        </p>
        <ConsentForm action={agreeConsentAction} version={PRIVACY_VERSION} next={next} />
      </section>
      <section aria-labelledby="decline-title" className="card space-y-2">
        <h2 id="decline-title" className="text-lg">
          {t("declineTitle")}
        </h2>
        <p>{t("decline")}</p>
        {/* The account page asks for consent first, so downloading and closing are offered here too. */}
        <p className="flex flex-wrap gap-3">
          <a href="/account/data?format=xlsx" className="btn-secondary" download>
            {r("data.xlsx")}
          </a>
          <a href="/account/data?format=json" className="btn-secondary" download>
            {r("data.json")}
          </a>
        </p>
        <h3 className="text-base font-semibold">{r("close.title")}</h3>
        <CloseAccountForm action={closeAccountAction} years={terms.years} refusal={terms.refusal} />
      </section>
    </div>
  );
}
