import { IntentLink as Link } from "@/components/ui/intent-link";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { signedInPage } from "@/lib/auth/page-guards";
import { listMyNominations } from "@/lib/data/nominations";
import { Pagination } from "@/components/ui/pagination";
import { MyNominationList, type MyNominationItem } from "@/components/nominations/my-nomination-list";
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
  const items: MyNominationItem[] = result.rows.map((n) => ({
    id: n.id,
    receiptNo: n.receiptNo,
    name: n.nominee.name,
    isSelf: n.isSelf,
    kind: n.kind,
    status: n.status,
    target: n.vacancy
      ? `${n.vacancy.post}（${n.vacancy.unit}）`
      : t("nominations.mine.talentPool", { field: n.suitableField ? t(`nominations.field.${n.suitableField}`) : "—" }),
    submittedAt: format.dateTime(n.submittedAt, INSTANT),
    expiresAt: n.expiresAt ? format.dateTime(n.expiresAt, DAY_OF_INSTANT) : null,
    canWithdraw: n.canWithdraw,
  }));
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
        <MyNominationList items={items} action={withdrawNominationAction} label={t("nominations.mine.title")} />
      )}
      <Pagination page={result.page} pageCount={result.pageCount} basePath="/account/nominations" params={{}} />
    </div>
  );
}
