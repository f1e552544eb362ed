// The password and session forms, rendered with the real catalog: every control labelled in
// Chinese, errors said in words next to their field, a set password gives way to the sign-in
// link, and the reviewer's code shown once, large, with its validity.
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ResetPasswordForm } from "@/components/account/reset-password-form";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { ResetCodeForm } from "@/components/account/reset-code-form";
import { SignOutEverywhereForm } from "@/components/account/sign-out-everywhere-form";
import type { ActionState } from "@/lib/validation/common";
import { renderWithIntl } from "./render";

jest.mock("next/link", () => ({
  __esModule: true,
  default: ({ children, href }: { children: React.ReactNode; href: string }) => <a href={href}>{children}</a>,
}));

const answer =
  <S extends ActionState>(state: S) =>
  async (): Promise<S> =>
    state;

describe("设置新密码 by the mailed link", () => {
  it("asks only for the new password twice, sends the token, and then offers to sign in", async () => {
    const user = userEvent.setup();
    const action = jest.fn(answer({ ok: true, message: "accountSecurity.reset.done" }));
    renderWithIntl(<ResetPasswordForm action={action} token="tok_123" />);
    expect(screen.queryByLabelText(/^手机号码/)).toBeNull();
    await user.type(screen.getByLabelText(/^密码/), "Haidao-Qingfeng-2026");
    await user.type(screen.getByLabelText(/^确认密码/), "Haidao-Qingfeng-2026");
    await user.click(screen.getByRole("button", { name: "确认设置" }));
    await waitFor(() => expect(screen.getByText("新密码已设置，请使用新密码登录。")).toBeInTheDocument());
    const sent = action.mock.calls[0] as unknown as [ActionState, FormData];
    expect(sent[1].get("token")).toBe("tok_123");
    expect(screen.getByRole("link", { name: "登录" })).toHaveAttribute("href", "/login");
  });

  it("with a code: phone and code are labelled, and a wrong code is said in words", async () => {
    const user = userEvent.setup();
    const action = jest.fn(answer({ message: "accountSecurity.errors.badCode", errors: { code: ["accountSecurity.errors.badCode"] } }));
    renderWithIntl(<ResetPasswordForm action={action} />);
    await user.type(screen.getByLabelText(/^手机号码/), "13812345678");
    await user.type(screen.getByLabelText(/^重置码/), "k7qx-p2wd-9trb");
    await user.click(screen.getByRole("button", { name: "确认设置" }));
    await waitFor(() => expect(screen.getByLabelText(/^重置码/)).toHaveAttribute("aria-invalid", "true"));
    expect(screen.getAllByText("手机号码或重置码不正确，或重置码已失效。").length).toBeGreaterThan(0);
  });
});

describe("修改密码", () => {
  it("a wrong current password is marked on its field", async () => {
    const user = userEvent.setup();
    renderWithIntl(
      <ChangePasswordForm
        action={answer({ message: "errors.invalid", errors: { currentPassword: ["accountSecurity.errors.wrongPassword"] } })}
      />,
    );
    await user.type(screen.getByLabelText(/^当前密码/), "wrong");
    await user.click(screen.getByRole("button", { name: "确认修改" }));
    await waitFor(() => expect(screen.getByLabelText(/^当前密码/)).toHaveAttribute("aria-invalid", "true"));
    expect(screen.getByText("当前密码不正确。")).toBeInTheDocument();
  });
});

describe("the reviewer's reset code", () => {
  it("is shown once after the button, with its validity in Beijing time", async () => {
    const user = userEvent.setup();
    renderWithIntl(<ResetCodeForm action={answer({ ok: true, code: "K7QX-P2WD-9TRB", until: "2026-12-03 16:03" })} userId="u1" />);
    expect(screen.queryByTestId("reset-code")).toBeNull();
    await user.click(screen.getByRole("button", { name: "核实无误，生成重置码" }));
    await waitFor(() => expect(screen.getByTestId("reset-code")).toHaveTextContent("K7QX-P2WD-9TRB"));
    expect(screen.getByTestId("reset-code")).toHaveTextContent("有效期至 2026年12月3日 16:03（北京时间）");
  });
});

describe("退出所有设备", () => {
  it("the button posts its confirmation", async () => {
    const user = userEvent.setup();
    const action = jest.fn(answer({}));
    renderWithIntl(<SignOutEverywhereForm action={action} />);
    await user.click(screen.getByRole("button", { name: "退出所有设备" }));
    await waitFor(() => expect(action).toHaveBeenCalled());
    expect((action.mock.calls[0] as unknown as [ActionState, FormData])[1].get("confirm")).toBe("1");
  });
});
