import { IntentLink as Link } from "@/components/ui/intent-link";
import { getTranslations } from "next-intl/server";
import { instantTable } from "@/lib/calendar/dates";
import type { NoticeResults } from "@/lib/data/notice-results";
import type { ActionState } from "@/lib/validation/common";
import { LoopForm } from "./loop-form";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

/**
 * 公示结果 on a published 任职前公示's console page: one row per person with the objections still
 * open, the recorded result, and the one result that may be recorded (or why none can yet); a
 * person cleared for appointment gets a link to draft their 任免.
 */
export async function NoticeResultsPanel({ results, action }: { results: NoticeResults; action: Action }) {
  if (!results.applies) return null;
  const t = await getTranslations();
  const word = (r: string) => t(`loop.result.${r}`);
  return (
    <section className="card space-y-3" aria-labelledby="loop-results-title" data-testid="notice-results">
      <h2 id="loop-results-title" className="text-lg">
        {t("loop.results.title")}
      </h2>
      <p className="text-sm text-muted">{t("loop.results.lead")}</p>
      {results.period === "UPCOMING" && <p className="text-sm">{t("loop.results.upcoming")}</p>}
      {results.period === "ACTIVE" && <p className="text-sm">{t("loop.results.active")}</p>}
      <div className="overflow-x-auto">
        <table className="w-full min-w-[36rem] text-left text-sm">
          <thead className="bg-stone-100">
            <tr>
              <th scope="col" className="px-3 py-2 whitespace-nowrap">
                {t("loop.results.name")}
              </th>
              <th scope="col" className="px-3 py-2 whitespace-nowrap">
                {t("loop.results.proposedPost")}
              </th>
              <th scope="col" className="px-3 py-2 whitespace-nowrap">
                {t("loop.results.objections")}
              </th>
              <th scope="col" className="px-3 py-2 whitespace-nowrap">
                {t("loop.results.result")}
              </th>
              <th scope="col" className="px-3 py-2 whitespace-nowrap">
                {t("loop.results.actions")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-200">
            {results.rows.map((r) => (
              <tr key={r.id} data-testid="notice-result-row">
                <td className="px-3 py-2 font-medium whitespace-nowrap">{r.name}</td>
                <td className="max-w-[16rem] truncate px-3 py-2" title={r.proposedPost}>
                  {r.proposedPost}
                </td>
                <td className="px-3 py-2 whitespace-nowrap">
                  {r.openObjections > 0 ? (
                    <span className="text-amber-900">{t("loop.results.openObjections", { count: r.openObjections })}</span>
                  ) : (
                    t("loop.results.noOpenObjections")
                  )}
                </td>
                <td className="px-3 py-2 whitespace-nowrap">
                  {r.result ? (
                    <>
                      <span className="font-medium">{word(r.result)}</span>
                      {r.resultAt && <span className="block text-xs text-muted">{instantTable(r.resultAt)}</span>}
                    </>
                  ) : (
                    <span className="text-muted">{t("loop.results.notRecorded")}</span>
                  )}
                </td>
                <td className="space-y-2 px-3 py-2">
                  {r.canRecord && r.recordable && (
                    <LoopForm
                      action={action}
                      hidden={{ entryId: r.id, result: r.recordable }}
                      submitLabel={t("loop.results.record", { result: word(r.recordable) })}
                      ariaLabel={t("loop.results.recordLabel", { name: r.name, result: word(r.recordable) })}
                      variant="secondary"
                    />
                  )}
                  {r.reason && <p className="text-xs text-muted">{t(r.reason)}</p>}
                  {r.appointment ? (
                    <Link href={`/admin/appointments/${r.appointment.id}`} className="link block">
                      {t("loop.results.viewAppointment")}
                    </Link>
                  ) : (
                    r.canDraftAppointment && (
                      <Link
                        href={`/admin/appointments/new?entry=${r.id}`}
                        className="link block"
                        aria-label={t("loop.results.draftAppointmentLabel", { name: r.name })}
                      >
                        {t("loop.results.draftAppointment")}
                      </Link>
                    )
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
