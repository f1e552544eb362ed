import { IntentLink as Link } from "@/components/ui/intent-link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { ownPendingChange } from "@/lib/data/profile";
import { closureTerms } from "@/lib/data/account-closure";
import { INSTANT } from "@/lib/calendar/dates";
import type { ActionState } from "@/lib/validation/common";
import { ContactDetailsForm } from "./contact-details-form";
import { PhoneChangeForm } from "./phone-change-form";
import { IdentityChangeForm } from "./identity-change-form";
import { CloseAccountForm } from "./close-account-form";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

export interface AccountRightsActions {
  contact: Action;
  phone: Action;
  identity: Action;
  close: Action;
}

interface Profile {
  realName: string;
  status: string;
  role: string;
  email: string | null;
  workUnit: string;
  position: string;
  politicalStatus: string;
}

/**
 * The 我的账户 cards of the holder's own rights: correct the profile (approved accounts; an
 * identity change under review is shown instead of its form), sign-in security (its own page),
 * download my data, close the account.
 */
export async function AccountRights({ actor, profile, actions }: { actor: Actor; profile: Profile; actions: AccountRightsActions }) {
  const [t, format, pending, terms] = await Promise.all([getTranslations(), getFormatter(), ownPendingChange(actor), closureTerms(actor)]);
  const approved = profile.status === "APPROVED";
  return (
    <>
      {approved && (
        <section aria-labelledby="contact-title" className="card space-y-3" id="profile-edit">
          <h2 id="contact-title" className="text-lg">
            {t("rights.profile.title")}
          </h2>
          <p className="text-muted">{t("rights.profile.lead")}</p>
          <ContactDetailsForm action={actions.contact} profile={profile} />
        </section>
      )}
      {approved && (
        <section aria-labelledby="phone-title" className="card space-y-3">
          <h2 id="phone-title" className="text-lg">
            {t("rights.phone.title")}
          </h2>
          <p className="text-muted">{t("rights.phone.lead")}</p>
          <PhoneChangeForm action={actions.phone} />
        </section>
      )}
      {pending ? (
        <section aria-labelledby="identity-title" className="card space-y-2" data-testid="identity-pending">
          <h2 id="identity-title" className="text-lg">
            {t("rights.identity.pendingTitle")}
          </h2>
          <p>
            {t("rights.identity.pending", {
              at: format.dateTime(pending.at, INSTANT),
              before: pending.before.realName,
              beforeId: pending.before.idMasked,
              after: pending.after.realName,
              afterId: pending.after.idMasked,
            })}
          </p>
        </section>
      ) : (
        approved &&
        profile.role === "NOMINATOR" && (
          <section aria-labelledby="identity-title" className="card space-y-3">
            <h2 id="identity-title" className="text-lg">
              {t("rights.identity.title")}
            </h2>
            <p className="text-muted">{t("rights.identity.lead")}</p>
            <IdentityChangeForm action={actions.identity} realName={profile.realName} />
          </section>
        )
      )}
      {/* Sign-in security: password change and recent sign-ins live on their own page (/account/security). */}
      <section
        aria-labelledby="security-title"
        className="card flex flex-wrap items-center justify-between gap-3"
        data-testid="account-security-slot"
      >
        <div>
          <h2 id="security-title" className="text-lg">
            {t("rights.security.title")}
          </h2>
          <p className="text-muted">{t("rights.security.lead")}</p>
        </div>
        <Link href="/account/security" className="btn-secondary">
          {t("rights.security.link")}
        </Link>
      </section>
      <section aria-labelledby="data-title" className="card space-y-3" id="my-data">
        <h2 id="data-title" className="text-lg">
          {t("rights.data.title")}
        </h2>
        <p className="text-muted">{t("rights.data.lead")}</p>
        <p className="flex flex-wrap gap-3">
          {/* Plain links: a file download, not a page (prefetch would fetch and audit it). */}
          <a href="/account/data?format=xlsx" className="btn-secondary" data-testid="download-xlsx" download>
            {t("rights.data.xlsx")}
          </a>
          <a href="/account/data?format=json" className="btn-secondary" data-testid="download-json" download>
            {t("rights.data.json")}
          </a>
        </p>
      </section>
      <section aria-labelledby="close-title" className="card space-y-3" id="close-account">
        <h2 id="close-title" className="text-lg">
          {t("rights.close.title")}
        </h2>
        <CloseAccountForm action={actions.close} years={terms.years} refusal={terms.refusal} />
      </section>
    </>
  );
}
