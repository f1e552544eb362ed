"use client";
// A class's sign-ups as cards (they read the same at 390 px and 1280 px): who, their unit and
// level, when they signed up, the status, and the staff note; per card the decisions the
// sign-up machine allows, with a note for the person; and a bulk approve of the ticked cards.
// The ticked boxes belong to the bulk form through their form attribute, so each card's own
// decision form can sit beside them (forms cannot nest).
import { useActionState, useId } from "react";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/ui/field";
import { useSelection } from "@/components/ui/use-selection";
import { badgeClass } from "@/components/boards/board-badge";
import type { ActionState } from "@/lib/validation/common";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

export interface SignupRow {
  id: string;
  name: string;
  unit: string;
  position: string;
  level: string | null;
  signedUpAt: string;
  status: string;
  note: string | null;
  decisions: ("APPROVE" | "DECLINE" | "WAITLIST")[];
}

const TONE: Record<string, string> = {
  PENDING: "NOTICE",
  APPROVED: "PUBLISHED",
  WAITLISTED: "NOT_YET",
  DECLINED: "CANCELLED",
  CANCELLED: "CLOSED",
  CLASS_CANCELLED: "CANCELLED",
};

function DecisionForm({ row, action }: { row: SignupRow; action: Action }) {
  const t = useTranslations("trainingAdmin.signups");
  const tr = useTranslations();
  const [state, formAction, pending] = useActionState(action, {});
  const noteId = useId();
  const v = state.values ?? {};
  return (
    <form action={formAction} noValidate className="space-y-2 border-t border-stone-200 pt-3">
      <input type="hidden" name="enrolmentId" value={row.id} />
      <label htmlFor={noteId} className="block text-sm font-medium">
        {t("noteLabel", { name: row.name })}
      </label>
      <textarea
        id={noteId}
        name="note"
        rows={2}
        maxLength={500}
        defaultValue={v.note}
        aria-invalid={!!state.errors?.note?.length}
        className="input"
      />
      {state.errors?.note?.length ? (
        <p className="text-sm font-medium text-brand-700">{state.errors.note.map((m) => tr(m)).join("；")}</p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {row.decisions.map((d) => (
          <button
            key={d}
            type="submit"
            name="decision"
            value={d}
            disabled={pending}
            className={d === "APPROVE" ? "btn-primary" : d === "DECLINE" ? "btn-danger" : "btn-secondary"}
            aria-label={t(`decisionFor.${d}`, { name: row.name })}
          >
            {t(`decision.${d}`)}
          </button>
        ))}
      </div>
      <FormStatus state={state} />
    </form>
  );
}

export function SignupList({ rows, decide, bulk, classId }: { rows: SignupRow[]; decide: Action; bulk: Action; classId: string }) {
  const t = useTranslations("trainingAdmin.signups");
  const ts = useTranslations("trainingAdmin.enrolmentStatus");
  const tl = useTranslations("qualify.level");
  const tc = useTranslations("common");
  const approvable = rows.filter((r) => r.decisions.includes("APPROVE")).map((r) => r.id);
  const sel = useSelection(approvable);
  const [state, bulkAction, pending] = useActionState(bulk, {});
  const formId = useId();
  if (!rows.length) return <p className="text-muted">{t("empty")}</p>;
  return (
    <div className="space-y-3">
      {approvable.length > 0 && (
        <form id={formId} action={bulkAction} className="flex flex-wrap items-center gap-3 rounded-md bg-stone-50 p-3">
          <input type="hidden" name="classId" value={classId} />
          <label className="inline-flex min-h-11 items-center gap-2">
            <input type="checkbox" checked={sel.allOn} onChange={sel.toggleAll} className="h-5 w-5" />
            {t("selectAll", { count: approvable.length })}
          </label>
          <button type="submit" className="btn-primary" disabled={pending || sel.selected.size === 0}>
            {pending ? tc("submitting") : t("bulkApprove", { count: sel.selected.size })}
          </button>
          <FormStatus state={state} />
        </form>
      )}
      <ul className="space-y-3">
        {rows.map((r) => (
          <li key={r.id} className="card space-y-2">
            <div className="flex flex-wrap items-start gap-3">
              {r.decisions.includes("APPROVE") && (
                <input
                  type="checkbox"
                  name="ids"
                  value={r.id}
                  form={formId}
                  checked={sel.isSelected(r.id)}
                  onChange={() => sel.toggle(r.id)}
                  aria-label={t("selectOne", { name: r.name })}
                  className="mt-1 h-5 w-5"
                />
              )}
              <div className="min-w-0 flex-1">
                <p className="font-semibold">
                  {r.name} <span className={badgeClass(TONE[r.status] ?? r.status)}>{ts(r.status)}</span>
                </p>
                <p className="text-sm text-muted break-words">
                  {r.unit}
                  {r.position ? ` · ${r.position}` : ""}
                  {r.level ? ` · ${tl(r.level)}` : ""}
                </p>
                <p className="text-sm text-muted">{t("signedUpAt", { at: r.signedUpAt })}</p>
                {r.note && (
                  <p className="text-sm break-words">
                    {t("note")}：{r.note}
                  </p>
                )}
              </div>
            </div>
            {r.decisions.length > 0 && <DecisionForm row={r} action={decide} />}
          </li>
        ))}
      </ul>
    </div>
  );
}
