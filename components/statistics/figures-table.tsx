// A table of published figures: the statistics page's years, units and satisfaction tables, and
// the text alternative of its charts. Rendered on the server, so it is there without JavaScript.
// A suppressed figure reads "—" on screen and "不予公布" to a screen reader. On a phone the
// table scrolls inside its box instead of widening the page.

interface FigureCell {
  /** The figure as written ("12", "37.5", "92.3%"); ignored when suppressed. */
  text: string;
  suppressed?: boolean;
}

interface FigureRow {
  /** The row's header cell (a year, a unit, a survey question). */
  header: string;
  cells: FigureCell[];
}

export function FiguresTable({
  caption,
  rowHeader,
  columns,
  rows,
  suppressed,
  testId,
}: {
  caption: string;
  rowHeader: string;
  columns: string[];
  rows: FigureRow[];
  /** What a screen reader says for "—". */
  suppressed: string;
  testId?: string;
}) {
  return (
    // A box that scrolls sideways (on a phone) must be reachable by keyboard: focusable, and a
    // named region so that a screen reader says what it holds.
    <div
      role="region"
      aria-label={caption}
      tabIndex={0}
      className="relative overflow-x-auto rounded border border-stone-200 focus-visible:outline-2 focus-visible:outline-brand-600"
      data-testid={testId}
    >
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-stone-100">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium whitespace-nowrap">
              {rowHeader}
            </th>
            {columns.map((c) => (
              <th key={c} scope="col" className="px-3 py-2 text-right font-medium">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200">
          {rows.map((r, i) => (
            <tr key={`${r.header}-${i}`}>
              <th scope="row" className="px-3 py-2 font-normal">
                {r.header}
              </th>
              {r.cells.map((c, j) => (
                <td key={j} className="px-3 py-2 text-right whitespace-nowrap tabular-nums">
                  {c.suppressed ? (
                    <>
                      <span aria-hidden="true" title={suppressed}>
                        —
                      </span>
                      <span className="sr-only">{suppressed}</span>
                    </>
                  ) : (
                    c.text
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
