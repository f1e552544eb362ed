// The console's date pickers say how a value will read on the site, whatever style the
// browser draws in its box, and a date with a time is still sent as one Beijing-time value.
import { fireEvent, render, screen } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { DateField, DateTimeField } from "@/components/ui/date-fields";
import { catalogs } from "@/messages";
import { renderWithIntl } from "./render";

test("a date and a time: two labelled boxes, one value sent, the site's style echoed", () => {
  const { container } = renderWithIntl(
    <form>
      <DateTimeField name="opensAt" label="推荐开始时间" required defaultValue="2026-12-02T09:46" errors={["boardErrors.windowOrder"]} />
    </form>,
  );
  const sent = () => (container.querySelector('input[name="opensAt"]') as HTMLInputElement).value;
  expect(screen.getByRole("group", { name: /^推荐开始时间/ })).toBeInTheDocument();
  expect(screen.getByLabelText("推荐开始时间：日期")).toHaveValue("2026-12-02");
  expect(screen.getByLabelText("推荐开始时间：时间")).toHaveValue("09:46");
  expect(screen.getByText("将显示为 2026年12月2日 09:46（北京时间）")).toBeInTheDocument();
  expect(sent()).toBe("2026-12-02T09:46");
  expect(screen.getByLabelText("推荐开始时间：日期")).toHaveAttribute("aria-invalid", "true");
  expect(screen.getByLabelText("推荐开始时间：日期")).toHaveAccessibleDescription(/截止时间必须晚于开始时间/);

  fireEvent.change(screen.getByLabelText("推荐开始时间：时间"), { target: { value: "15:05" } });
  expect(sent()).toBe("2026-12-02T15:05");
  expect(screen.getByText("将显示为 2026年12月2日 15:05（北京时间）")).toBeInTheDocument();
  // A cleared date is sent as typed (the server names it), and nothing is echoed.
  fireEvent.change(screen.getByLabelText("推荐开始时间：日期"), { target: { value: "" } });
  expect(sent()).toBe("T15:05");
  expect(screen.queryByText(/将显示为/)).toBeNull();
});

test("a date: one labelled box sent as it is, echoed in the site's style", () => {
  const { container } = renderWithIntl(
    <form>
      <DateField name="decidedOn" label="决定日期" required defaultValue="2027-01-04" />
    </form>,
  );
  expect(screen.getByLabelText(/^决定日期/)).toHaveValue("2027-01-04");
  expect(container.querySelector('input[name="decidedOn"]')).toBe(screen.getByLabelText(/^决定日期/));
  expect(screen.getByText("将显示为 2027年1月4日")).toBeInTheDocument();
  fireEvent.change(screen.getByLabelText(/^决定日期/), { target: { value: "2027-02-20" } });
  expect(screen.getByText("将显示为 2027年2月20日")).toBeInTheDocument();
});

test("English pages echo in English, still on a 24-hour Beijing clock", () => {
  render(
    <NextIntlClientProvider locale="en" messages={catalogs.en} timeZone="Asia/Shanghai">
      <DateTimeField name="closesAt" label="Closes" defaultValue="2026-12-02T15:05" />
    </NextIntlClientProvider>,
  );
  expect(screen.getByText(/^Will read December 2, 2026 at 15:05/)).toBeInTheDocument();
});

test("a list's date filter: a plain label, the same echo", () => {
  renderWithIntl(<DateField filter name="from" label="起始日期" defaultValue="2026-12-01" />);
  expect(screen.getByLabelText("起始日期")).toHaveValue("2026-12-01");
  expect(screen.getByText("将显示为 2026年12月1日")).toBeInTheDocument();
  expect(screen.queryByText(/选填/)).toBeNull();
});
