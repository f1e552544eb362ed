"use client";
// A year's holiday arrangement as a table: one row per day off or run of days off, or make-up
// workday; staff add and remove rows. The rows live in this component's state, so a refused
// form keeps everything typed, and each error is shown under its own cell.
import { startTransition, useActionState, useId, useMemo, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { FormStatus } from "@/components/ui/field";
import type { ActionState } from "@/lib/validation/common";
import { DAY, parseDay } from "@/lib/calendar/dates";
import {
  HOLIDAY_NAMES,
  MAX_NAME,
  MAX_ROWS,
  checkArrangementRows,
  type ArrangementRow,
  type RowField,
} from "@/lib/calendar/arrangement-rows";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;
type Row = ArrangementRow & { key: number };

const WEEKDAY = { weekday: "long", timeZone: "UTC" } as const;
const blankRow = (key: number): Row => ({ key, from: "", to: "", kind: "HOLIDAY", name: "" });

export function HolidayTableForm({ action, year, defaultRows }: { action: Action; year: number; defaultRows: ArrangementRow[] }) {
  const t = useTranslations();
  const format = useFormatter();
  const id = useId();
  const [state, formAction, pending] = useActionState(action, {});
  const [rows, setRows] = useState<Row[]>(() => (defaultRows.length ? defaultRows.map((r, i) => ({ ...r, key: i })) : [blankRow(0)]));
  // Errors come back by the row's position when it was sent; rows added or removed since keep theirs.
  const [sentKeys, setSentKeys] = useState<number[]>([]);
  const [nextKey, setNextKey] = useState(rows.length);
  const e = state.errors ?? {};

  // Live totals as typed (the server checks again on save).
  const totals = useMemo(() => {
    const { days } = checkArrangementRows(year, rows);
    return { holidays: days.filter((d) => d.kind === "HOLIDAY").length, workdays: days.filter((d) => d.kind === "WORKDAY").length };
  }, [rows, year]);

  const set = (key: number, field: RowField, value: string) =>
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, [field]: value } : r)));
  const add = () => {
    setRows((rs) => [...rs, blankRow(nextKey)]);
    setNextKey((k) => k + 1);
  };
  // The blank row that replaces the last one takes a fresh key too: reusing nextKey without
  // moving it on gave the next added row the same key (shared ids, one row's error on both).
  const remove = (key: number) => {
    setRows((rs) => (rs.length > 1 ? rs.filter((r) => r.key !== key) : [blankRow(nextKey)]));
    setNextKey((k) => k + 1);
  };

  /** "2027年1月1日 星期五" under a date input: the site's style, whatever the browser shows in the box. */
  const echo = (value: string) => {
    const d = parseDay(value);
    return d ? `${format.dateTime(d, DAY)} ${format.dateTime(d, WEEKDAY)}` : "";
  };
  const span = (r: Row) => {
    const [a, b] = [parseDay(r.from), parseDay(r.to)];
    return a && b && b > a ? Math.round((b.getTime() - a.getTime()) / 86_400_000) + 1 : 0;
  };
  const errs = (key: number, f: RowField) => {
    const sent = sentKeys.indexOf(key);
    return sent < 0 ? undefined : e[`rows.${sent}.${f}`];
  };
  const errorText = (list?: string[]) => list?.map((k) => t(k)).join("；");

  return (
    <form
      action={formAction}
      onSubmit={(ev) => {
        // Sent by hand: React resets a form after its action, and a reset select would show its
        // first choice instead of the row's (the state keeps the rows; the boxes must show them).
        ev.preventDefault();
        const form = new FormData(ev.currentTarget);
        setSentKeys(rows.map((r) => r.key));
        startTransition(() => formAction(form));
      }}
      noValidate
      className="space-y-4"
    >
      <FormStatus state={state} />
      <input type="hidden" name="year" value={year} />
      {e.year && <p className="text-sm font-medium text-brand-700">{errorText(e.year)}</p>}
      <p id={`${id}-hint`} className="text-sm text-muted">
        {t("calendar.tableHint")}
      </p>
      <datalist id={`${id}-names`}>
        {HOLIDAY_NAMES.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
      {/* Column headings for wide screens; every cell also has its own label for screen readers and phones. */}
      <div
        aria-hidden="true"
        className="hidden gap-3 border-b border-stone-200 px-3 pb-2 text-sm font-medium whitespace-nowrap text-muted lg:grid lg:grid-cols-[3rem_minmax(0,1fr)_minmax(0,1fr)_9rem_minmax(0,1fr)_5rem]"
      >
        <span>#</span>
        <span>{t("calendar.col.from")}</span>
        <span>
          {t("calendar.col.to")}（{t("calendar.col.toHint")}）
        </span>
        <span>{t("calendar.col.kind")}</span>
        <span>{t("calendar.col.name")}</span>
        <span />
      </div>
      <ol className="space-y-3 lg:space-y-0 lg:divide-y lg:divide-stone-100" aria-describedby={`${id}-hint`}>
        {rows.map((r, i) => {
          const n = i + 1;
          const cell = (f: RowField) => `${id}-${r.key}-${f}`;
          const described = (f: RowField, extra?: string) =>
            [extra, errs(r.key, f)?.length ? `${cell(f)}-error` : undefined].filter(Boolean).join(" ") || undefined;
          const fieldError = (f: RowField) =>
            errs(r.key, f)?.length ? (
              <p id={`${cell(f)}-error`} className="text-sm font-medium text-brand-700">
                {errorText(errs(r.key, f))}
              </p>
            ) : null;
          const label = (f: RowField, text: string) => (
            <label htmlFor={cell(f)} className="block text-sm font-medium lg:sr-only">
              {text}
              <span className="sr-only">（{t("calendar.row", { n })}）</span>
            </label>
          );
          const days = span(r);
          return (
            <li
              key={r.key}
              className="grid gap-3 rounded-lg border border-stone-200 p-3 lg:grid-cols-[3rem_minmax(0,1fr)_minmax(0,1fr)_9rem_minmax(0,1fr)_5rem] lg:items-start lg:rounded-none lg:border-0 lg:py-3"
            >
              <span className="font-medium whitespace-nowrap text-muted lg:pt-2">{t("calendar.row", { n })}</span>
              <div className="space-y-1">
                {label("from", t("calendar.col.from"))}
                <input
                  id={cell("from")}
                  type="date"
                  name={`day.${i}.from`}
                  min={`${year}-01-01`}
                  max={`${year}-12-31`}
                  value={r.from}
                  onChange={(ev) => set(r.key, "from", ev.target.value)}
                  aria-invalid={!!errs(r.key, "from")?.length}
                  aria-describedby={described("from", `${cell("from")}-echo`)}
                  className="input"
                />
                <p id={`${cell("from")}-echo`} className="text-sm text-muted" aria-live="polite">
                  {echo(r.from)}
                </p>
                {fieldError("from")}
              </div>
              <div className="space-y-1">
                {label("to", `${t("calendar.col.to")}（${t("calendar.col.toHint")}）`)}
                <input
                  id={cell("to")}
                  type="date"
                  name={`day.${i}.to`}
                  min={r.from || `${year}-01-01`}
                  max={`${year}-12-31`}
                  value={r.to}
                  onChange={(ev) => set(r.key, "to", ev.target.value)}
                  aria-invalid={!!errs(r.key, "to")?.length}
                  aria-describedby={described("to", `${cell("to")}-echo`)}
                  className="input"
                />
                <p id={`${cell("to")}-echo`} className="text-sm text-muted" aria-live="polite">
                  {echo(r.to)}
                  {days ? `（${t("calendar.days", { count: days })}）` : ""}
                </p>
                {fieldError("to")}
              </div>
              <div className="space-y-1">
                {label("kind", t("calendar.col.kind"))}
                <select
                  id={cell("kind")}
                  name={`day.${i}.kind`}
                  value={r.kind}
                  onChange={(ev) => set(r.key, "kind", ev.target.value)}
                  aria-invalid={!!errs(r.key, "kind")?.length}
                  aria-describedby={described("kind")}
                  className="input"
                >
                  {r.kind !== "HOLIDAY" && r.kind !== "WORKDAY" && <option value="">{t("calendar.chooseKind")}</option>}
                  <option value="HOLIDAY">{t("calendar.kind.HOLIDAY")}</option>
                  <option value="WORKDAY">{t("calendar.kind.WORKDAY")}</option>
                </select>
                {fieldError("kind")}
              </div>
              <div className="space-y-1">
                {label("name", t("calendar.col.name"))}
                <input
                  id={cell("name")}
                  type="text"
                  name={`day.${i}.name`}
                  list={`${id}-names`}
                  maxLength={MAX_NAME}
                  value={r.name}
                  onChange={(ev) => set(r.key, "name", ev.target.value)}
                  aria-invalid={!!errs(r.key, "name")?.length}
                  aria-describedby={described("name")}
                  className="input"
                />
                {fieldError("name")}
              </div>
              <div className="lg:pt-1">
                <button type="button" className="btn-secondary whitespace-nowrap" onClick={() => remove(r.key)}>
                  <span aria-hidden="true">{t("calendar.remove")}</span>
                  <span className="sr-only">{t("calendar.removeRow", { n })}</span>
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      {e.rows && (
        <p className="text-sm font-medium text-brand-700" role="alert">
          {errorText(e.rows)}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" className="btn-secondary" onClick={add} disabled={rows.length >= MAX_ROWS}>
          {t("calendar.addRow")}
        </button>
        <p className="text-sm text-muted" aria-live="polite">
          {t("calendar.summary", totals)}
        </p>
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? t("common.submitting") : t("calendar.save")}
      </button>
    </form>
  );
}
