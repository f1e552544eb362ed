import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getFormatter, getTranslations } from "next-intl/server";
import { BackLink } from "@/components/boards/back-link";
import { ObjectionForm } from "@/components/cases/objection-form";
import type { FilingWho } from "@/components/cases/filing-form";
import { channelClientMessages } from "@/components/cases/channel-client-messages";
import { currentActor } from "@/lib/auth/session";
import { isApproved } from "@/lib/auth/actor";
import { loginPath } from "@/lib/auth/page-guards";
import { DAY } from "@/lib/calendar/dates";
import { caseAcceptDays } from "@/lib/env/settings";
import { objectionTarget } from "@/lib/data/cases/objection";
import { pageLocale, type SearchParams } from "@/i18n/page-locale";
import { fileAnonymousObjectionAction, fileObjectionAction } from "./actions";

// Per visitor (who is signing, the period at this second): never cached. The notice's own page
// stays cached for everyone and only links here.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string; locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await pageLocale(params);
  return { title: (await getTranslations("objection"))("title"), robots: { index: false } };
}

/**
 * 公示反映 on one 任职前公示: the form while the notice is in its period (first day 00:00 to
 * last day 24:00, Beijing time), and why not before or after. The data layer checks the period
 * again at the moment of filing.
 */
export default async function ObjectionPage({ params, searchParams }: Props) {
  await pageLocale(params);
  const { id } = await params;
  const entry = (await searchParams).entry;
  const [t, format, target, actor] = await Promise.all([getTranslations(), getFormatter(), objectionTarget(String(id)), currentActor()]);
  if (!target) notFound();
  const from = format.dateTime(target.startsOn, DAY);
  const to = format.dateTime(target.endsOn, DAY);
  const self = `/notices/${target.id}/object`;
  const who: FilingWho = !actor
    ? { kind: "visitor", loginHref: loginPath(self) }
    : isApproved(actor)
      ? { kind: "approved", realName: actor.realName }
      : { kind: "notApproved" };
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <BackLink href={`/notices/${target.id}`} label={t("objection.backToNotice")} />
      <header className="space-y-2">
        <h1 className="text-2xl sm:text-3xl">{t("objection.title")}</h1>
        <p className="text-lg">{target.title}</p>
        <p className="text-muted">{t("objection.period", { from, to })}</p>
      </header>
      {target.state !== "ACTIVE" ? (
        <section className="card space-y-2" role="status" data-testid="objection-closed">
          <p className="font-medium">{t(target.state === "UPCOMING" ? "objection.notYet" : "objection.ended", { from, to })}</p>
        </section>
      ) : (
        <>
          <section className="card space-y-2 border-l-4 border-l-amber-600" aria-labelledby="objection-guide">
            <h2 id="objection-guide" className="text-xl">
              {t("objection.guide.title")}
            </h2>
            <ul className="list-disc space-y-1 pl-5">
              <li>{t("objection.guide.facts")}</li>
              <li>{t("objection.guide.realName")}</li>
              <li>{t("objection.guide.confidential")}</li>
              <li>{t("objection.guide.handling", { days: caseAcceptDays() })}</li>
            </ul>
          </section>
          <section className="card">
            <NextIntlClientProvider messages={await channelClientMessages()}>
              <ObjectionForm
                noticeId={target.id}
                persons={target.entries}
                chosen={typeof entry === "string" && target.entries.some((e) => e.id === entry) ? entry : undefined}
                who={who}
                namedAction={fileObjectionAction}
                anonymousAction={fileAnonymousObjectionAction}
              />
            </NextIntlClientProvider>
          </section>
        </>
      )}
    </div>
  );
}
