import { IntentLink as Link } from "@/components/ui/intent-link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { signedInPage } from "@/lib/auth/page-guards";
import { getMyCase } from "@/lib/data/cases/writer-view";
import { NotFoundError } from "@/lib/data/errors";
import { TALK_FOLLOW_UP_DAYS } from "@/lib/cases/deadlines";
import { DAY } from "@/lib/calendar/dates";
import { WriterCaseView } from "@/components/cases/writer-case-view";
import { TalkWriterActions } from "@/components/cases/talk-writer-actions";
import { confirmTalkAction, followUpTalkAction } from "../actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("myCases"))("detailTitle") };
}

/** One of the caller's cases as its writer reads it; another's id is a 404. */
export default async function MyCasePage({ params, searchParams }: Props) {
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const actor = await signedInPage(`/account/cases/${encodeURIComponent(id)}`);
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const view = await getMyCase(actor, id).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p>
        <Link href="/account/cases" className="link">
          ← {t("myCases.back")}
        </Link>
      </p>
      {sp.filed === "1" && (
        <section role="status" className="rounded-lg border border-green-700 bg-green-50 px-5 py-4 text-green-950" data-testid="case-filed">
          <h2 className="text-xl font-semibold">{t("talk.filed.title", { number: view.number })}</h2>
          {view.due && <p className="mt-1">{t("talk.filed.text", { due: format.dateTime(view.due.on, DAY) })}</p>}
        </section>
      )}
      <h1 className="text-2xl">
        {t("myCases.detailTitle")} <span className="font-mono text-lg text-muted">{view.number}</span>
      </h1>
      <WriterCaseView view={view} reader="writer">
        {(view.canFollowUp || view.canConfirm) && (
          <TalkWriterActions
            id={view.id}
            canFollowUp={view.canFollowUp}
            followUpUntil={view.followUpUntil}
            followUpDays={TALK_FOLLOW_UP_DAYS}
            canConfirm={view.canConfirm}
            followUpAction={followUpTalkAction}
            confirmAction={confirmTalkAction}
          />
        )}
      </WriterCaseView>
    </div>
  );
}
