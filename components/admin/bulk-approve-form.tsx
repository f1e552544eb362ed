"use client";
import Link from "next/link";
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { StatusBadge } from "@/components/ui/status-badge";
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
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const selectable = rows.filter((r) => r.selectable);
  const toggle = (id: string) => setSelected((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));
  const allOn = selectable.length > 0 && selectable.every((r) => selected.has(r.id));
  return (
    <form action={formAction} className="space-y-3">
      <div aria-live="polite" role="status">
        {state.message && (
          <p
            className={`rounded-md border px-4 py-3 ${state.ok ? "border-green-700 bg-green-50 text-green-900" : "border-brand-600 bg-brand-50"}`}
          >
            {state.message === "admin.bulkApproved" ? t("admin.bulkApproved", { count: state.count ?? 0 }) : t(state.message)}
          </p>
        )}
      </div>
      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
        <table className="w-full min-w-[44rem] text-left">
          <thead className="bg-stone-100 text-sm">
            <tr>
              <th scope="col" className="w-10 px-3 py-2">
                <input
                  type="checkbox"
                  aria-label={t("admin.selectAll")}
                  checked={allOn}
                  disabled={selectable.length === 0}
                  onChange={() => setSelected(allOn ? new Set() : new Set(selectable.map((r) => r.id)))}
                  className="h-5 w-5"
                />
              </th>
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
                <td className="px-3 py-2">
                  {r.selectable && (
                    <input
                      type="checkbox"
                      name="ids"
                      value={r.id}
                      checked={selected.has(r.id)}
                      onChange={() => toggle(r.id)}
                      aria-label={t("admin.selectRow", { name: r.cells[0] })}
                      className="h-5 w-5"
                    />
                  )}
                </td>
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
