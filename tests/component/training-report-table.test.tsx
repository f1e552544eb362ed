// The one table of the 培训统计 page (by class, by unit, by year): a labelled section, the export
// beside its heading only when there are rows, figures right-aligned under their column headers,
// each row headed by its first cell; with no rows, a sentence instead of table and export.
import { render, screen, within } from "@testing-library/react";
import { ReportTable } from "@/components/training-admin/report-table";

const props = {
  id: "by-unit",
  title: "按单位统计",
  caption: "2026年度按单位统计",
  exportHref: "/admin/training/reports/export?kind=units&year=2026",
  exportLabel: "导出 Excel",
  emptyText: "暂无数据，没有可导出的内容。",
  columns: ["单位", "参训人数", "出勤人次", "认定学时"],
  minWidth: "min-w-[28rem]",
};

test("rows: a table under its heading with the export beside it", () => {
  render(
    <ReportTable
      {...props}
      rows={[
        { key: "a", head: "舟山市测试局", cells: [3, 7, "12.5"] },
        { key: "b", head: "定海区委组织部", cells: [1, 2, "4"] },
      ]}
    />,
  );
  const section = screen.getByRole("region", { name: "按单位统计" });
  expect(within(section).getByRole("link", { name: "导出 Excel" })).toHaveAttribute("href", props.exportHref);
  const table = within(section).getByRole("table", { name: "2026年度按单位统计" });
  expect(
    within(table)
      .getAllByRole("columnheader")
      .map((h) => h.textContent),
  ).toEqual(props.columns);
  const row = within(table).getByRole("row", { name: /舟山市测试局/ });
  expect(within(row).getByRole("rowheader")).toHaveTextContent("舟山市测试局");
  expect(
    within(row)
      .getAllByRole("cell")
      .map((c) => c.textContent),
  ).toEqual(["3", "7", "12.5"]);
  expect(screen.queryByText(props.emptyText)).toBeNull();
});

test("no rows: the sentence, and nothing to export", () => {
  render(<ReportTable {...props} rows={[]} />);
  expect(screen.getByText(props.emptyText)).toBeInTheDocument();
  expect(screen.queryByRole("link")).toBeNull();
  expect(screen.queryByRole("table")).toBeNull();
});
