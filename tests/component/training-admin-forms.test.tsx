// The 干部教育培训 console's forms show a refusal the way every console form does: the message
// at the top, each field's error in Chinese under that field (tied to it for screen readers), and
// everything typed kept — the ticked levels too, which the pipeline's echo (one value per field)
// cannot carry.
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { TrainingClassForm } from "@/components/training-admin/class-form";
import { TrainingSessionForm } from "@/components/training-admin/session-form";
import { TrainingMaterialForm } from "@/components/training-admin/material-form";
import type { ActionState } from "@/lib/validation/common";
import { renderWithIntl } from "./render";

const echo = (form: FormData) => {
  const values: Record<string, string> = {};
  for (const [k, v] of form.entries()) if (typeof v === "string" && !(k in values)) values[k] = v;
  return values;
};

test("the class form marks each wrong field in Chinese and keeps what was typed, ticked levels included", async () => {
  let sent: FormData | null = null;
  const action = async (_s: ActionState, form: FormData): Promise<ActionState> => {
    sent = form;
    return {
      message: "errors.invalid",
      errors: {
        onlineUrl: ["trainingAdmin.errors.onlineUrlRequired"],
        capacity: ["trainingAdmin.errors.capacityBelowTaken"],
        signupClosesAt: ["trainingAdmin.errors.windowOrder"],
      },
      messageValues: { taken: 12 },
      values: echo(form),
    };
  };
  renderWithIntl(<TrainingClassForm action={action} initial={{ capacity: "50", eligibleLevels: "SECTION" }} />);
  fireEvent.change(screen.getByLabelText(/培训班名称/), { target: { value: "网络专题学习班" } });
  fireEvent.change(screen.getByLabelText(/培训形式/), { target: { value: "ONLINE" } });
  fireEvent.click(screen.getByLabelText("副处级"));
  expect(screen.getByLabelText("正科级")).toBeChecked();
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "保存草稿" }));
  });
  await waitFor(() => expect(screen.getByText("网络学习请填写学习地址")).toBeInTheDocument());
  expect(sent!.getAll("eligibleLevels").sort()).toEqual(["DEPUTY_DIVISION", "SECTION"]);

  const url = screen.getByLabelText(/网络学习地址/);
  expect(url).toHaveAttribute("aria-invalid", "true");
  expect(url.getAttribute("aria-describedby")).toContain(screen.getByText("网络学习请填写学习地址").id);
  expect(screen.getByText("报名截止时间须晚于开始时间")).toBeInTheDocument();
  expect(screen.getByRole("status")).toHaveTextContent("提交的内容有误，请按提示修改");
  // Kept as typed.
  expect(screen.getByLabelText(/培训班名称/)).toHaveValue("网络专题学习班");
  expect(screen.getByLabelText(/培训形式/)).toHaveValue("ONLINE");
  expect(screen.getByLabelText("副处级")).toBeChecked();
  expect(screen.getByLabelText("正科级")).toBeChecked();
  expect(screen.getByLabelText("科员级")).not.toBeChecked();
});

test("the session form shows the 学时 rule and keeps the typed hours", async () => {
  const action = async (_s: ActionState, form: FormData): Promise<ActionState> => ({
    message: "errors.invalid",
    errors: { hoursTenths: ["trainingAdmin.errors.hours"], endsAt: ["trainingAdmin.errors.sessionOrder"] },
    values: echo(form),
  });
  renderWithIntl(<TrainingSessionForm action={action} classId="c1" />);
  fireEvent.change(screen.getByLabelText(/学时/), { target: { value: "1.25" } });
  fireEvent.change(screen.getByLabelText(/课程名称/), { target: { value: "第一讲" } });
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "添加课程" }));
  });
  await waitFor(() => expect(screen.getByText("学时须为 0.1 至 24 之间的数，最多一位小数")).toBeInTheDocument());
  expect(screen.getByText("结束时间须晚于开始时间")).toBeInTheDocument();
  expect(screen.getByLabelText(/学时/)).toHaveValue("1.25");
  expect(screen.getByLabelText(/课程名称/)).toHaveValue("第一讲");
});

test("the material form says what files are accepted, under the file input", async () => {
  const action = async (_s: ActionState, form: FormData): Promise<ActionState> => ({
    message: "errors.invalid",
    errors: { file: ["trainingAdmin.errors.file.type"] },
    values: echo(form),
  });
  renderWithIntl(<TrainingMaterialForm action={action} classId="c1" />);
  fireEvent.change(screen.getByLabelText(/资料名称/), { target: { value: "培训须知" } });
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "添加资料" }));
  });
  const error = await screen.findByText("只能上传 PDF、Word、Excel、PowerPoint 文件或图片");
  const input = screen.getByLabelText(/上传文件/);
  expect(input).toHaveAttribute("aria-invalid", "true");
  expect(input.getAttribute("aria-describedby")).toContain(error.id);
  expect(screen.getByLabelText(/资料名称/)).toHaveValue("培训须知");
});
