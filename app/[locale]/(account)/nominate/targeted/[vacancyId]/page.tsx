import { IntentLink as Link } from "@/components/ui/intent-link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { signedInPage } from "@/lib/auth/page-guards";
import { isApproved } from "@/lib/auth/actor";
import { getNominationForm } from "@/lib/data/nominations";
import { NotFoundError } from "@/lib/data/errors";
import { INSTANT, formatDay } from "@/lib/calendar/dates";
import { parseLevel } from "@/lib/nominations/scales";
import { NominationForm } from "@/components/nominations/nomination-form";
import { NominateGate } from "@/components/nominations/nominate-gate";
import { WhoSwitch } from "@/components/nominations/who-switch";
import { ConditionsList } from "@/components/nominations/conditions-list";
import { submitNominationAction } from "../../actions";

type Props = { params: Promise<{ vacancyId: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nominations.kind"))("TARGETED") };
}

export default async function TargetedNominationPage({ params, searchParams }: Props) {
  const [{ vacancyId }, sp] = await Promise.all([params, searchParams]);
  const self = sp.self === "1";
  const basePath = `/nominate/targeted/${vacancyId}`;
  const actor = await signedInPage(basePath + (self ? "?self=1" : ""));
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  if (!isApproved(actor)) return <NominateGate actor={actor} title={t("nominations.kind.TARGETED")} />;

  const ctx = await getNominationForm(actor, vacancyId).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const v = ctx.vacancy!;
  const when = (d: Date) => format.dateTime(d, INSTANT);
  const level = parseLevel(v.level);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p>
        <Link href={`/vacancies/${v.id}`} className="link">
          ← {v.post}
        </Link>
      </p>
      <header className="space-y-1">
        <p className="text-sm font-medium text-brand-700">{t("nominations.kind.TARGETED")}</p>
        <h1 className="text-2xl sm:text-3xl">{t("nominations.form.targetedTitle", { post: v.post })}</h1>
        <p className="text-muted">{v.unit}</p>
      </header>

      <section className="card space-y-3" aria-labelledby="vacancy-info">
        <h2 id="vacancy-info" className="text-lg">
          {t("nominations.form.vacancyTitle")}
        </h2>
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[7rem_1fr]">
          <dt className="text-muted">{t("nominations.form.level")}</dt>
          <dd>{level ? t(`nominations.level.${level}`) : v.level}</dd>
          <dt className="text-muted">{t("nominations.form.headcount")}</dt>
          <dd>{v.headcount}</dd>
          <dt className="text-muted">{t("nominations.form.window")}</dt>
          <dd>{t("nominations.form.windowValue", { opens: when(v.opensAt), closes: when(v.closesAt) })}</dd>
          <dt className="text-muted">{t("nominations.form.conditions")}</dt>
          <dd>
            <ConditionsList c={v} emptyKey="review.noConditions" />
          </dd>
        </dl>
        <p className="font-medium" data-testid="cap">
          {t("nominations.form.cap", { cap: v.maxPerNominator, used: ctx.used })}
        </p>
      </section>

      {ctx.window !== "open" ? (
        <p className="card border-brand-600 bg-brand-50" role="alert">
          {ctx.window === "notYetOpen" ? t("nominations.form.notYetOpen", { opens: when(v.opensAt) }) : t("nominations.form.closed")}
        </p>
      ) : ctx.capReached ? (
        <p className="card border-brand-600 bg-brand-50" role="alert">
          {t("nominations.form.capFull")}{" "}
          <Link href="/account/nominations" className="link">
            {t("nominations.mine.title")}
          </Link>
        </p>
      ) : (
        <>
          <WhoSwitch basePath={basePath} self={self} />
          <NominationForm
            key={self ? "self" : "other"}
            action={submitNominationAction}
            kind="TARGETED"
            self={self}
            vacancyId={v.id}
            conditions={{
              maxAge: v.maxAge,
              minEducation: v.minEducation,
              requiredLevel: v.requiredLevel,
              minYearsAtLevel: v.minYearsAtLevel,
            }}
            profile={{ ...ctx.profile, birthDate: formatDay(ctx.profile.birthDate) }}
          />
        </>
      )}
    </div>
  );
}
