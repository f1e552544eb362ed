import { IntentLink as Link } from "@/components/ui/intent-link";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { signedInPage } from "@/lib/auth/page-guards";
import { listMyNominations } from "@/lib/data/nominations";
import { Pagination } from "@/components/ui/pagination";
import { NominationStatusBadge } from "@/components/nominations/status-badge";
import { WithdrawButton } from "@/components/nominations/withdraw-button";
import { withdrawNominationAction } from "./actions";
import { DAY_OF_INSTANT, INSTANT } from "@/lib/calendar/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nominations.mine"))("title") };
}

export default async function MyNominationsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await signedInPage("/account/nominations");
  const sp = await searchParams;
  const [t, format, result] = await Promise.all([
    getTranslations(),
    getFormatter(),
    listMyNominations(actor, { page: Number(sp.page) || 1 }),
  ]);
  const when = (d: Date) => format.dateTime(d, INSTANT);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/account" className="link">
          ← {t("account.title")}
        </Link>
      </p>
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div className="space-y-1">
          <h1 className="text-2xl">{t("nominations.mine.title")}</h1>
          <p className="max-w-3xl text-muted">{t("nominations.mine.lead")}</p>
        </div>
        {result.canNominate && (
          <div className="flex flex-wrap gap-2">
            <Link href="/vacancies?status=OPEN" className="btn-secondary">
              {t("nominations.mine.newTargeted")}
            </Link>
            <Link href="/nominate/open/new" className="btn-secondary">
              {t("nominations.mine.newOpen")}
            </Link>
          </div>
        )}
      </header>
      {result.rows.length === 0 ? (
        <p className="card text-muted">{t("nominations.mine.empty")}</p>
      ) : (
        <ul className="space-y-3" aria-label={t("nominations.mine.title")}>
          {result.rows.map((n) => {
            const target = n.vacancy
              ? `${n.vacancy.post}（${n.vacancy.unit}）`
              : t("nominations.mine.talentPool", { field: n.suitableField ? t(`nominations.field.${n.suitableField}`) : "—" });
            return (
              <li key={n.id} className="card space-y-2" data-testid="my-nomination" data-receipt={n.receiptNo}>
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <p className="flex flex-wrap items-center gap-2">
                    <span className="font-semibold">{n.nominee.name}</span>
                    {n.isSelf && <span className="rounded bg-amber-100 px-2 text-sm text-amber-900">{t("nominations.mine.selfTag")}</span>}
                    <span className="text-sm text-muted">{t(`nominations.kindShort.${n.kind}`)}</span>
                  </p>
                  <NominationStatusBadge status={n.status} />
                </div>
                <dl className="grid gap-x-4 gap-y-0.5 text-sm sm:grid-cols-[6rem_1fr]">
                  <dt className="text-muted">{t("nominations.mine.target")}</dt>
                  <dd>{target}</dd>
                  <dt className="text-muted">{t("nominations.mine.receiptNo")}</dt>
                  <dd className="font-mono">{n.receiptNo}</dd>
                  <dt className="text-muted">{t("nominations.mine.submittedAt")}</dt>
                  <dd>{when(n.submittedAt)}</dd>
                  {n.expiresAt && (
                    <>
                      <dt className="text-muted">{t("nominations.mine.expiresAt")}</dt>
                      <dd>{format.dateTime(n.expiresAt, DAY_OF_INSTANT)}</dd>
                    </>
                  )}
                </dl>
                <div className="flex flex-wrap items-center gap-3">
                  <Link href={`/account/nominations/${n.id}`} className="link">
                    {t("nominations.mine.detail")}
                  </Link>
                  {n.canWithdraw && (
                    <WithdrawButton
                      action={withdrawNominationAction}
                      id={n.id}
                      label={`${t("nominations.mine.withdraw")} ${n.receiptNo}`}
                    />
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} basePath="/account/nominations" params={{}} />
    </div>
  );
}
