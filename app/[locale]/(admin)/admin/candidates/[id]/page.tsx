import { IntentLink as Link } from "@/components/ui/intent-link";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { staffPage } from "@/lib/auth/page-guards";
import { getCandidate } from "@/lib/data/candidates";
import { NotFoundError } from "@/lib/data/errors";
import { BIRTH, INSTANT, ageOn } from "@/lib/calendar/dates";
import { NominationStatusBadge } from "@/components/nominations/status-badge";
import { FlagList } from "@/components/nominations/flag-list";
import { MergeForm } from "@/components/admin-nominations/merge-form";
import { mergeAction } from "../../nominations/actions";
import { now as clockNow } from "@/lib/calendar/clock";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nominations.candidates"))("title") };
}

export default async function CandidatePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await staffPage(`/admin/candidates/${id}`);
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const result = await getCandidate(actor, id).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  if ("mergedInto" in result) redirect(`/admin/candidates/${result.mergedInto}`);
  const { candidate: c, nominations, shortlist, similar } = result;
  const now = clockNow();
  const code = (ns: string, v: string) => (t.has(`nominations.${ns}.${v}`) ? t(`nominations.${ns}.${v}`) : v);
  const facts: [string, string][] = [
    [t("nominations.form.gender"), t(`gender.${c.gender}`)],
    [
      t("nominations.form.birthDate"),
      `${format.dateTime(c.birthDate, BIRTH)}（${t("nominations.candidates.ageValue", { age: ageOn(c.birthDate, now) })}）`,
    ],
    [t("nominations.form.workUnit"), c.workUnit],
    [t("nominations.form.currentPost"), c.currentPost],
    [t("nominations.form.currentLevel"), code("level", c.currentLevel)],
    [t("nominations.form.yearsAtLevel"), String(c.yearsAtLevel)],
    [t("nominations.form.education"), code("education", c.education)],
    [t("nominations.form.phone"), c.phone ?? "—"],
  ];
  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin/candidates" className="link">
          ← {t("nominations.candidates.title")}
        </Link>
      </p>
      <h1 className="flex flex-wrap items-center gap-3 text-2xl">
        {c.name}
        {c.userId && (
          <span className="rounded bg-stone-100 px-2 text-sm font-normal text-muted">{t("nominations.candidates.registered")}</span>
        )}
      </h1>
      <p className="rounded-md border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-950">{t("nominations.review.auditNote")}</p>
      <section className="card">
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[9rem_1fr]">
          {facts.map(([k, v]) => (
            <div key={k} className="contents">
              <dt className="text-muted">{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      </section>
      {shortlist.length > 0 && (
        <section className="card" aria-labelledby="sl-title">
          <h2 id="sl-title" className="text-lg">
            {t("nominations.candidates.shortlistTitle")}
          </h2>
          <ul className="mt-2 list-disc pl-6">
            {shortlist.map((v) => (
              <li key={v.id}>
                <Link href={`/admin/nominations/${v.id}`} className="link">
                  {v.post}（{v.unit}）
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="space-y-3" aria-labelledby="noms-title">
        <h2 id="noms-title" className="text-xl">
          {t("nominations.candidates.nominationsTitle")}（{nominations.length}）
        </h2>
        <ul className="space-y-3">
          {nominations.map((n) => (
            <li key={n.id} className="card space-y-1 text-sm" data-testid="candidate-nomination">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <p className="font-medium">
                  {n.vacancy ? (
                    <Link href={`/admin/nominations/${n.vacancy.id}`} className="link">
                      {n.vacancy.post}（{n.vacancy.unit}）
                    </Link>
                  ) : (
                    t("nominations.mine.talentPool", { field: n.suitableField ? code("field", n.suitableField) : "—" })
                  )}
                </p>
                <NominationStatusBadge status={n.status} />
              </div>
              <p>
                {t("nominations.review.nominator")}：{n.nominator.realName}（{n.nominator.workUnit}）·{" "}
                {code("relationship", n.relationship)} · {format.dateTime(n.submittedAt, INSTANT)} ·{" "}
                <span className="font-mono">{n.receiptNo}</span>
              </p>
              {n.flags.length > 0 && (
                <div className="text-amber-900">
                  <FlagList flags={n.flags} compact />
                </div>
              )}
              <Link href={`/admin/nominations/detail/${n.id}`} className="link">
                {t("admin.detail")}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section className="card space-y-3" aria-labelledby="similar-title">
        <h2 id="similar-title" className="text-lg">
          {t("nominations.candidates.similarTitle")}
        </h2>
        {similar.length === 0 ? (
          <p className="text-muted">{t("nominations.candidates.similarNone")}</p>
        ) : (
          <ul className="divide-y divide-stone-200">
            {similar.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
                <span>
                  <Link href={`/admin/candidates/${s.id}`} className="link">
                    {s.name}
                  </Link>{" "}
                  · {format.dateTime(s.birthDate, BIRTH)} · {s.workUnit} {s.currentPost}
                </span>
                <MergeForm action={mergeAction} keepId={c.id} dropId={s.id} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card space-y-2" aria-labelledby="merge-title">
        <h2 id="merge-title" className="text-lg">
          {t("nominations.candidates.mergeTitle")}
        </h2>
        <p className="text-sm text-muted">{t("nominations.candidates.mergeLead")}</p>
        <MergeForm action={mergeAction} keepId={c.id} />
      </section>
    </div>
  );
}
