import { IntentLink as Link } from "@/components/ui/intent-link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { staffPage } from "@/lib/auth/page-guards";
import { getNominationForReview } from "@/lib/data/nomination-review";
import { NotFoundError } from "@/lib/data/errors";
import { BIRTH, DAY_OF_INSTANT, INSTANT } from "@/lib/calendar/dates";
import { parseNominee } from "@/lib/nominations/snapshot";
import { NominationStatusBadge } from "@/components/nominations/status-badge";
import { FlagsCard } from "@/components/nominations/flags-card";
import { NominationDecision } from "@/components/console-queue/nomination-decision";
import { decideAction } from "../../actions";
import { DetailList } from "@/components/ui/detail-list";
import { ReasonsSection } from "@/components/nominations/reasons-section";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nominations.review"))("detailTitle") };
}

export default async function NominationReviewDetail({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await staffPage(`/admin/nominations/detail/${id}`);
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const n = await getNominationForReview(actor, id).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const stated = parseNominee(n.nominee, n.candidate);
  const code = (ns: string, v: string) => (t.has(`nominations.${ns}.${v}`) ? t(`nominations.${ns}.${v}`) : v);
  const facts: [string, string][] = [
    [t("nominations.form.name"), stated.name],
    [t("nominations.form.gender"), t(`gender.${stated.gender}`)],
    [t("nominations.form.birthDate"), format.dateTime(stated.birthDate, BIRTH)],
    [t("nominations.form.workUnit"), stated.workUnit],
    [t("nominations.form.currentPost"), stated.currentPost],
    [t("nominations.form.currentLevel"), code("level", stated.currentLevel)],
    [t("nominations.form.yearsAtLevel"), String(stated.yearsAtLevel)],
    [t("nominations.form.education"), code("education", stated.education)],
    [t("nominations.form.phone"), stated.phone ?? "—"],
  ];
  return (
    <div className="space-y-6">
      <p>
        <Link href={n.vacancy ? `/admin/nominations/${n.vacancy.id}` : "/admin/talent-pool"} className="link">
          ← {n.vacancy ? t("nominations.review.backToVacancy") : t("nominations.pool.title")}
        </Link>
      </p>
      <header className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl">
          {t("nominations.review.detailTitle")} <span className="font-mono text-lg">{n.receiptNo}</span>
        </h1>
        <NominationStatusBadge status={n.status} />
      </header>
      <p className="rounded-md border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-950">{t("nominations.review.auditNote")}</p>
      <section className="card">
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[9rem_1fr]">
          <dt className="text-muted">{t("nominations.mine.target")}</dt>
          <dd>
            {n.vacancy
              ? `${n.vacancy.post}（${n.vacancy.unit}）`
              : t("nominations.mine.talentPool", { field: n.suitableField ? code("field", n.suitableField) : "—" })}
          </dd>
          <dt className="text-muted">{t("nominations.review.nominator")}</dt>
          <dd>
            {n.nominator.realName}（{n.nominator.workUnit} {n.nominator.position}）
          </dd>
          <dt className="text-muted">{t("nominations.review.nominatorPhone")}</dt>
          <dd>{n.nominator.phone}</dd>
          <dt className="text-muted">{t("nominations.review.relationship")}</dt>
          <dd>{code("relationship", n.relationship)}</dd>
          <dt className="text-muted">{t("nominations.review.signedName")}</dt>
          <dd>{n.signedName}</dd>
          <dt className="text-muted">{t("nominations.review.submittedAt")}</dt>
          <dd>{format.dateTime(n.submittedAt, INSTANT)}</dd>
          {n.expiresAt && (
            <>
              <dt className="text-muted">{t("nominations.mine.expiresAt")}</dt>
              <dd>{format.dateTime(n.expiresAt, DAY_OF_INSTANT)}</dd>
            </>
          )}
          {n.reviewNote && (
            <>
              <dt className="text-muted">{t("nominations.review.note")}</dt>
              <dd>{n.reviewNote}</dd>
            </>
          )}
        </dl>
      </section>
      <FlagsCard flags={n.flags} title={t("nominations.mine.flagsTitle")} />
      <section className="card" aria-labelledby="nominee-title">
        <h2 id="nominee-title" className="text-lg">
          {t("nominations.form.nomineeSection")}{" "}
          <Link href={`/admin/candidates/${n.candidate.id}`} className="link text-base font-normal">
            {t("nominations.candidates.nominationsTitle")}
          </Link>
        </h2>
        <div className="mt-3">
          <DetailList rows={facts} />
        </div>
      </section>
      <ReasonsSection title={t("nominations.review.reasonsTitle")} reasons={n} />
      {/* Always rendered here, so after a decision it stays and offers 下一条. */}
      <NominationDecision
        action={decideAction}
        id={n.id}
        name={stated.name}
        canDecide={n.canDecide}
        backHref={n.vacancy ? `/admin/nominations/${n.vacancy.id}` : "/admin/talent-pool"}
        backLabel={n.vacancy ? t("nominations.review.backToVacancy") : t("nominations.pool.title")}
      />
      {n.canDecide && (
        <p>
          <Link href={`/admin/nominations/next?after=${encodeURIComponent(n.id)}`} className="link">
            {t("consoleQueue.skip")}
          </Link>
        </p>
      )}
    </div>
  );
}
