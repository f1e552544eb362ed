import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { adminPage } from "@/lib/auth/page-guards";
import { instantTable } from "@/lib/calendar/dates";
import { CellText } from "@/components/ui/cell-text";
import { listFailedMail, mailOverview } from "@/lib/data/mail-outbox";
import { mailTargetView } from "@/lib/notifications/mail-settings";
import { mailMachine } from "@/lib/state/mail";
import { ActionForm } from "@/components/ui/action-form";
import { Pagination } from "@/components/ui/pagination";
import { retryAllMailAction, retryMailAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("mailAdmin"))("title") };
}

// Administrators only: where mail goes, how many mails are in each state, and the mails that
// could not be sent with the mail server's answer, each with a way to send it again.
export default async function MailPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await adminPage("/admin/mail");
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  const [t, format, counts, failed] = await Promise.all([
    getTranslations("mailAdmin"),
    getFormatter(),
    mailOverview(actor),
    listFailedMail(actor, query.page, locale),
  ]);
  const target = mailTargetView();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl">{t("title")}</h1>
      <p className="text-muted">{t("intro")}</p>
      <p
        className={`rounded-md border px-4 py-3 ${target.kind === "smtp" ? "border-stone-300 bg-white" : "border-amber-300 bg-amber-50 text-amber-900"}`}
        role="note"
        data-testid="mail-target"
      >
        {target.kind === "smtp"
          ? t("targetSmtp", { host: target.host, port: String(target.port), from: target.from })
          : target.kind === "files"
            ? t("targetFiles", { dir: target.dir })
            : t("targetInvalid", { error: target.error })}
      </p>
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {mailMachine.states.map((s) => (
          <div key={s} className={`card ${s === "FAILED" && counts.FAILED > 0 ? "border-brand-600" : ""}`}>
            <dt className="text-muted">{t(`status.${s}`)}</dt>
            <dd
              className={`text-3xl font-bold ${s === "FAILED" && counts.FAILED > 0 ? "text-brand-700" : ""}`}
              data-testid={`mail-count-${s}`}
            >
              {format.number(counts[s])}
            </dd>
          </div>
        ))}
      </dl>
      <section className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-4">
          <h2 className="text-lg">{t("failedTitle")}</h2>
          {counts.FAILED > 0 && (
            <ActionForm action={retryAllMailAction} hidden={{}} submitLabel={t("retryAll", { count: counts.FAILED })} variant="secondary" />
          )}
        </div>
        {failed.rows.length === 0 ? (
          <p className="card text-muted">{t("none")}</p>
        ) : (
          <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
            <table className="w-full min-w-[56rem] text-left text-sm">
              <thead className="bg-stone-100">
                <tr>
                  <th scope="col" className="px-3 py-2 whitespace-nowrap">
                    {t("recipient")}
                  </th>
                  <th scope="col" className="px-3 py-2 whitespace-nowrap">
                    {t("kind")}
                  </th>
                  <th scope="col" className="px-3 py-2 whitespace-nowrap">
                    {t("attempts")}
                  </th>
                  <th scope="col" className="px-3 py-2 whitespace-nowrap">
                    {t("error")}
                  </th>
                  <th scope="col" className="px-3 py-2 whitespace-nowrap">
                    {t("createdAt")}
                  </th>
                  <th scope="col" className="px-3 py-2 whitespace-nowrap">
                    {t("actions")}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-200 align-top">
                {failed.rows.map((m) => (
                  <tr key={m.id}>
                    <td className="px-3 py-2">
                      <p className="font-medium whitespace-nowrap">{m.recipientName ?? t("unknownRecipient")}</p>
                      <p className="text-muted break-all">{m.toAddress}</p>
                    </td>
                    <td className="px-3 py-2">
                      <CellText text={m.title ?? (m.kind === "digest" ? t("kindDigest") : t("otherKind"))} />
                    </td>
                    <td className="px-3 py-2 whitespace-nowrap">{format.number(m.attempts)}</td>
                    <td className="max-w-96 px-3 py-2 font-mono text-xs break-all">{m.lastError}</td>
                    <td className="px-3 py-2 whitespace-nowrap">{instantTable(m.createdAt)}</td>
                    <td className="px-3 py-2">
                      <ActionForm action={retryMailAction} hidden={{ id: m.id }} submitLabel={t("retry")} variant="secondary" />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Pagination page={failed.page} pageCount={failed.pageCount} basePath="/admin/mail" params={{}} />
      </section>
    </div>
  );
}
