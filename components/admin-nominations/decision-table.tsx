"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { PrecheckFlag } from "@/lib/nominations/precheck";
import type { ActionState } from "@/lib/validation/common";
import { RejectReasonField } from "./reject-reason-field";
import { FlagList } from "@/components/nominations/flag-list";
import { FormStatus } from "@/components/ui/field";
import { useSelection } from "@/components/ui/use-selection";
import { SelectAllHeaderCell, SelectRowCell } from "@/components/ui/selection-cells";
import { CellText } from "@/components/ui/cell-text";
import { useTableLinks } from "@/components/ui/use-table-links";

export interface DecisionRow {
  id: string;
  status: string;
  statusLabel: string;
  candidate: { id: string; name: string; sub: string };
  nominator: { name: string; sub: string };
  /** Short values that fit their column on one line (relationship, dates). */
  cells: string[];
  /** The reviewer's note, when the table has that column: may be long, so it is cut at the column's width (hover shows it all). */
  note?: string;
  flags: PrecheckFlag[];
  decidable: boolean;
}

type DecideState = ActionState & { changed?: number; skipped?: number };

const TONES: Record<string, string> = {
  SUBMITTED: "bg-sky-100 text-sky-900 border-sky-300",
  ACCEPTED: "bg-green-100 text-green-900 border-green-300",
  REJECTED: "bg-red-100 text-red-900 border-red-300",
};

/**
 * Nominations with checkboxes: accept the selected into consideration, or reject them with
 * one reason. Works on one row as well as many; rows that cannot change are skipped server-side.
 */
export function DecisionTable({
  action,
  rows,
  headers,
}: {
  action: (s: DecideState, f: FormData) => Promise<DecideState>;
  rows: DecisionRow[];
  headers: string[];
}) {
  const t = useTranslations();
  const links = useTableLinks();
  const detail = t("admin.detail"); // the same word on every row: looked up once
  // Each row's checkbox label is the catalog's sentence with the row's name put in: fifty message
  // formats per page view on the server otherwise, for a sentence with one plain argument.
  const selectRow = t.raw("nominations.review.selectRow") as string;
  const [state, formAction, pending] = useActionState(action, {});
  const { selected, allOn, isSelected, toggle, toggleAll } = useSelection(rows.filter((r) => r.decidable).map((r) => r.id));
  return (
    <form action={formAction} className="space-y-3" data-testid="decision-form">
      <FormStatus state={state} values={{ changed: state.changed ?? 0, skipped: state.skipped ?? 0 }} />
      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
        <table className="w-full min-w-[52rem] text-left text-sm" {...links}>
          <thead className="bg-stone-100">
            <tr>
              <SelectAllHeaderCell
                label={t("nominations.review.selectAll")}
                checked={allOn}
                disabled={!rows.some((r) => r.decidable)}
                onChange={toggleAll}
              />
              {headers.map((h) => (
                <th key={h} scope="col" className="px-3 py-2 whitespace-nowrap">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-200">
            {rows.map((r) => (
              <tr key={r.id} data-testid="nomination-row">
                <SelectRowCell
                  id={r.id}
                  selectable={r.decidable}
                  checked={isSelected(r.id)}
                  onToggle={() => toggle(r.id)}
                  label={selectRow.replace("{name}", () => r.candidate.name)}
                  className="px-3 py-2 align-top"
                />
                <td className="px-3 py-2 align-top">
                  <a href={`/admin/candidates/${r.candidate.id}`} className="link font-medium whitespace-nowrap">
                    {r.candidate.name}
                  </a>
                  <CellText text={r.candidate.sub} className="text-muted" />
                </td>
                <td className="px-3 py-2 align-top">
                  <div className="whitespace-nowrap">{r.nominator.name}</div>
                  <CellText text={r.nominator.sub} width="max-w-[12rem]" className="text-muted" />
                </td>
                {r.cells.map((c, i) => (
                  <td key={i} className="px-3 py-2 align-top whitespace-nowrap">
                    {c}
                  </td>
                ))}
                {r.note !== undefined && (
                  <td className="px-3 py-2 align-top">
                    <CellText text={r.note} width="max-w-[14rem]" />
                  </td>
                )}
                <td className="px-3 py-2 align-top text-amber-900">{r.flags.length ? <FlagList flags={r.flags} compact /> : "—"}</td>
                <td className="px-3 py-2 align-top">
                  <span className={`badge ${TONES[r.status] ?? "border-stone-300 bg-stone-100"}`}>{r.statusLabel}</span>
                </td>
                <td className="px-3 py-2 align-top">
                  <a href={`/admin/nominations/detail/${r.id}`} className="link whitespace-nowrap">
                    {detail}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="card grid gap-3 md:grid-cols-[1fr_auto] md:items-end">
        <RejectReasonField errors={state.errors?.reason} defaultValue={state.values?.reason} />
        <div className="flex flex-wrap gap-2">
          <button type="submit" name="decision" value="ACCEPTED" className="btn-primary" disabled={pending || selected.size === 0}>
            {t("nominations.review.acceptSelected")}（{selected.size}）
          </button>
          <button type="submit" name="decision" value="REJECTED" className="btn-danger" disabled={pending || selected.size === 0}>
            {t("nominations.review.rejectSelected")}（{selected.size}）
          </button>
        </div>
      </div>
    </form>
  );
}
