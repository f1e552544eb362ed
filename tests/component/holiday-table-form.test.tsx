// The holiday arrangement is entered in a table, not in a line syntax: rows with a date (and an
// optional end date), 放假 / 调休上班 and the holiday's name; rows are added and removed; each
// date shows the site's style under its box; a refused form keeps every row as typed and marks
// the wrong cells with words in Chinese.
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { HolidayTableForm } from "@/components/calendar-admin/holiday-table-form";
import type { ActionState } from "@/lib/validation/common";
import { renderWithIntl } from "./render";

test("stored rows are shown, rows can be added and removed, dates echo in the site's style", () => {
  renderWithIntl(
    <HolidayTableForm
      action={async () => ({})}
      year={2027}
      defaultRows={[
        { from: "2027-01-01", to: "2027-01-03", kind: "HOLIDAY", name: "元旦" },
        { from: "2027-02-20", to: "", kind: "WORKDAY", name: "春节" },
      ]}
    />,
  );
  expect(screen.getByLabelText("开始日期（第 1 项）")).toHaveValue("2027-01-01");
  expect(screen.getByText("2027年1月1日 星期五")).toBeInTheDocument();
  expect(screen.getByText("2027年1月3日 星期日（共 3 天）")).toBeInTheDocument();
  expect(screen.getByLabelText("类型（第 2 项）")).toHaveValue("WORKDAY");
  expect(screen.getByText("合计：放假 3 天，调休上班 1 天")).toBeInTheDocument();

  fireEvent.click(screen.getByRole("button", { name: "添加一行" }));
  fireEvent.change(screen.getByLabelText("开始日期（第 3 项）"), { target: { value: "2027-10-01" } });
  fireEvent.change(screen.getByLabelText("结束日期（单独一天可不填）（第 3 项）"), { target: { value: "2027-10-07" } });
  fireEvent.change(screen.getByLabelText("节日名称（第 3 项）"), { target: { value: "国庆节" } });
  expect(screen.getByText("合计：放假 10 天，调休上班 1 天")).toBeInTheDocument();

  fireEvent.click(screen.getByRole("button", { name: "删除第 1 项" }));
  expect(screen.getByLabelText("开始日期（第 1 项）")).toHaveValue("2027-02-20");
  expect(screen.getByLabelText("开始日期（第 2 项）")).toHaveValue("2027-10-01");
  expect(screen.queryByText(/[「」]/)).toBeNull();
});

test("a refused form keeps what was typed and marks the wrong cells in words", async () => {
  let sent: FormData | null = null;
  const action = async (_s: ActionState, form: FormData): Promise<ActionState> => {
    sent = form;
    return {
      message: "calendar.errors.invalid",
      errors: { "rows.0.from": ["calendar.errors.workdayNotWeekend"], "rows.0.name": ["calendar.errors.nameRequired"] },
      values: Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)])),
    };
  };
  renderWithIntl(<HolidayTableForm action={action} year={2027} defaultRows={[]} />);
  fireEvent.change(screen.getByLabelText("开始日期（第 1 项）"), { target: { value: "2027-02-10" } });
  fireEvent.change(screen.getByLabelText("类型（第 1 项）"), { target: { value: "WORKDAY" } });
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "保存安排" }));
  });
  await waitFor(() => expect(screen.getByText("调休上班日应为周六或周日")).toBeInTheDocument());
  expect(sent!.get("year")).toBe("2027");
  expect(sent!.get("day.0.from")).toBe("2027-02-10");
  expect(sent!.get("day.0.kind")).toBe("WORKDAY");
  expect(screen.getByText("请填写节日名称，如“春节”")).toBeInTheDocument();
  expect(screen.getByLabelText("开始日期（第 1 项）")).toHaveValue("2027-02-10");
  expect(screen.getByLabelText("开始日期（第 1 项）")).toHaveAttribute("aria-invalid", "true");
  expect(screen.getByLabelText("类型（第 1 项）")).toHaveValue("WORKDAY");
  expect(screen.getByLabelText("节日名称（第 1 项）")).toHaveAccessibleDescription("请填写节日名称，如“春节”");
});

test("removing the only row, then adding one, gives two rows of their own (ids and values)", () => {
  renderWithIntl(<HolidayTableForm action={async () => ({})} year={2029} defaultRows={[]} />);
  fireEvent.click(screen.getByRole("button", { name: "删除第 1 项" }));
  fireEvent.click(screen.getByRole("button", { name: "添加一行" }));
  const first = screen.getByLabelText("开始日期（第 1 项）");
  const second = screen.getByLabelText("开始日期（第 2 项）");
  expect(first.id).not.toBe(second.id);
  fireEvent.change(second, { target: { value: "2029-03-01" } });
  expect(screen.getByLabelText("开始日期（第 1 项）")).toHaveValue("");
});
