import { IntentLink as Link } from "@/components/ui/intent-link";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { signedInPage } from "@/lib/auth/page-guards";
import { isApproved } from "@/lib/auth/actor";
import { listMyCases } from "@/lib/data/cases/writer-view";
import { DAY, INSTANT } from "@/lib/calendar/dates";
import { Pagination } from "@/components/ui/pagination";
import { CaseStatusBadge } from "@/components/cases/writer-case-view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("myCases"))("title") };
}

/** 我的来信与反映: the caller's real-name cases of all three channels, newest first. */
export default async function MyCasesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await signedInPage("/account/cases");
  const sp = await searchParams;
  const [t, format, result] = await Promise.all([getTranslations(), getFormatter(), listMyCases(actor, { page: Number(sp.page) || 1 })]);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/account" className="link">
          ← {t("account.title")}
        </Link>
      </p>
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div className="space-y-1">
          <h1 className="text-2xl">{t("myCases.title")}</h1>
          <p className="max-w-3xl text-muted">{t("myCases.lead")}</p>
        </div>
        {isApproved(actor) && (
          <Link href="/messages/write" className="btn-secondary">
            {t("myCases.write")}
          </Link>
        )}
      </header>
      {result.rows.length === 0 ? (
        <p className="card text-muted">{t("myCases.empty")}</p>
      ) : (
        <ul className="space-y-3" aria-label={t("myCases.title")}>
          {result.rows.map((c) => (
            <li key={c.id} className="card space-y-2" data-testid="my-case" data-number={c.number}>
              <div className="flex flex-wrap items-center justify-between gap-2">
                <p className="flex min-w-0 flex-wrap items-center gap-2">
                  <Link href={`/account/cases/${c.id}`} className="link font-semibold break-words">
                    {c.title}
                  </Link>
                  <span className="text-sm text-muted">{t(`cases.kind.${c.kind}`)}</span>
                </p>
                <CaseStatusBadge status={c.status} />
              </div>
              <dl className="grid gap-x-4 gap-y-0.5 text-sm sm:grid-cols-[6rem_1fr]">
                <dt className="text-muted">{t("myCases.number")}</dt>
                <dd className="font-mono">{c.number}</dd>
                <dt className="text-muted">{t("myCases.filedAt")}</dt>
                <dd>{format.dateTime(c.filedAt, INSTANT)}</dd>
                {c.dueOn && (
                  <>
                    <dt className="text-muted">{t("myCases.dueOn")}</dt>
                    <dd>{format.dateTime(c.dueOn, DAY)}</dd>
                  </>
                )}
              </dl>
              <p className="flex flex-wrap items-center gap-3 text-sm">
                <Link href={`/account/cases/${c.id}`} className="link">
                  {t("myCases.detail")}
                </Link>
                {(c.canFollowUp || c.canConfirm) && (
                  <span className="rounded bg-amber-100 px-2 text-amber-900">
                    {c.canFollowUp ? t("myCases.mayFollowUp") : t("myCases.mayConfirm")}
                  </span>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} basePath="/account/cases" params={{}} />
    </div>
  );
}
