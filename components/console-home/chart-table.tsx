// The numbers of a console chart as a table: the chart's text equivalent for screen readers
// and for anyone who prefers figures, behind a disclosure so the page stays short. Rendered on
// the server, so it is there without JavaScript (and before ECharts has loaded).

export interface ChartRow {
  /** The period as written in full ("2026年12月2日", "2026年11月30日至12月6日"). */
  label: string;
  count: number;
}

export function ChartTable({
  caption,
  summary,
  periodHeader,
  countHeader,
  toggle,
  rows,
}: {
  caption: string;
  summary: string;
  periodHeader: string;
  countHeader: string;
  toggle: string;
  rows: ChartRow[];
}) {
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-brand-700 underline underline-offset-4">{toggle}</summary>
      <div className="mt-2 max-h-72 overflow-y-auto rounded border border-stone-200">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">
            {caption}。{summary}
          </caption>
          <thead className="bg-stone-100">
            <tr>
              <th scope="col" className="px-3 py-1 font-medium whitespace-nowrap">
                {periodHeader}
              </th>
              <th scope="col" className="px-3 py-1 text-right font-medium whitespace-nowrap">
                {countHeader}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-200">
            {rows.map((r) => (
              <tr key={r.label}>
                <th scope="row" className="px-3 py-1 font-normal whitespace-nowrap">
                  {r.label}
                </th>
                <td className="px-3 py-1 text-right tabular-nums">{r.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
