// The console home's charts for someone who cannot see them: the drawing is one image named by
// its summary, and the same numbers are a table (with a caption) that is there before, and
// without, ECharts. ECharts itself is replaced here: jsdom draws nothing.
import { act, render, screen, within } from "@testing-library/react";
import { ChartTable } from "@/components/console-home/chart-table";
import { TrendChart } from "@/components/console-home/trend-chart";

const setOption = jest.fn();
const dispose = jest.fn();
jest.mock("@/components/charts/echarts-setup", () => ({
  init: () => ({ setOption, resize: jest.fn(), dispose }),
}));
(globalThis as { ResizeObserver?: unknown }).ResizeObserver = class {
  observe() {}
  disconnect() {}
};

const rows = [
  { label: "2026年12月2日", count: 3 },
  { label: "2026年12月3日", count: 0 },
  { label: "2026年12月4日", count: 5 },
];

describe("console charts", () => {
  it("the table holds every period and its count, with a caption saying what it is", () => {
    render(
      <ChartTable
        caption="近 30 天每日收到的推荐"
        summary="近 30 天共收到推荐 8 份，单日最多 5 份（2026年12月4日）。"
        toggle="以表格查看数据"
        periodHeader="日期"
        countHeader="推荐份数"
        rows={rows}
      />,
    );
    const table = screen.getByRole("table", { hidden: true });
    expect(within(table).getByText(/近 30 天每日收到的推荐/)).toBeInTheDocument();
    expect(within(table).getByRole("columnheader", { name: "日期", hidden: true })).toBeInTheDocument();
    const cells = within(table)
      .getAllByRole("row", { hidden: true })
      .slice(1)
      .map((r) => r.textContent);
    expect(cells).toEqual(["2026年12月2日3", "2026年12月3日0", "2026年12月4日5"]);
    expect(screen.getByText("以表格查看数据").closest("details")).not.toBeNull();
  });

  it("the chart is one image named by its summary; ECharts draws the numbers once loaded", async () => {
    const { unmount } = render(
      <TrendChart
        kind="bar"
        series="推荐份数"
        summary="近 30 天共收到推荐 8 份"
        loading="图表加载中"
        points={rows.map((r) => ({ label: r.label.slice(5), count: r.count }))}
      />,
    );
    expect(screen.getByRole("img", { name: "近 30 天共收到推荐 8 份" })).toBeInTheDocument();
    expect(screen.getByText("图表加载中")).toBeInTheDocument();
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(setOption).toHaveBeenCalledTimes(1);
    const option = setOption.mock.calls[0][0];
    expect(option.xAxis.data).toEqual(["12月2日", "12月3日", "12月4日"]);
    expect(option.series[0]).toMatchObject({ type: "bar", name: "推荐份数", data: [3, 0, 5] });
    expect(screen.queryByText("图表加载中")).toBeNull();
    unmount();
    expect(dispose).toHaveBeenCalled();
  });
});
