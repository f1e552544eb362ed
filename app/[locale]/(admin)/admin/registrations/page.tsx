import { IntentLink as Link } from "@/components/ui/intent-link";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { staffPage } from "@/lib/auth/page-guards";
import { registrationQueue } from "@/lib/data/registration-queue";
import { accountMachine } from "@/lib/state/account";
import { Pagination } from "@/components/ui/pagination";
import { SearchForm } from "@/components/ui/search-form";
import { RegistrationQueueForm, type QueueLine } from "@/components/console-queue/registration-queue-form";
import { bulkApproveAction, bulkRejectAction } from "../account-actions";
import { INSTANT } from "@/lib/calendar/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("registrations") };
}

// The registration queue: opens on 待审核, oldest first, with each one's waiting time against
// the review target; other statuses (or 全部) newest first.
export default async function RegistrationsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await staffPage("/admin/registrations");
  const params = await searchParams;
  const page = Number(params.page) || 1;
  const [t, format, result] = await Promise.all([
    getTranslations(),
    getFormatter(),
    registrationQueue(actor, { status: params.status, q: params.q, page }),
  ]);
  const lines: QueueLine[] = result.rows.map((u) => ({
    id: u.id,
    name: u.realName,
    status: u.status,
    statusLabel: t(`accountStatus.${u.status}`),
    details: `${u.idMasked} · ${u.workUnit} ${u.position}`,
    submitted: `${t("consoleQueue.submittedAt")} ${format.dateTime(u.wait?.since ?? u.createdAt, INSTANT)}`,
    waited: u.wait ? (u.wait.waitedDays > 0 ? t("consoleQueue.waited", { days: u.wait.waitedDays }) : t("consoleQueue.waitedToday")) : null,
    overdue: u.wait?.overdue ?? false,
    selectable: u.canApprove || u.canReject,
  }));
  const filter = { status: result.status === "PENDING" ? undefined : result.status, q: params.q };
  const exportHref = `/admin/exports/registrations?${new URLSearchParams(
    Object.entries({ ...filter, format: "xlsx" }).filter((e): e is [string, string] => !!e[1]),
  )}`;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl">{t("admin.registrations")}</h1>
      {result.status === "PENDING" && <p className="text-muted">{t("consoleQueue.queueLead", { days: result.reviewDays })}</p>}
      <SearchForm label={t("admin.searchLabel")} q={params.q} submitLabel={t("admin.filter")}>
        <label className="space-y-1">
          <span className="block text-sm font-medium">{t("admin.filterStatus")}</span>
          <select name="status" defaultValue={result.status} className="input">
            {accountMachine.states.map((s) => (
              <option key={s} value={s}>
                {t(`accountStatus.${s}`)}
              </option>
            ))}
            <option value="ALL">{t("admin.all")}</option>
          </select>
        </label>
      </SearchForm>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-muted">{t("common.total", { count: result.total })}</p>
        {result.total > 0 && (
          <a href={exportHref} className="btn-secondary min-h-9 px-3 py-1 text-sm" download>
            {t("consoleQueue.export.link")}
          </a>
        )}
      </div>
      {lines.length === 0 ? (
        <p className="card text-muted">{result.status === "PENDING" && !params.q ? t("consoleQueue.allDone") : t("admin.noRows")}</p>
      ) : (
        <RegistrationQueueForm
          approve={bulkApproveAction}
          reject={bulkRejectAction}
          lines={lines}
          overdueLabel={t("consoleQueue.overdue")}
        />
      )}
      <Pagination page={result.page} pageCount={result.pageCount} basePath="/admin/registrations" params={filter} />
      <p className="sr-only">
        <Link href="/admin">{t("admin.home")}</Link>
      </p>
    </div>
  );
}
