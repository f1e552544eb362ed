import { getFormatter, getTranslations } from "next-intl/server";
import { DAY } from "@/lib/calendar/dates";
import type { GateAnswer } from "@/lib/nominations/appointment-gate";

/**
 * On a 任免's console page: whether it may be published now and why not (the gate's answer in
 * words), the person of the 公示 it follows, and its 试用期.
 */
export async function AppointmentGatePanel({
  gate,
  draft,
  person,
  probation,
}: {
  gate: GateAnswer;
  /** Not yet published (the conditions matter only before publishing). */
  draft: boolean;
  person: { name: string; proposedPost: string; result: string | null } | null;
  probation: { on: boolean; endsOn: Date | null; result: string | null };
}) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const showGate = draft && (gate.reason || person);
  if (!showGate && !person && !probation.on) return null;
  return (
    <div className="card space-y-2 text-sm" data-testid="appointment-gate">
      {person && (
        <p>
          <span className="text-muted">{t("loop.gate.person")}：</span>
          {person.name}（{person.proposedPost}）{person.result && <> · {t(`loop.result.${person.result}`)}</>}
        </p>
      )}
      {showGate && (
        <div className="space-y-1">
          <h2 className="font-medium">{t("loop.gate.title")}</h2>
          {gate.reason ? (
            <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950" data-testid="gate-reason">
              {t(gate.reason)}
            </p>
          ) : (
            person?.result && <p className="text-green-900">{t("loop.gate.ok", { result: t(`loop.result.${person.result}`) })}</p>
          )}
        </div>
      )}
      {probation.on && (
        <p>
          {probation.endsOn
            ? t("loop.probation.onAppointment", { date: format.dateTime(probation.endsOn, DAY) })
            : t("loop.form.probation")}
          {probation.result && <> · {t("loop.probation.assessedAs", { result: t(`loop.probation.${probation.result}`) })}</>}
        </p>
      )}
    </div>
  );
}
