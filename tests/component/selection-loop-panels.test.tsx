// The selection loop's server panels rendered with the real catalogs (next-intl's server functions
// answered from messages/zh-CN): every word found, the refusals said in words, no raw keys or ids.
import { render, screen } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { catalogs } from "@/messages";
import { NoticeResultsPanel } from "@/components/loop/notice-results-panel";
import { NoticeDraftPanel } from "@/components/loop/notice-draft-panel";
import { AppointmentGatePanel } from "@/components/loop/appointment-gate-panel";

jest.mock("next-intl/server", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const core = require("use-intl/core");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { catalogs: all } = require("@/messages");
  const messages = all["zh-CN"];
  return {
    getTranslations: async (namespace?: string) => core.createTranslator({ locale: "zh-CN", messages, namespace }),
    getFormatter: async () => core.createFormatter({ locale: "zh-CN", timeZone: "Asia/Shanghai" }),
  };
});

const noop = async () => ({});

async function show(node: Promise<React.ReactElement | null>) {
  const el = await node;
  return render(
    <NextIntlClientProvider locale="zh-CN" messages={catalogs["zh-CN"]} timeZone="Asia/Shanghai">
      {el}
    </NextIntlClientProvider>,
  );
}

const row = {
  proposedPost: "舟山市港航和口岸管理局副局长",
  resultAt: null,
  appointment: null,
  canDraftAppointment: false,
  reason: null,
  canRecord: false,
  recordable: null,
  openObjections: 0,
  result: null,
} as const;

test("公示结果: a button per person for the result they may get, the open objection in words, 起草任免 for the cleared", async () => {
  const { container } = await show(
    NoticeResultsPanel({
      action: noop,
      results: {
        applies: true,
        period: "ENDED",
        rows: [
          { ...row, id: "e1", name: "周海波", canRecord: true, recordable: "NO_OBJECTION" },
          { ...row, id: "e2", name: "林晓东", openObjections: 1, reason: "loop.gate.objectionOpen" },
          { ...row, id: "e3", name: "王建国", result: "NO_EFFECT", resultAt: new Date("2026-09-10T02:00:00Z"), canDraftAppointment: true },
        ],
      },
    }),
  );
  expect(screen.getByRole("button", { name: "将周海波的公示结果记录为“无异议”" })).toHaveTextContent("记录为“无异议”");
  expect(screen.getByText("1 件待办结")).toBeInTheDocument();
  expect(screen.getByText(/有关该人选的公示反映尚未办结/)).toBeInTheDocument();
  expect(screen.getByText("不影响任职")).toBeInTheDocument();
  expect(screen.getByRole("link", { name: "为王建国起草任免" })).toHaveAttribute("href", "/admin/appointments/new?entry=e3");
  expect(container.textContent).not.toMatch(/loop\.|e1|e2/);
});

test("发布任职前公示: the button, or the reason in words, or the 公示 already made", async () => {
  const a = await show(
    NoticeDraftPanel({ vacancyId: "v1", action: noop, state: { canDraft: true, reason: null, shortlisted: 2, current: null } }),
  );
  expect(screen.getByRole("button", { name: "发布任职前公示" })).toBeInTheDocument();
  expect(screen.getByText("考察对象 2 人")).toBeInTheDocument();
  a.unmount();
  const b = await show(
    NoticeDraftPanel({
      vacancyId: "v1",
      action: noop,
      state: { canDraft: false, reason: "loop.draft.windowOpen", shortlisted: 0, current: null },
    }),
  );
  expect(screen.getByText("推荐尚未截止，截止后才能生成任职前公示。")).toBeInTheDocument();
  b.unmount();
  await show(
    NoticeDraftPanel({
      vacancyId: "v1",
      action: noop,
      state: { canDraft: false, reason: "loop.draft.noticeExists", shortlisted: 1, current: { id: "n1", title: "某公示", isDraft: true } },
    }),
  );
  expect(screen.getByRole("link", { name: "打开公示草稿“某公示”" })).toHaveAttribute("href", "/admin/notices/n1");
});

test("任免: the gate's refusal in words, the person and the 试用期", async () => {
  await show(
    AppointmentGatePanel({
      gate: { canPublish: false, reason: "loop.gate.resultDefer" },
      draft: true,
      person: { name: "林晓东", proposedPost: "副局长", result: "DEFER" },
      probation: { on: true, endsOn: null, result: null },
    }),
  );
  expect(screen.getByTestId("gate-reason")).toHaveTextContent("该人选的公示结果为“暂缓任职”，不能发布任免。");
  expect(screen.getByText(/林晓东（副局长）/)).toBeInTheDocument();
  expect(screen.getByText("实行试用期")).toBeInTheDocument();
});
