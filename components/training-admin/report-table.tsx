// One table of the 培训统计 page (by class, by unit, by year): its heading, the .xlsx export, and
// the table itself — the page had the same markup three times. With no rows there is nothing to
// export, so the export link is left out and a sentence says so. No hooks: the page passes the
// words in, and the page tests can render it as a plain function.
import type { ReactNode } from "react";

interface ReportRow {
  key: string;
  /** The row's first cell, its header (the class, unit or year). */
  head: ReactNode;
  /** The figures, one per numeric column, right-aligned. */
  cells: ReactNode[];
}

const cell = "px-3 py-2";
const num = "px-3 py-2 text-right tabular-nums";

export function ReportTable({
  id,
  title,
  caption,
  exportHref,
  exportLabel,
  emptyText,
  columns,
  rows,
  minWidth,
  alignTop = false,
}: {
  /** The heading's id (the section is labelled by it). */
  id: string;
  title: string;
  caption: string;
  exportHref: string;
  exportLabel: string;
  /** Said instead of the table and the export when there are no rows. */
  emptyText: string;
  /** Column headers: the first for the row header, then one per figure. */
  columns: string[];
  rows: ReportRow[];
  /** The table's least width (a Tailwind class); below it the table scrolls sideways in its box. */
  minWidth: string;
  alignTop?: boolean;
}) {
  return (
    <section className="space-y-2" aria-labelledby={id}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={id} className="text-xl">
          {title}
        </h2>
        {rows.length > 0 && (
          <a href={exportHref} className="btn-secondary" download>
            {exportLabel}
          </a>
        )}
      </div>
      {rows.length === 0 ? (
        <p className="card text-muted">{emptyText}</p>
      ) : (
        <div className="relative overflow-x-auto rounded-lg border border-stone-200 bg-white">
          <table className={`w-full ${minWidth} border-collapse text-left`}>
            <caption className="sr-only">{caption}</caption>
            <thead className="bg-stone-50">
              <tr className="border-b border-stone-300">
                {columns.map((c, i) => (
                  <th key={i} scope="col" className={i === 0 ? cell : num}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key} className={`border-b border-stone-200${alignTop ? " align-top" : ""}`}>
                  <th scope="row" className={`${cell} font-normal`}>
                    {r.head}
                  </th>
                  {r.cells.map((v, i) => (
                    <td key={i} className={num}>
                      {v}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
