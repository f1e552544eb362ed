import { IntentLink as Link } from "@/components/ui/intent-link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { signedInPage } from "@/lib/auth/page-guards";
import { isApproved } from "@/lib/auth/actor";
import { getNominationForm } from "@/lib/data/nominations";
import { formatDay } from "@/lib/calendar/dates";
import { NominationForm } from "@/components/nominations/nomination-form";
import { NominateGate } from "@/components/nominations/nominate-gate";
import { WhoSwitch } from "@/components/nominations/who-switch";
import { submitNominationAction } from "../../actions";

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nominations.kind"))("OPEN") };
}

export default async function OpenNominationPage({ searchParams }: Props) {
  const self = (await searchParams).self === "1";
  const basePath = "/nominate/open/new";
  const actor = await signedInPage(basePath + (self ? "?self=1" : ""));
  const t = await getTranslations();
  if (!isApproved(actor)) return <NominateGate actor={actor} title={t("nominations.form.openTitle")} />;
  const ctx = await getNominationForm(actor, null);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p>
        <Link href="/nominate/open" className="link">
          ← {t("nominations.kind.OPEN")}
        </Link>
      </p>
      <header className="space-y-2">
        <h1 className="text-2xl sm:text-3xl">{t("nominations.form.openTitle")}</h1>
        <p className="text-muted">{t("nominations.form.openLead")}</p>
      </header>
      <WhoSwitch basePath={basePath} self={self} />
      <NominationForm
        key={self ? "self" : "other"}
        action={submitNominationAction}
        kind="OPEN"
        self={self}
        profile={{ ...ctx.profile, birthDate: formatDay(ctx.profile.birthDate) }}
      />
    </div>
  );
}
