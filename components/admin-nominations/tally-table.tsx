"use client";
import { useActionState, useId, useState } from "react";
import { useTranslations } from "next-intl";
import { CellText } from "@/components/ui/cell-text";
import { useTableLinks } from "@/components/ui/use-table-links";
import type { ActionState } from "@/lib/validation/common";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

/** One candidate of the tally, as the table shows it (words already in the reader's language). */
export interface TallyTableRow {
  candidateId: string;
  name: string;
  /** 性别 · 年龄 · 工作单位 现任职务. */
  line: string;
  level: string;
  nominators: number;
  accepted: number;
  flagged: number;
  self: boolean;
  shortlisted: boolean;
}

/**
 * The tally of one vacancy with its 考察对象 buttons. A client component given the rows as plain
 * data: the page's payload carries each row once as data rather than as a tree of elements, and
 * the fifty buttons share two forms (列为 / 移出) that each row's button submits with its
 * candidate (the button's name and value, `form` attribute), instead of fifty forms of their own.
 * It works without script too: the browser posts the form with the pressed button's value.
 */
export function TallyTable({ action, vacancyId, rows }: { action: Action; vacancyId: string; rows: TallyTableRow[] }) {
  const t = useTranslations();
  const links = useTableLinks();
  const formId = useId();
  const [addState, addAction, adding] = useActionState(action, {});
  const [removeState, removeAction, removing] = useActionState(action, {});
  // The row whose button was pressed last: its error shows there, its button waits while pending.
  const [last, setLast] = useState<{ id: string; on: boolean } | null>(null);
  // The same words on every row: looked up once.
  const words = {
    self: t("nominations.review.self"),
    shortlisted: t("nominations.review.shortlisted"),
    add: t("nominations.review.shortlistAdd"),
    remove: t("nominations.review.shortlistRemove"),
  };
  const failure = (on: boolean) => {
    const s = on ? addState : removeState;
    return s.message && !s.ok ? t(s.message, s.messageValues) : null;
  };
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      {[
        { on: true, act: addAction },
        { on: false, act: removeAction },
      ].map(({ on, act }) => (
        <form key={String(on)} id={`${formId}-${on ? "add" : "remove"}`} action={act} hidden>
          <input type="hidden" name="vacancyId" value={vacancyId} />
          <input type="hidden" name="on" value={on ? "1" : "0"} />
        </form>
      ))}
      <table className="w-full min-w-[48rem] text-left text-sm" data-testid="tally" {...links}>
        <thead className="bg-stone-100">
          <tr>
            {[
              t("nominations.review.rank"),
              t("nominations.review.candidate"),
              t("nominations.form.currentLevel"),
              t("nominations.review.nominators"),
              t("nominations.review.accepted"),
              t("nominations.review.flags"),
              t("nominations.review.shortlist"),
            ].map((h, i) => (
              <th key={h} scope="col" className={`px-3 py-2 whitespace-nowrap${i === 3 || i === 4 ? " text-right" : ""}`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200">
          {rows.map((c, i) => {
            const on = !c.shortlisted; // what pressing this row's button asks for
            const mine = last?.id === c.candidateId && last.on === on;
            const error = mine ? failure(on) : null;
            return (
              <tr key={c.candidateId} data-testid="tally-row" className={c.shortlisted ? "bg-green-50" : undefined}>
                <td className="px-3 py-2 whitespace-nowrap tabular-nums">{i + 1}</td>
                <td className="px-3 py-2">
                  <a href={`/admin/candidates/${c.candidateId}`} className="link font-medium whitespace-nowrap">
                    {c.name}
                  </a>
                  {c.self && (
                    <span className="ml-2 rounded bg-amber-100 px-1.5 text-xs whitespace-nowrap text-amber-900">{words.self}</span>
                  )}
                  <CellText text={c.line} width="max-w-[24rem]" className="text-muted" />
                </td>
                <td className="px-3 py-2 whitespace-nowrap">{c.level}</td>
                <td className="px-3 py-2 text-right text-lg font-semibold tabular-nums" data-testid="tally-count">
                  {c.nominators}
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{c.accepted}</td>
                <td className="px-3 py-2">
                  {c.flagged > 0 ? (
                    <a href={`/admin/nominations/${vacancyId}?candidate=${c.candidateId}&flagged=1`} className="link text-amber-900">
                      {c.flagged}
                    </a>
                  ) : (
                    "—"
                  )}
                </td>
                <td className="px-3 py-2">
                  <div className="flex flex-wrap items-center gap-2">
                    {c.shortlisted && (
                      <span className="whitespace-nowrap rounded border border-green-300 bg-green-100 px-2 py-0.5 text-sm font-medium text-green-900">
                        {words.shortlisted}
                      </span>
                    )}
                    <button
                      type="submit"
                      form={`${formId}-${on ? "add" : "remove"}`}
                      name="candidateId"
                      value={c.candidateId}
                      onClick={() => setLast({ id: c.candidateId, on })}
                      disabled={mine && (on ? adding : removing)}
                      className={`${on ? "btn-secondary min-h-9 px-3 py-1 text-sm" : "link text-sm"} whitespace-nowrap`}
                      aria-label={`${on ? words.add : words.remove}：${c.name}`}
                    >
                      {on ? words.add : words.remove}
                    </button>
                    {error && (
                      <span role="alert" className="text-sm text-brand-700">
                        {error}
                      </span>
                    )}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
