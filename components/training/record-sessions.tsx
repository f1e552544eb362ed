// The sessions of one class in 我的培训档案: title, when, 学时 and attendance. It has to fit a
// 390 px phone inside the class's card, so the table asks for no minimum width and the time is
// written on two lines — the day, then the clock range (2025年12月30日 / 09:00 至 11:00) — each
// kept whole while the cell wraps between them (one unbreakable "2025年12月30日 09:00" line
// was cut off at the card's edge). No hooks: the page passes the words in.

interface RecordSessionRow {
  key: string;
  title: string;
  /** When, as lines; `whole` lines never break inside (a day, a clock range). */
  when: { text: string; whole: boolean }[];
  hours: string;
  attendance: string;
}

export function RecordSessions({
  labels,
  rows,
}: {
  labels: { session: string; time: string; hours: string; attendance: string };
  rows: RecordSessionRow[];
}) {
  // The scroll box is a last resort (an unusually long word); the table itself fits a phone.
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <thead>
          <tr className="text-left text-muted">
            <th scope="col" className="py-1 pr-3 font-medium">
              {labels.session}
            </th>
            <th scope="col" className="py-1 pr-3 font-medium">
              {labels.time}
            </th>
            <th scope="col" className="py-1 pr-3 font-medium whitespace-nowrap">
              {labels.hours}
            </th>
            <th scope="col" className="py-1 font-medium whitespace-nowrap">
              {labels.attendance}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.key} className="border-t border-stone-200 align-top">
              <td className="py-1 pr-3 wrap-anywhere">{s.title}</td>
              <td className="py-1 pr-3">
                {s.when.map((line, i) => (
                  <span key={i} className={line.whole ? "block whitespace-nowrap" : "block"}>
                    {line.text}
                  </span>
                ))}
              </td>
              <td className="py-1 pr-3 tabular-nums">{s.hours}</td>
              <td className="py-1 whitespace-nowrap">{s.attendance}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
