"use client";
import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { StatusBadge } from "@/components/ui/status-badge";
import { FormStatus } from "@/components/ui/field";
import { useSelection } from "@/components/ui/use-selection";
import { SelectAllHeaderCell, SelectRowCell } from "@/components/ui/selection-cells";
import type { ActionState } from "@/lib/validation/common";

type State = ActionState & { count?: number };
interface Row {
  id: string;
  cells: string[];
  status: string;
  statusLabel: string;
  selectable: boolean;
}

export function BulkApproveForm({
  action,
  rows,
  headers,
}: {
  action: (s: State, f: FormData) => Promise<State>;
  rows: Row[];
  headers: string[];
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, {});
  const { selected, allOn, isSelected, toggle, toggleAll } = useSelection(rows.filter((r) => r.selectable).map((r) => r.id));
  return (
    <form action={formAction} className="space-y-3">
      <FormStatus state={state} values={{ count: state.count ?? 0 }} />
      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
        <table className="w-full min-w-[44rem] text-left">
          <thead className="bg-stone-100 text-sm">
            <tr>
              <SelectAllHeaderCell
                label={t("admin.selectAll")}
                checked={allOn}
                disabled={!rows.some((r) => r.selectable)}
                onChange={toggleAll}
              />
              {headers.map((h) => (
                <th key={h} scope="col" className="px-3 py-2">
                  {h}
                </th>
              ))}
              <th scope="col" className="px-3 py-2">
                {t("common.status")}
              </th>
              <th scope="col" className="px-3 py-2">
                <span className="sr-only">{t("common.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-200">
            {rows.map((r) => (
              <tr key={r.id}>
                <SelectRowCell
                  id={r.id}
                  selectable={r.selectable}
                  checked={isSelected(r.id)}
                  onToggle={() => toggle(r.id)}
                  label={t("admin.selectRow", { name: r.cells[0] })}
                />
                {r.cells.map((c, i) => (
                  <td key={i} className="px-3 py-2">
                    {c}
                  </td>
                ))}
                <td className="px-3 py-2">
                  <StatusBadge status={r.status} label={r.statusLabel} />
                </td>
                <td className="px-3 py-2">
                  <Link href={`/admin/registrations/${r.id}`} className="link">
                    {t("admin.detail")}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="submit" className="btn-primary" disabled={pending || selected.size === 0}>
        {t("admin.bulkApprove")}（{selected.size}）
      </button>
    </form>
  );
}
