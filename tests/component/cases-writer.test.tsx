import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { z } from "zod";
import { CaseLookup } from "@/components/cases/case-lookup";
import { TalkForm } from "@/components/cases/talk-form";
import { TalkWriterActions } from "@/components/cases/talk-writer-actions";
import type { WriterCaseView } from "@/lib/data/cases/writer-view";
import type { LookupState } from "@/app/[locale]/(public)/cases/lookup/actions";
import { talkInput } from "@/lib/validation/cases-talk";
import { normalizeForm, readForm } from "@/lib/actions/form-input";
import type { ActionState } from "@/lib/validation/common";
import { renderWithIntl } from "./render";

const at = new Date("2026-12-07T02:00:00Z");
const view: WriterCaseView = {
  id: "c1",
  number: "JB20261207-0003",
  kind: "REPORT",
  status: "ACCEPTED",
  category: "VOTE_BUYING",
  title: "反映某单位拉票问题",
  anonymous: true,
  filedAt: at,
  about: { name: "某某", unit: "某单位", post: null, notice: null },
  event: { time: "2026年11月", place: null },
  due: { on: new Date("2026-12-28T00:00:00Z"), step: "answer" },
  thread: [
    { id: "m1", from: "writer", body: "具体情况如下。", at, attachments: [{ id: "f1", fileName: "证据.pdf", size: 20480, href: null }] },
    { id: "m2", from: "department", body: "已受理，正在核查。", at: new Date(at.getTime() + 86_400_000), attachments: [] },
  ],
  timeline: [
    { step: "FILED", at, state: "done" },
    { step: "ACCEPTED", at: new Date(at.getTime() + 86_400_000), state: "current" },
    { step: "INVESTIGATING", at: null, state: "next" },
    { step: "CLOSED", at: null, state: "next" },
  ],
  outcome: null,
  canFollowUp: false,
  followUpUntil: null,
  canConfirm: false,
};

describe("the 查询码 lookup", () => {
  it("shows the case the action returns, signed 组织部门 and 反映人, with no download link", async () => {
    const user = userEvent.setup();
    const sent: string[] = [];
    const action = async (_: LookupState, form: FormData): Promise<LookupState> => {
      sent.push(String(form.get("code")));
      return { ok: true, view };
    };
    renderWithIntl(<CaseLookup action={action} />);
    await user.type(screen.getByLabelText(/^查询码/), "7k2m q9xd 4hfa wz3p");
    await user.click(screen.getByRole("button", { name: "查询" }));
    expect(await screen.findByText("反映某单位拉票问题")).toBeInTheDocument();
    expect(sent).toEqual(["7k2m q9xd 4hfa wz3p"]);
    expect(screen.getByText("组织部门")).toBeInTheDocument();
    expect(screen.getByText("反映人")).toBeInTheDocument();
    expect(screen.getByText("证据.pdf").closest("a")).toBeNull();
    expect(screen.getByText("拉票贿选")).toBeInTheDocument();
    expect(screen.getByTestId("case-due")).toHaveTextContent("组织部门应于2026年12月28日前办结。");
    expect(screen.getByRole("button", { name: "查询其他事项" })).toBeInTheDocument();
    // The code does not stay in the field once the case is shown.
    expect(screen.getByLabelText(/^查询码/)).toHaveValue("");
  });

  it("a wrong code shows only the message, and keeps what was typed", async () => {
    const user = userEvent.setup();
    const action = async (_: LookupState, form: FormData): Promise<LookupState> => ({
      message: "cases.errors.queryCode",
      errors: { code: ["cases.errors.queryCode"] },
      values: { code: String(form.get("code")) },
    });
    renderWithIntl(<CaseLookup action={action} />);
    await user.type(screen.getByLabelText(/^查询码/), "0000-0000");
    await user.click(screen.getByRole("button", { name: "查询" }));
    await waitFor(() => expect(screen.getAllByText("查询码不正确或不存在，请核对后重新输入。").length).toBeGreaterThan(0));
    expect(screen.queryByTestId("writer-case-view")).toBeNull();
    expect(screen.getByLabelText(/^查询码/)).toHaveValue("0000-0000");
  });
});

describe("the letter form", () => {
  async function validating(_: ActionState, form: FormData): Promise<ActionState> {
    const read = readForm(form);
    const values = read.ok ? normalizeForm(read.values) : {};
    const parsed = talkInput.safeParse(values);
    if (parsed.success) return { ok: true, message: "myCases.confirm.done" };
    return { errors: z.flattenError(parsed.error).fieldErrors as ActionState["errors"], message: "errors.invalid", values };
  }

  it("counts what is typed, and after a refusal keeps every field and marks the missing ones", async () => {
    const user = userEvent.setup();
    renderWithIntl(<TalkForm action={validating} dailyCap={5} />);
    expect(screen.getByText(/每人每天最多提交5件/)).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^标题/), "关于培训的建议");
    await user.type(screen.getByLabelText(/^内容/), "建议增加实践锻炼");
    expect(screen.getByText("已输入8字，最多5000字")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "提交来信" }));
    await waitFor(() => expect(screen.getByLabelText(/^类别/)).toHaveAttribute("aria-invalid", "true"));
    expect(screen.getByLabelText(/^标题/)).toHaveValue("关于培训的建议");
    expect(screen.getByLabelText(/^内容/)).toHaveValue("建议增加实践锻炼");
  });
});

describe("the writer's follow-up and confirmation", () => {
  it("offers only what the data layer allows, and shows the outcome in place of the forms", async () => {
    const user = userEvent.setup();
    const ok = async (): Promise<ActionState> => ({ ok: true, message: "myCases.followUp.done" });
    const never = async (): Promise<ActionState> => {
      throw new Error("not offered");
    };
    const first = renderWithIntl(
      <TalkWriterActions
        id="c1"
        canFollowUp={false}
        followUpUntil={null}
        followUpDays={15}
        canConfirm
        followUpAction={never}
        confirmAction={never}
      />,
    );
    expect(screen.queryByTestId("follow-up")).toBeNull();
    expect(screen.getByRole("button", { name: "确认办结" })).toBeInTheDocument();
    first.unmount();
    renderWithIntl(
      <TalkWriterActions
        id="c1"
        canFollowUp
        followUpUntil={new Date("2026-12-22T02:00:00Z")}
        followUpDays={15}
        canConfirm={false}
        followUpAction={ok}
        confirmAction={never}
      />,
    );
    expect(screen.getByTestId("follow-up")).toHaveTextContent("答复后15日内追问一次");
    await user.type(screen.getByLabelText(/^追问内容/), "何时落实？");
    await user.click(screen.getByRole("button", { name: "提交追问" }));
    expect(await screen.findByText("已提交追问，组织部门将重新答复。")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "提交追问" })).toBeNull();
  });
});
