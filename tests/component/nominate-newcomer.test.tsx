// What a newcomer found (issue 11): the nomination form reported a wrong signature only on the
// second submit (the server compares it once every other field is valid); 自荐 said 被推荐人情况
// and 提交推荐; and a pending account saw an active 我要推荐 on a vacancy.
import { screen, waitFor, render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { z } from "zod";
import { NominationForm } from "@/components/nominations/nomination-form";
import { NominateButton } from "@/components/boards/nominate-button";
import { parseNominationForm } from "@/lib/validation/nomination";
import { normalizeForm, readForm } from "@/lib/actions/form-input";
import type { ActionState } from "@/lib/validation/common";
import { catalogs } from "@/messages";
import { renderWithIntl } from "./render";
import { sessionAs } from "./client-session";

// As the server action answers: zod first; the signature is compared only when the form parses.
async function serverLikeAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const read = readForm(form);
  const values = read.ok ? normalizeForm(read.values) : {};
  const parsed = parseNominationForm(values.kind === "OPEN" ? "OPEN" : "TARGETED", values);
  if (!parsed.success)
    return { errors: z.flattenError(parsed.error).fieldErrors as ActionState["errors"], message: "errors.invalid", values };
  if (parsed.data.signature !== "张伟")
    return { errors: { signature: ["nominations.errors.signature"] }, message: "errors.invalid", values };
  return { ok: true, message: "nominations.form.successTitle" };
}

const profile = { realName: "张伟", gender: "M", birthDate: "1983-11-08", workUnit: "舟山市普陀区农林水利局", position: "办公室主任" };
const SIGNATURE_ERROR = "签名须与您的实名完全一致";

describe("nomination form", () => {
  it("reports a wrong signature on the first submit, together with the other fields' errors", async () => {
    const user = userEvent.setup();
    renderWithIntl(<NominationForm action={serverLikeAction} kind="TARGETED" self={false} vacancyId="v1" profile={profile} />);
    await user.type(screen.getByLabelText(/^姓名/), "贺恩盛");
    await user.type(screen.getByLabelText(/^请输入您的真实姓名以签名/), "李四");
    await user.click(screen.getByRole("button", { name: "提交推荐" }));
    await waitFor(() => expect(screen.getAllByText("此项为必填项").length).toBeGreaterThan(3));
    expect(screen.getByText(SIGNATURE_ERROR)).toBeInTheDocument();
    expect(screen.getByLabelText(/^请输入您的真实姓名以签名/)).toHaveAttribute("aria-invalid", "true");
  });

  it("says nothing about a right signature (spaces and full-width forms aside)", async () => {
    const user = userEvent.setup();
    renderWithIntl(<NominationForm action={serverLikeAction} kind="TARGETED" self={false} vacancyId="v1" profile={profile} />);
    await user.type(screen.getByLabelText(/^请输入您的真实姓名以签名/), "张 伟");
    await user.click(screen.getByRole("button", { name: "提交推荐" }));
    await waitFor(() => expect(screen.getAllByText("此项为必填项").length).toBeGreaterThan(3));
    expect(screen.queryByText(SIGNATURE_ERROR)).toBeNull();
  });

  it("in 自荐 mode speaks of 本人情况 and 提交自荐", () => {
    renderWithIntl(<NominationForm action={serverLikeAction} kind="OPEN" self profile={profile} />);
    expect(screen.getByRole("group", { name: "本人情况" })).toBeInTheDocument();
    expect(screen.queryByRole("group", { name: "被推荐人情况" })).toBeNull();
    expect(screen.getByRole("button", { name: "提交自荐" })).toBeInTheDocument();
  });

  it("for someone else, 被推荐人情况 and 提交推荐", () => {
    renderWithIntl(<NominationForm action={serverLikeAction} kind="OPEN" self={false} profile={profile} />);
    expect(screen.getByRole("group", { name: "被推荐人情况" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "提交推荐" })).toBeInTheDocument();
  });

  it("the 自荐 success text gives the one-year validity, not the withdrawal window", () => {
    const zh = catalogs["zh-CN"].nominations.form;
    expect(zh.successNoteSelf).toContain("一年内有效");
    expect(zh.successNoteSelf).toContain("{date}");
    expect(zh.successNoteSelf).not.toContain("推荐期内可以撤回");
  });
});

describe("我要推荐 on a vacancy (the page is cached: the session decides in the browser)", () => {
  const blocked = catalogs["zh-CN"].nominateGate;
  const renderAs = async (user: Record<string, string> | null) => {
    await sessionAs(user);
    return render(<NominateButton href="/nominate/targeted/v1" label="我要推荐" blocked={blocked} />);
  };

  it("a pending account sees the button disabled, with the reason", async () => {
    await renderAs({ name: "王芳", status: "PENDING", role: "NOMINATOR" });
    const button = screen.getByRole("button", { name: "我要推荐" });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(/账号待审核/);
    expect(screen.queryByRole("link", { name: "我要推荐" })).toBeNull();
  });

  it("a suspended or rejected account too, each with its own reason", async () => {
    const { unmount } = await renderAs({ name: "甲", status: "SUSPENDED", role: "NOMINATOR" });
    expect(screen.getByRole("button", { name: "我要推荐" })).toHaveAccessibleDescription(/账号已停用/);
    unmount();
    await renderAs({ name: "乙", status: "REJECTED", role: "NOMINATOR" });
    expect(screen.getByRole("button", { name: "我要推荐" })).toHaveAccessibleDescription(/账号未通过审核/);
  });

  it("an approved account and a visitor get the link", async () => {
    const { unmount } = await renderAs({ name: "张伟", status: "APPROVED", role: "NOMINATOR" });
    expect(screen.getByRole("link", { name: "我要推荐" })).toHaveAttribute("href", "/nominate/targeted/v1");
    unmount();
    await renderAs(null);
    expect(screen.getByRole("link", { name: "我要推荐" })).toHaveAttribute("href", "/nominate/targeted/v1");
  });
});
