// The second step of a staff sign-in, rendered with the real catalog: the setup shows the QR
// code (named), the key as text and a labelled code field, and after the first code the 10
// recovery codes once with the way on; the sign-in step takes a code or a recovery code, says
// a wrong one in words by its field, and asks for the proof-of-work check past the thresholds.
// The e2e login helper (tests/e2e/support.ts) finds these by the same names.
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { TwoFactorEnrol } from "@/components/auth/two-factor-enrol";
import { TwoFactorVerify } from "@/components/auth/two-factor-verify";
import type { ActionState } from "@/lib/validation/common";
import type { EnrolState } from "@/lib/validation/two-factor";
import { renderWithIntl } from "./render";

jest.mock("@/components/ui/challenge-field", () => ({ ChallengeField: () => <p>安全验证</p> }));

const answer =
  <S extends ActionState>(state: S) =>
  async (): Promise<S> =>
    state;

const CODES = [
  "ABCDE-FGHJK",
  "23456-789AB",
  "CDEFG-HJKMN",
  "PQRST-UVWXY",
  "Z2345-6789A",
  "BCDEF-GHJKM",
  "NPQRS-TUVWX",
  "YZ234-56789",
  "AAAAA-BBBBB",
  "CCCCC-DDDDD",
];

describe("设置两步验证", () => {
  it("shows the QR code and the key, sends the typed code and where to go, then the recovery codes once", async () => {
    const user = userEvent.setup();
    const action = jest.fn(answer<EnrolState>({ ok: true, message: "twoFactor.enrolled", recoveryCodes: CODES, next: "/admin/cases" }));
    renderWithIntl(
      <TwoFactorEnrol action={action} qr="data:image/svg+xml;base64,PHN2Zy8+" secret="JBSW Y3DP EHPK 3PXP" next="/admin/cases" />,
    );
    expect(screen.getByRole("img", { name: "用身份验证器应用扫描的二维码" })).toHaveAttribute("src", "data:image/svg+xml;base64,PHN2Zy8+");
    expect(screen.getByTestId("totp-secret")).toHaveTextContent("JBSW Y3DP EHPK 3PXP");
    await user.type(screen.getByLabelText(/^验证码/), "123456");
    await user.click(screen.getByRole("button", { name: "完成设置" }));
    await waitFor(() => expect(screen.getByTestId("recovery-codes")).toBeInTheDocument());
    const sent = action.mock.calls[0] as unknown as [ActionState, FormData];
    expect(sent[1].get("code")).toBe("123456");
    expect(sent[1].get("next")).toBe("/admin/cases");
    expect(screen.getAllByRole("listitem").filter((li) => /^[A-Z0-9]{5}-[A-Z0-9]{5}$/.test(li.textContent ?? ""))).toHaveLength(10);
    expect(screen.getByText("两步验证已设置。")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: /继续$/ })).toHaveAttribute("href", "/admin/cases");
    expect(screen.queryByLabelText(/^验证码/)).toBeNull();
  });

  it("a wrong code is said in words next to the field", async () => {
    const user = userEvent.setup();
    const action = jest.fn(answer<EnrolState>({ message: "twoFactor.errors.invalid", errors: { code: ["twoFactor.errors.invalid"] } }));
    renderWithIntl(<TwoFactorEnrol action={action} qr="data:," secret="JBSW" next={null} />);
    await user.type(screen.getByLabelText(/^验证码/), "000000");
    await user.click(screen.getByRole("button", { name: "完成设置" }));
    await waitFor(() => expect(screen.getAllByText("验证码不正确或已使用过，请输入应用中当前显示的验证码")).toHaveLength(2));
    expect(screen.getByLabelText(/^验证码/)).toHaveAttribute("aria-invalid", "true");
  });
});

describe("两步验证 at sign-in", () => {
  it("takes a code or a recovery code, and asks for the security check when the server does", async () => {
    const user = userEvent.setup();
    const action = jest.fn(answer({ message: "twoFactor.errors.challenge" }));
    renderWithIntl(<TwoFactorVerify action={action} next="/admin" />);
    expect(screen.getByText(/可输入一个恢复码/)).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^验证码或恢复码/), "abcde fghjk");
    await user.click(screen.getByRole("button", { name: "验证" }));
    await waitFor(() => expect(screen.getByText("安全验证")).toBeInTheDocument());
    const sent = action.mock.calls[0] as unknown as [ActionState, FormData];
    expect(sent[1].get("code")).toBe("abcde fghjk");
    expect(sent[1].get("next")).toBe("/admin");
  });
});
