import type { F, T } from "./i18n-types";
import { noticeEntryCell, noticeEntryHeadings, type NoticeEntryFields } from "@/lib/boards/notice-entries";

/** The persons of a 任职前公示: a table on wider screens, one card per person on a phone. */
export function NoticeEntries({ t, format, entries }: { t: T; format: F; entries: NoticeEntryFields[] }) {
  const cols = noticeEntryHeadings(t);
  const value = (e: NoticeEntryFields, k: (typeof cols)[number][0]) => noticeEntryCell(t, format, e, k);
  return (
    <section className="card space-y-3" aria-labelledby="entries-title">
      <h2 id="entries-title" className="text-xl">
        {t("notice.entry.title", { count: entries.length })}
      </h2>
      <table className="hidden w-full border-collapse text-left sm:table">
        <thead>
          <tr className="border-b border-stone-300 bg-stone-50">
            {cols.map(([k, label]) => (
              <th key={k} scope="col" className="px-2 py-2 font-semibold whitespace-nowrap">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {entries.map((e, i) => (
            <tr key={i} className="border-b border-stone-200 align-top">
              {cols.map(([k]) => (
                <td key={k} className={`px-2 py-2 ${k === "name" || k === "gender" || k === "birthYearMonth" ? "whitespace-nowrap" : ""}`}>
                  {value(e, k)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="space-y-3 sm:hidden">
        {entries.map((e, i) => (
          <li key={i} className="rounded-md border border-stone-200 p-3">
            <p className="text-lg font-semibold">{e.name}</p>
            <dl className="mt-1 grid grid-cols-[6rem_1fr] gap-x-2 text-sm">
              {cols.slice(1).map(([k, label]) => (
                <div key={k} className="contents">
                  <dt className="text-muted">{label}</dt>
                  <dd>{value(e, k)}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
