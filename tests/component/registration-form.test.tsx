import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RegistrationForm } from "@/components/account/registration-form";
import { registrationSchema } from "@/lib/validation/account";
import { normalizeForm, readForm } from "@/lib/actions/form-input";
import type { ActionState } from "@/lib/validation/common";
import { z } from "zod";
import { renderWithIntl } from "./render";

jest.mock("next/link", () => ({
  __esModule: true,
  default: ({ children, href }: { children: React.ReactNode; href: string }) => <a href={href}>{children}</a>,
}));

// The form runs against the real schema, as the server action does (minus the database).
async function validatingAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const read = readForm(form);
  const values = read.ok ? normalizeForm(read.values) : {};
  const parsed = registrationSchema.safeParse(values);
  if (parsed.success) return { ok: true, message: "register.success" };
  return { errors: z.flattenError(parsed.error).fieldErrors as ActionState["errors"], message: "errors.invalid", values };
}

describe("registration form", () => {
  it("has a labelled control for every field, in Chinese", () => {
    renderWithIntl(<RegistrationForm action={validatingAction} />);
    for (const label of ["真实姓名", "身份证号码", "手机号码", "电子邮箱", "工作单位", "职务", "政治面貌", "密码", "确认密码"]) {
      expect(screen.getByLabelText(new RegExp(`^${label}`))).toBeInTheDocument();
    }
    expect(screen.getByRole("checkbox", { name: /个人信息保护说明/ })).toBeInTheDocument();
  });

  it("shows field-level Chinese errors, marks fields invalid and keeps what was typed", async () => {
    const user = userEvent.setup();
    renderWithIntl(<RegistrationForm action={validatingAction} />);
    await user.type(screen.getByLabelText(/^真实姓名/), "张三");
    await user.type(screen.getByLabelText(/^身份证号码/), "110105194912310021");
    await user.type(screen.getByLabelText(/^手机号码/), "1390000");
    await user.type(screen.getByLabelText(/^密码/), "123");
    await user.click(screen.getByRole("button", { name: "提交注册" }));

    await waitFor(() => expect(screen.getByText("身份证号码校验位不正确")).toBeInTheDocument());
    expect(screen.getByText("请输入 11 位中国大陆手机号码")).toBeInTheDocument();
    expect(screen.getByText("密码至少 10 个字符")).toBeInTheDocument();
    expect(screen.getByText("请阅读并同意个人信息保护说明")).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("提交的内容有误");
    expect(screen.getByLabelText(/^身份证号码/)).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText(/^真实姓名/)).toHaveAttribute("aria-invalid", "false");
    expect(screen.getByLabelText(/^真实姓名/)).toHaveValue("张三");
  });

  it("keeps the chosen 政治面貌 and the ticked consent after a refusal (React resets a form after its action)", async () => {
    const user = userEvent.setup();
    renderWithIntl(<RegistrationForm action={validatingAction} />);
    await user.selectOptions(screen.getByLabelText(/^政治面貌/), "CPC_MEMBER");
    await user.click(screen.getByRole("checkbox", { name: /个人信息保护说明/ }));
    await user.click(screen.getByRole("button", { name: "提交注册" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("提交的内容有误"));
    expect(screen.getByLabelText(/^政治面貌/)).toHaveValue("CPC_MEMBER");
    expect(screen.getByRole("checkbox", { name: /个人信息保护说明/ })).toBeChecked();
  });

  it("speaks English from the English catalog", async () => {
    const user = userEvent.setup();
    renderWithIntl(<RegistrationForm action={validatingAction} />, "en");
    await user.click(screen.getByRole("button", { name: "Register" }));
    await waitFor(() => expect(screen.getAllByText("This field is required").length).toBeGreaterThan(3));
  });
});
