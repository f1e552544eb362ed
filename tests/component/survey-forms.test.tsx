// The 满意度测评 console's survey form: its window boxes are the console's date-and-time fields,
// which say how the value will read on the site (“将显示为 …（北京时间）”), and a refused form
// keeps what was sent, the error under its field.
import { act, fireEvent, screen } from "@testing-library/react";
import { SurveyForm, type SurveyFormValues } from "@/components/survey/survey-form";
import type { ActionState } from "@/lib/validation/common";
import { renderWithIntl } from "./render";

const initial: SurveyFormValues = {
  title: "2026年度选人用人工作满意度测评",
  description: "",
  year: "2026",
  opensAt: "2026-12-02T09:00",
  closesAt: "2026-12-16T17:30",
  forAccounts: true,
  forCodes: true,
  eligibleLevels: [],
  eligibleUnits: "",
};

test("the window's boxes echo the site's date style in Beijing time, and a refusal keeps them", async () => {
  let sent: FormData | null = null;
  const action = async (_s: ActionState, form: FormData): Promise<ActionState> => {
    sent = form;
    const values: Record<string, string> = {};
    for (const [k, v] of form.entries()) if (typeof v === "string" && !(k in values)) values[k] = v;
    return { message: "errors.invalid", errors: { closesAt: ["survey.errors.windowOrder"] }, values };
  };
  const { container } = renderWithIntl(
    <SurveyForm action={action} initial={{ ...initial, id: "draft-1" }} levels={[{ value: "SECTION", label: "正科级" }]} />,
  );
  expect(screen.getByRole("group", { name: /^开始时间/ })).toBeInTheDocument();
  expect(screen.getByText("将显示为 2026年12月2日 09:00（北京时间）")).toBeInTheDocument();
  expect(screen.getByText("将显示为 2026年12月16日 17:30（北京时间）")).toBeInTheDocument();
  fireEvent.change(screen.getByLabelText("结束时间：时间"), { target: { value: "08:00" } });
  fireEvent.change(screen.getByLabelText("结束时间：日期"), { target: { value: "2026-12-01" } });
  expect(screen.getByText("将显示为 2026年12月1日 08:00（北京时间）")).toBeInTheDocument();
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "保存" }));
  });
  expect(sent!.get("closesAt")).toBe("2026-12-01T08:00");
  expect(sent!.get("opensAt")).toBe("2026-12-02T09:00");
  // After the refusal: what was sent, the error tied to the field.
  expect(screen.getByText("将显示为 2026年12月1日 08:00（北京时间）")).toBeInTheDocument();
  expect(screen.getByLabelText("结束时间：日期")).toHaveAccessibleDescription(/结束时间应晚于开始时间/);
  expect((container.querySelector('input[name="closesAt"]') as HTMLInputElement).value).toBe("2026-12-01T08:00");
});
