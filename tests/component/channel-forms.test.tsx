// The 公示反映 and 监督举报 forms in the browser: how the writer signs (and which action that
// picks), the challenge only when anonymous, the 查询码 shown once after filing with the way to
// the lookup page, and the 诬告陷害 warning with its acknowledgement.
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ObjectionForm } from "@/components/cases/objection-form";
import { ReportForm } from "@/components/cases/report-form";
import type { FilingState } from "@/lib/cases/filed-state";
import { renderWithIntl } from "./render";

jest.mock("next/link", () => ({
  __esModule: true,
  default: ({ children, href }: { children: React.ReactNode; href: string }) => <a href={href}>{children}</a>,
}));
// The proof-of-work field as a marker (its own test covers it): present only on the anonymous way.
jest.mock("@/components/ui/challenge-field", () => ({
  ChallengeField: () => <input type="hidden" name="altcha" value="solved" data-testid="challenge" />,
}));

const persons = [
  { id: "e1", name: "周海波", currentPost: "港口规划处处长", proposedPost: "副局长" },
  { id: "e2", name: "林晓燕", currentPost: "航道管理处副处长", proposedPost: "航道管理处处长" },
];
const CODE = "7K2M-Q9XD-4HFA-WZ3P";

function actions() {
  const sent: { door: string; form: Record<string, string> }[] = [];
  const door =
    (name: string, answer: FilingState) =>
    async (_prev: FilingState, form: FormData): Promise<FilingState> => {
      sent.push({
        door: name,
        form: Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string")) as Record<string, string>,
      });
      return answer;
    };
  return {
    sent,
    named: door("named", {
      ok: true,
      message: "objection.filed",
      messageValues: { number: "FY20261214-0001" },
      filed: { number: "FY20261214-0001", queryCode: null, caseId: "c1" },
    }),
    anonymous: door("anonymous", {
      ok: true,
      message: "objection.filed",
      messageValues: { number: "FY20261214-0002" },
      filed: { number: "FY20261214-0002", queryCode: CODE, caseId: null },
    }),
  };
}

describe("公示反映 form", () => {
  it("a visitor files anonymously, behind the challenge, and sees the 查询码 once with the lookup link", async () => {
    const user = userEvent.setup();
    const a = actions();
    renderWithIntl(
      <ObjectionForm
        noticeId="n1"
        persons={persons}
        who={{ kind: "visitor", loginHref: "/login?callbackUrl=%2Fnotices%2Fn1%2Fobject" }}
        namedAction={a.named}
        anonymousAction={a.anonymous}
      />,
    );
    expect(screen.queryByRole("radio")).toBeNull();
    expect(screen.getByRole("link", { name: "登录" })).toHaveAttribute("href", "/login?callbackUrl=%2Fnotices%2Fn1%2Fobject");
    expect(screen.getByTestId("challenge")).toBeInTheDocument();
    expect(screen.getByText(/提倡实名反映/)).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText(/^反映对象/), "e2");
    await user.type(screen.getByLabelText(/^反映的问题/), "该同志存在违规问题，具体线索如下。");
    await user.click(screen.getByRole("button", { name: "提交反映" }));
    await waitFor(() => expect(screen.getByTestId("query-code")).toHaveTextContent(CODE));
    expect(a.sent).toEqual([
      { door: "anonymous", form: expect.objectContaining({ noticeId: "n1", noticeEntryId: "e2", altcha: "solved" }) },
    ]);
    expect(screen.getByText(/查询码只显示这一次/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "查询办理情况" })).toHaveAttribute("href", "/cases/lookup");
    expect(screen.queryByTestId("objection-form")).toBeNull();
  });

  it("an approved user files under their name by default (no challenge), or anonymously by choice", async () => {
    const user = userEvent.setup();
    const a = actions();
    const view = renderWithIntl(
      <ObjectionForm
        noticeId="n1"
        persons={persons}
        chosen="e1"
        who={{ kind: "approved", realName: "实名人乙" }}
        namedAction={a.named}
        anonymousAction={a.anonymous}
      />,
    );
    expect(screen.getByRole("radio", { name: /实名提交（以“实名人乙”的实名账号提交）/ })).toBeChecked();
    expect(screen.queryByTestId("challenge")).toBeNull();
    expect(screen.getByLabelText(/^反映对象/)).toHaveValue("e1");
    await user.type(screen.getByLabelText(/^反映的问题/), "该同志存在违规问题，具体线索如下。");
    await user.click(screen.getByRole("button", { name: "提交反映" }));
    await waitFor(() => expect(screen.getByTestId("filed-receipt")).toBeInTheDocument());
    expect(a.sent.map((s) => s.door)).toEqual(["named"]);
    expect(screen.queryByTestId("query-code")).toBeNull();
    expect(screen.getByRole("link", { name: "查看办理进展" })).toHaveAttribute("href", "/account/cases/c1");
    view.unmount();

    const b = actions();
    renderWithIntl(
      <ObjectionForm
        noticeId="n1"
        persons={persons}
        who={{ kind: "approved", realName: "实名人乙" }}
        namedAction={b.named}
        anonymousAction={b.anonymous}
      />,
    );
    await user.click(screen.getByRole("radio", { name: /匿名提交/ }));
    expect(screen.getByTestId("challenge")).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText(/^反映对象/), "e1");
    await user.type(screen.getByLabelText(/^反映的问题/), "该同志存在违规问题，具体线索如下。");
    await user.click(screen.getByRole("button", { name: "提交反映" }));
    await waitFor(() => expect(screen.getByTestId("query-code")).toHaveTextContent(CODE));
    expect(b.sent.map((s) => s.door)).toEqual(["anonymous"]);
  });

  it("a refusal keeps the typed text and shows the message", async () => {
    const user = userEvent.setup();
    const refuse = async (_p: FilingState, form: FormData): Promise<FilingState> => ({
      message: "cases.errors.notInPeriod",
      values: { noticeId: "n1", noticeEntryId: String(form.get("noticeEntryId")), body: String(form.get("body")) },
    });
    renderWithIntl(
      <ObjectionForm noticeId="n1" persons={persons} who={{ kind: "notApproved" }} namedAction={refuse} anonymousAction={refuse} />,
    );
    expect(screen.getByText(/尚未通过实名审核/)).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText(/^反映对象/), "e2");
    await user.type(screen.getByLabelText(/^反映的问题/), "该同志存在违规问题，具体线索如下。");
    await user.click(screen.getByRole("button", { name: "提交反映" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("不在公示期内"));
    expect(screen.getByLabelText(/^反映的问题/)).toHaveValue("该同志存在违规问题，具体线索如下。");
    expect(screen.getByLabelText(/^反映对象/)).toHaveValue("e2");
  });
});

describe("监督举报 form", () => {
  it("shows the warning against 诬告陷害 with its legal basis and a required acknowledgement", () => {
    const a = actions();
    renderWithIntl(<ReportForm who={{ kind: "visitor", loginHref: "/login" }} namedAction={a.named} anonymousAction={a.anonymous} />);
    expect(screen.getByText(/《中华人民共和国刑法》第二百四十三条/)).toBeInTheDocument();
    expect(screen.getByText(/《中国共产党纪律处分条例》/)).toBeInTheDocument();
    expect(screen.getByRole("checkbox", { name: /知悉诬告陷害他人应当承担的责任/ })).toBeInTheDocument();
    for (const label of ["问题类别", "姓名", "单位", "职务", "问题事实", "发生时间", "发生地点", "证据材料说明", "附件"]) {
      expect(screen.getByLabelText(new RegExp(`^${label}`))).toBeInTheDocument();
    }
  });
});
