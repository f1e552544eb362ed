// The public statistics as the page's tables and as the CSV: one place that decides the rows,
// their order and how each figure is written, so the download holds exactly what the page shows.
// `t` is the "statistics" namespace's translator.
import type { PublicStatistics, UnitYear, YearFigures } from "../data/public-stats";
import type { Cell, Table } from "../nominations/spreadsheet";

type T = (key: string, values?: Record<string, string | number>) => string;

const YEAR_COLUMNS = [
  "vacancies",
  "nominations",
  "notices",
  "objectionsReceived",
  "objectionsHandled",
  "appointments",
  "trainingHours",
] as const;
export type YearColumn = (typeof YEAR_COLUMNS)[number];
const UNIT_KEYS = [
  ["vacancies", "vacancies"],
  ["appointments", "appointments"],
  ["trainingHoursTenths", "trainingHours"],
] as const;

interface PresentedCell {
  text: string;
  suppressed?: boolean;
}
interface PresentedRow {
  header: string;
  cells: PresentedCell[];
}

/** Exact decimal of a tenths figure: 375 → 37.5, 40 → 4. */
const tenthsValue = (tenths: number): number => Number(`${Math.trunc(tenths / 10)}.${Math.abs(tenths % 10)}`);

export function yearValue(y: YearFigures, c: YearColumn): number {
  return c === "trainingHours" ? tenthsValue(y.trainingHoursTenths) : y[c];
}

function numberText(locale: string) {
  const f = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return (n: number) => f.format(n);
}

export const yearColumnLabels = (t: T) => YEAR_COLUMNS.map((c) => t(`figures.${c}`));
export const unitColumnLabels = (t: T) => UNIT_KEYS.map(([, label]) => t(`unitFigures.${label}`));

/** Newest year first. */
export function yearRows(stats: PublicStatistics, t: T, locale: string): PresentedRow[] {
  const num = numberText(locale);
  return [...stats.years].reverse().map((y) => ({
    header: t("yearLabel", { year: y.year }),
    cells: YEAR_COLUMNS.map((c) => ({ text: num(yearValue(y, c)) })),
  }));
}

const unitName = (unit: string, t: T) => (unit.trim() ? unit : t("unitUnknown"));

export function unitRows(u: UnitYear, t: T, locale: string): PresentedRow[] {
  const num = numberText(locale);
  return u.rows.map((r) => ({
    header: unitName(r.unit, t),
    cells: UNIT_KEYS.map(([key]) => {
      const v = r.values[key];
      if (v === null) return { text: "", suppressed: true };
      return { text: num(key === "trainingHoursTenths" ? tenthsValue(v) : v) };
    }),
  }));
}

export function satisfactionRows(stats: PublicStatistics, t: T, locale: string): PresentedRow[] {
  const num = numberText(locale);
  return [...stats.satisfaction]
    .sort((a, b) => b.year - a.year)
    .map((s) => ({
      // A survey's title usually names its year already ("2025年度……测评").
      header: `${s.survey.includes(String(s.year)) ? "" : `${t("yearLabel", { year: s.year })} `}${s.survey}：${s.question}`,
      cells: [
        s.permille === null ? { text: t("tooFew") } : { text: t("rateValue", { rate: num(s.permille / 10) }) },
        { text: num(s.answered) },
      ],
    }));
}

/**
 * The CSV: one row per figure (年度, 指标, 单位, 数值, 说明). Totals are for all units; a
 * suppressed unit figure is an empty value with the reason in 说明. Satisfaction rates are
 * percentages with one decimal.
 */
export function statisticsCsv(stats: PublicStatistics, t: T): Table {
  const rows: Cell[][] = [];
  const all = t("csv.allUnits");
  for (const y of stats.years) {
    for (const c of YEAR_COLUMNS) rows.push([y.year, t(`figures.${c}`), all, yearValue(y, c), ""]);
    const units = stats.units.find((u) => u.year === y.year);
    for (const r of units?.rows ?? []) {
      for (const [key, label] of UNIT_KEYS) {
        const v = r.values[key];
        rows.push([
          y.year,
          t(`unitFigures.${label}`),
          unitName(r.unit, t),
          v === null ? null : key === "trainingHoursTenths" ? tenthsValue(v) : v,
          v === null ? t("csv.suppressedNote") : "",
        ]);
      }
    }
    for (const s of stats.satisfaction.filter((x) => x.year === y.year)) {
      rows.push([
        y.year,
        t("csv.satisfaction", { survey: s.survey, question: s.question }),
        all,
        s.permille === null ? null : s.permille / 10,
        s.permille === null ? t("csv.tooFewNote") : t("csv.answeredNote", { count: s.answered }),
      ]);
    }
  }
  return {
    title: t("csv.fileName"),
    headers: [t("csv.year"), t("csv.figure"), t("csv.unit"), t("csv.value"), t("csv.note")],
    rows,
  };
}
