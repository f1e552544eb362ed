// After a decision the decision box stays where it was and says what happened, by name, with
// 下一条 to the next item waiting (the page re-renders without the buttons; the box must not go).
import { act, fireEvent, screen } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { catalogs } from "@/messages";
import { renderWithIntl } from "./render";
import { RegistrationDecision } from "@/components/console-queue/registration-decision";
import { NominationDecision } from "@/components/console-queue/nomination-decision";

const ok = jest.fn(async () => ({ ok: true, message: "admin.approved" }));
const refused = jest.fn(async () => ({ errors: { reason: ["errors.required"] }, message: "errors.invalid" }));

async function submit(button: string) {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: button }));
  });
}

describe("decisions in the console queues", () => {
  it("a registration approved: 已通过张三的注册申请, with 下一条 after it and the way back", async () => {
    const view = renderWithIntl(<RegistrationDecision approve={ok} reject={refused} id="u1" name="张三" canApprove canReject />);
    await submit("通过");
    expect(await screen.findByRole("status")).toHaveTextContent("已通过张三的注册申请");
    expect(screen.getByRole("link", { name: "下一条" })).toHaveAttribute("href", "/admin/registrations/next?after=u1");
    expect(screen.getByRole("link", { name: "返回列表" })).toHaveAttribute("href", "/admin/registrations");
    // The page re-renders with nothing left to decide: the message stays.
    view.rerender(
      <NextIntlClientProvider locale="zh-CN" messages={catalogs["zh-CN"]} timeZone="Asia/Shanghai">
        <RegistrationDecision approve={ok} reject={refused} id="u1" name="张三" canApprove={false} canReject={false} />
      </NextIntlClientProvider>,
    );
    expect(screen.getByRole("status")).toHaveTextContent("已通过张三的注册申请");
  });

  it("a refused rejection keeps the form and shows why", async () => {
    renderWithIntl(<RegistrationDecision approve={ok} reject={refused} id="u1" name="张三" canApprove canReject />);
    await submit("不通过");
    expect(screen.getByRole("button", { name: "不通过" })).toBeInTheDocument();
    expect(screen.getByText("此项为必填项")).toBeInTheDocument();
  });

  it("a nomination decided: the message names the person and the decision; nothing changed is said in words", async () => {
    const decide = jest.fn(async () => ({ ok: true, message: "nominations.review.decided", changed: 1, skipped: 0 }));
    const props = { id: "n1", name: "李四", canDecide: true, backHref: "/admin/nominations/v1", backLabel: "返回岗位推荐" };
    renderWithIntl(<NominationDecision action={decide} {...props} />);
    await submit("受理");
    expect(await screen.findByText("已受理对李四的推荐")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "下一条" })).toHaveAttribute("href", "/admin/nominations/next?after=n1");
    expect((decide.mock.calls[0] as unknown[])[1]).toBeInstanceOf(FormData);
  });

  it("a nomination someone else decided meanwhile: no count, a sentence", async () => {
    const decide = jest.fn(async () => ({ ok: true, message: "nominations.review.decided", changed: 0, skipped: 1 }));
    renderWithIntl(<NominationDecision action={decide} id="n2" name="王五" canDecide backHref="/admin/talent-pool" backLabel="人才库" />);
    await submit("受理");
    expect(await screen.findByText(/对王五的推荐已由其他工作人员处理/)).toBeInTheDocument();
    expect(screen.queryByText(/跳过/)).toBeNull();
  });
});
