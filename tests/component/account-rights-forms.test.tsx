// The 我的账户 forms of the holder's own rights, rendered with the real catalog: closing says what
// happens before it asks for anything (with the retention years) and needs the password and the
// box; a refusal to close is said in words instead of the form; the consent form names the
// version; the phone form's password is never echoed back.
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { CloseAccountForm } from "@/components/account/close-account-form";
import { ConsentForm } from "@/components/account/consent-form";
import { PhoneChangeForm } from "@/components/account/phone-change-form";
import { ContactDetailsForm } from "@/components/account/contact-details-form";
import type { ActionState } from "@/lib/validation/common";
import { renderWithIntl } from "./render";

const refuse = (state: ActionState) => async (): Promise<ActionState> => state;

describe("注销账号", () => {
  it("says what happens (the records kept 5 years) and asks for the password and the confirmation", async () => {
    const user = userEvent.setup();
    const action = jest.fn(refuse({ message: "errors.invalid", errors: { confirm: ["rights.errors.confirmClose"] } }));
    renderWithIntl(<CloseAccountForm action={action} years={5} refusal={null} />);
    expect(screen.getByText(/按干部工作档案要求保存 5 年/)).toBeInTheDocument();
    expect(screen.getByText(/本账户不能再登录/)).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^当前密码/), "Correct-Horse-42");
    await user.click(screen.getByRole("button", { name: "注销账号" }));
    await waitFor(() => expect(screen.getByText("请勾选确认您已了解注销的后果。")).toBeInTheDocument());
    const sent = action.mock.calls[0] as unknown as [ActionState, FormData];
    expect(sent[1].get("currentPassword")).toBe("Correct-Horse-42");
    expect(sent[1].get("confirm")).toBeNull();
    expect(screen.getByRole("checkbox", { name: "我已了解上述后果，确认注销本账户" })).toHaveAttribute("aria-invalid", "true");
  });

  it("a refusal (the last administrator) is said instead of the form", () => {
    renderWithIntl(<CloseAccountForm action={refuse({})} years={5} refusal="rights.errors.lastAdmin" />);
    expect(screen.getByTestId("close-refused")).toHaveTextContent("当前不能注销：您是唯一的系统管理员");
    expect(screen.queryByRole("button", { name: "注销账号" })).toBeNull();
  });
});

describe("consent and profile forms", () => {
  it("the consent form names the version and sends it with the page to return to", async () => {
    const user = userEvent.setup();
    const action = jest.fn(refuse({}));
    renderWithIntl(<ConsentForm action={action} version="2026-12-02" next="/account/nominations" />);
    await user.click(screen.getByRole("checkbox", { name: "我已阅读并同意《个人信息保护说明》（版本 2026-12-02）" }));
    await user.click(screen.getByRole("button", { name: "同意并继续" }));
    await waitFor(() => expect(action).toHaveBeenCalled());
    const form = (action.mock.calls[0] as unknown as [ActionState, FormData])[1];
    expect([form.get("version"), form.get("agree"), form.get("next")]).toEqual(["2026-12-02", "on", "/account/nominations"]);
  });

  it("the phone form labels its fields and shows a wrong password as the field's error", async () => {
    const user = userEvent.setup();
    renderWithIntl(
      <PhoneChangeForm
        action={refuse({
          message: "errors.invalid",
          errors: { currentPassword: ["rights.errors.wrongPassword"] },
          values: { phone: "13912345678" },
        })}
      />,
    );
    await user.click(screen.getByRole("button", { name: "更换手机号码" }));
    await waitFor(() => expect(screen.getByText("当前密码不正确。")).toBeInTheDocument());
    expect(screen.getByLabelText(/^新手机号码/)).toHaveValue("13912345678");
    expect(screen.getByLabelText(/^当前密码/)).toHaveValue("");
  });

  it("the contact form starts from the profile", () => {
    renderWithIntl(
      <ContactDetailsForm
        action={refuse({})}
        profile={{ email: null, workUnit: "嵊泗县商务局", position: "科员", politicalStatus: "CPC_MEMBER" }}
      />,
    );
    expect(screen.getByLabelText(/^工作单位/)).toHaveValue("嵊泗县商务局");
    expect(screen.getByLabelText(/^政治面貌/)).toHaveValue("CPC_MEMBER");
    expect(screen.getByRole("button", { name: "保存修改" })).toBeInTheDocument();
  });
});
