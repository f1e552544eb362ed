import { IntentLink as Link } from "@/components/ui/intent-link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { signedInPage } from "@/lib/auth/page-guards";
import { getMyNomination } from "@/lib/data/nominations";
import { NotFoundError } from "@/lib/data/errors";
import { BIRTH, DAY_OF_INSTANT, INSTANT, addOneYear } from "@/lib/calendar/dates";
import { NominationStatusBadge } from "@/components/nominations/status-badge";
import { WithdrawButton } from "@/components/nominations/withdraw-button";
import { FlagsCard } from "@/components/nominations/flags-card";
import { withdrawNominationAction } from "../actions";
import { DetailList } from "@/components/ui/detail-list";
import { ReasonsSection } from "@/components/nominations/reasons-section";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nominations.mine"))("detailTitle") };
}

export default async function MyNominationPage({ params, searchParams }: Props) {
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const actor = await signedInPage(`/account/nominations/${id}`);
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const n = await getMyNomination(actor, id).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const c = n.nominee;
  const rows: [string, string][] = [
    [t("nominations.form.name"), c.name],
    [t("nominations.form.gender"), t(`gender.${c.gender}`)],
    [t("nominations.form.birthDate"), format.dateTime(c.birthDate, BIRTH)],
    [t("nominations.form.workUnit"), c.workUnit],
    [t("nominations.form.currentPost"), c.currentPost],
    [
      t("nominations.form.currentLevel"),
      t.has(`nominations.level.${c.currentLevel}`) ? t(`nominations.level.${c.currentLevel}`) : c.currentLevel,
    ],
    [t("nominations.form.yearsAtLevel"), String(c.yearsAtLevel)],
    [
      t("nominations.form.education"),
      t.has(`nominations.education.${c.education}`) ? t(`nominations.education.${c.education}`) : c.education,
    ],
    [t("nominations.form.relationship"), t(`nominations.relationship.${n.relationship}`)],
  ];
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p>
        <Link href="/account/nominations" className="link">
          ← {t("nominations.mine.back")}
        </Link>
      </p>
      {sp.submitted === "1" && (
        <section role="status" className="rounded-lg border border-green-700 bg-green-50 px-5 py-4 text-green-950" data-testid="submitted">
          <h2 className="text-xl font-semibold">{t(n.isSelf ? "nominations.form.successTitleSelf" : "nominations.form.successTitle")}</h2>
          <p className="mt-1 text-lg">{t("nominations.form.successReceipt", { receiptNo: n.receiptNo })}</p>
          <p className="mt-1">
            {n.isSelf
              ? t("nominations.form.successNoteSelf", { date: format.dateTime(n.expiresAt ?? addOneYear(n.submittedAt), DAY_OF_INSTANT) })
              : t("nominations.form.successNote")}
          </p>
          {n.flags.length > 0 && <p className="mt-1">{t("nominations.form.successFlags")}</p>}
          <p className="mt-3 flex flex-wrap gap-3">
            <Link href="/account/nominations" className="btn-secondary">
              {t("nominations.form.toMine")}
            </Link>
            <Link href={n.vacancy ? "/vacancies?status=OPEN" : "/nominate/open/new"} className="btn-secondary">
              {t("nominations.form.another")}
            </Link>
          </p>
        </section>
      )}
      <header className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl">{t("nominations.mine.detailTitle")}</h1>
        <NominationStatusBadge status={n.status} />
      </header>
      <section className="card">
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[8rem_1fr]">
          <dt className="text-muted">{t("nominations.mine.receiptNo")}</dt>
          <dd className="font-mono">{n.receiptNo}</dd>
          <dt className="text-muted">{t("common.status")}</dt>
          <dd>{t(`nominations.status.${n.status}`)}</dd>
          <dt className="text-muted">{t("nominations.mine.target")}</dt>
          <dd>
            {n.vacancy ? (
              <Link href={`/vacancies/${n.vacancy.id}`} className="link">
                {n.vacancy.post}（{n.vacancy.unit}）
              </Link>
            ) : (
              t("nominations.mine.talentPool", { field: n.suitableField ? t(`nominations.field.${n.suitableField}`) : "—" })
            )}
          </dd>
          <dt className="text-muted">{t("nominations.mine.submittedAt")}</dt>
          <dd>{format.dateTime(n.submittedAt, INSTANT)}</dd>
          {n.expiresAt && (
            <>
              <dt className="text-muted">{t("nominations.mine.expiresAt")}</dt>
              <dd>{format.dateTime(n.expiresAt, DAY_OF_INSTANT)}</dd>
            </>
          )}
          <dt className="text-muted">{t("nominations.review.signedName")}</dt>
          <dd>{n.signedName}</dd>
        </dl>
        {n.canWithdraw && (
          <div className="mt-4 border-t border-stone-200 pt-4">
            <WithdrawButton action={withdrawNominationAction} id={n.id} label={`${t("nominations.mine.withdraw")} ${n.receiptNo}`} />
          </div>
        )}
      </section>
      <FlagsCard flags={n.flags} title={t("nominations.mine.flagsTitle")} />
      <section className="card" aria-labelledby="nominee-title">
        <h2 id="nominee-title" className="text-lg">
          {t("nominations.form.nomineeSection")}
        </h2>
        <div className="mt-3">
          <DetailList rows={rows} />
        </div>
      </section>
      <ReasonsSection title={t("nominations.form.reasonsSection")} reasons={n} />
    </div>
  );
}
