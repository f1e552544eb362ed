// The public statistics' tables with the real zh-CN catalog: the figures per year as a labelled
// table (the charts' text alternative), a suppressed unit figure read as "不予公布" rather than a
// bare dash, and the chart as one image named by its summary (ECharts replaced: jsdom draws nothing).
import { act, render, screen, within } from "@testing-library/react";
import { createTranslator } from "next-intl";
import { catalogs } from "@/messages";
import { FiguresTable } from "@/components/statistics/figures-table";
import { YearChart } from "@/components/statistics/year-chart";
import { unitColumnLabels, unitRows, yearColumnLabels, yearRows } from "@/lib/statistics/present";
import type { PublicStatistics } from "@/lib/data/public-stats";

const setOption = jest.fn();
jest.mock("@/components/charts/echarts-setup", () => ({
  init: () => ({ setOption, resize: jest.fn(), dispose: jest.fn() }),
}));
(globalThis as { ResizeObserver?: unknown }).ResizeObserver = class {
  observe() {}
  disconnect() {}
};

const t = createTranslator({ locale: "zh-CN", messages: catalogs["zh-CN"], namespace: "statistics" }) as unknown as (
  key: string,
  values?: Record<string, string | number>,
) => string;

const stats: PublicStatistics = {
  years: [
    {
      year: 2025,
      vacancies: 12,
      nominations: 1234,
      notices: 2,
      objectionsReceived: 3,
      objectionsHandled: 2,
      appointments: 18,
      trainingHoursTenths: 575,
    },
    {
      year: 2026,
      vacancies: 1,
      nominations: 0,
      notices: 0,
      objectionsReceived: 0,
      objectionsHandled: 1,
      appointments: 0,
      trainingHoursTenths: 0,
    },
  ],
  units: [
    {
      year: 2025,
      rows: [
        { unit: "舟山市港航局", values: { vacancies: 6, appointments: null, trainingHoursTenths: 280 } },
        { unit: "", values: { vacancies: null, appointments: 9, trainingHoursTenths: null } },
      ],
      omitted: 1,
    },
  ],
  satisfaction: [],
};

describe("statistics tables", () => {
  it("the figures per year: a captioned table, a header per figure, newest year first, exact hours", () => {
    render(
      <FiguresTable
        caption={t("yearsCaption")}
        rowHeader={t("year")}
        columns={yearColumnLabels(t)}
        rows={yearRows(stats, t, "zh-CN")}
        suppressed={t("suppressedLabel")}
      />,
    );
    const table = screen.getByRole("table", { name: "各年度干部工作主要数据" });
    expect(within(table).getByRole("columnheader", { name: "收到推荐（份）" })).toBeInTheDocument();
    expect(within(table).getByRole("columnheader", { name: "教育培训学时（学时）" })).toBeInTheDocument();
    const rows = within(table).getAllByRole("row").slice(1);
    expect(within(rows[0]).getByRole("rowheader").textContent).toBe("2026年");
    expect(within(rows[1]).getByRole("rowheader").textContent).toBe("2025年");
    expect(
      within(rows[1])
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["12", "1,234", "2", "3", "2", "18", "57.5"]);
  });

  it("a suppressed figure is a dash on screen and 不予公布 to a screen reader; a blank unit is named", () => {
    render(
      <FiguresTable
        caption={t("unitsCaption", { year: 2025 })}
        rowHeader={t("unit")}
        columns={unitColumnLabels(t)}
        rows={unitRows(stats.units[0], t, "zh-CN")}
        suppressed={t("suppressedLabel")}
      />,
    );
    const table = screen.getByRole("table", { name: "2025年分单位数据" });
    const [, port, blank] = within(table).getAllByRole("row");
    expect(
      within(port)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["6", "—不予公布", "28"]);
    expect(within(blank).getByRole("rowheader").textContent).toBe("未注明单位");
    const hidden = within(blank).getAllByText("—");
    expect(hidden.every((d) => d.getAttribute("aria-hidden") === "true")).toBe(true);
    expect(within(blank).getAllByText("不予公布")).toHaveLength(2);
  });

  it("the chart is one image named by its summary and draws every series once ECharts has loaded", async () => {
    render(
      <YearChart
        years={["2025年", "2026年"]}
        kind="bar"
        series={[{ name: "发布空缺岗位（个）", data: [12, 1] }]}
        summary="各年度发布空缺岗位的数量。"
        loading={t("chartLoading")}
      />,
    );
    expect(screen.getByRole("img", { name: "各年度发布空缺岗位的数量。" })).toBeInTheDocument();
    expect(screen.getByText("图表加载中")).toBeInTheDocument();
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(setOption).toHaveBeenCalledWith(expect.objectContaining({ series: [expect.objectContaining({ type: "bar", data: [12, 1] })] }));
    expect(screen.queryByText("图表加载中")).toBeNull();
  });
});
