"use client";
// A session's attendance list: every admitted person, present or absent, each with one button
// that records the other (出席 / 缺席). Cards, so it reads the same on a phone at the venue.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/ui/field";
import { badgeClass } from "@/components/boards/board-badge";
import type { ActionState } from "@/lib/validation/common";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

export interface AttendanceRow {
  enrolmentId: string;
  name: string;
  unit: string;
  present: boolean;
  /** How it was recorded: LIST (staff) or CODE (checked in), with when; null when absent. */
  how: string | null;
}

function MarkForm({ row, sessionId, action }: { row: AttendanceRow; sessionId: string; action: Action }) {
  const t = useTranslations("trainingAdmin.attendance");
  const tc = useTranslations("common");
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="enrolmentId" value={row.enrolmentId} />
      {!row.present && <input type="hidden" name="present" value="on" />}
      <button
        type="submit"
        disabled={pending}
        className={row.present ? "btn-secondary" : "btn-primary"}
        aria-label={t(row.present ? "markAbsentFor" : "markPresentFor", { name: row.name })}
      >
        {pending ? tc("submitting") : t(row.present ? "markAbsent" : "markPresent")}
      </button>
      {state.message && !state.ok && <FormStatus state={state} />}
    </form>
  );
}

export function AttendanceList({ rows, sessionId, action }: { rows: AttendanceRow[]; sessionId: string; action: Action }) {
  const t = useTranslations("trainingAdmin.attendance");
  if (!rows.length) return <p className="text-muted">{t("empty")}</p>;
  return (
    <ul className="grid gap-3 lg:grid-cols-2">
      {rows.map((r) => (
        <li key={r.enrolmentId} className="card flex flex-wrap items-center justify-between gap-3">
          <div className="min-w-0">
            <p className="font-semibold">
              {r.name} <span className={badgeClass(r.present ? "PUBLISHED" : "CLOSED")}>{t(r.present ? "present" : "absent")}</span>
            </p>
            <p className="text-sm text-muted break-words">{r.unit}</p>
            {r.how && <p className="text-sm text-muted">{r.how}</p>}
          </div>
          <MarkForm row={r} sessionId={sessionId} action={action} />
        </li>
      ))}
    </ul>
  );
}
