// 满意度测评 as pages, rendered from real rows with the real zh-CN catalog (a missing word
// throws): the console's list, a survey, its results; the account's list and answer page; the
// public results. What people read must be words and dates in the site's style, with no catalog
// keys and no record ids; a group under five reads 样本过少, and the public page shows only the
// published question.
import Link from "next/link";
import { IntentLink } from "@/components/ui/intent-link";
import { NextIntlClientProvider } from "next-intl";
import type { Actor } from "@/lib/auth/actor";
import { closeSurvey } from "@/lib/data/survey/define";
import { submitByAccount } from "@/lib/data/survey/answer";
import { publishResults } from "@/lib/data/survey/results";
import { SurveyForm } from "@/components/survey/survey-form";
import { QuestionForm, SmallAction } from "@/components/survey/question-forms";
import { CodesForm } from "@/components/survey/codes-form";
import { AnswerForm } from "@/components/survey/answer-form";
import { PublishForm } from "@/components/survey/publish-form";
import { SurveyChart } from "@/components/survey/survey-chart";
import { makeSurvey, member, surveyAdmin } from "./support/survey-world";

jest.mock("@/lib/auth/session", () => ({
  currentActor: async () => (globalThis as unknown as { surveyPageCaller?: Actor | null }).surveyPageCaller ?? null,
}));
jest.mock("next/cache", () => ({ revalidatePath: jest.fn(), revalidateTag: jest.fn(), unstable_cache: (fn: unknown) => fn }));
jest.mock("next-intl/server", () => {
  const intl = jest.requireActual("next-intl");
  const messages = jest.requireActual("@/messages").catalogs["zh-CN"];
  return {
    getTranslations: async (namespace?: string) => intl.createTranslator({ locale: "zh-CN", messages, namespace }),
    getFormatter: async () => intl.createFormatter({ locale: "zh-CN", timeZone: "Asia/Shanghai" }),
    getMessages: async () => messages,
    getLocale: async () => "zh-CN",
    setRequestLocale: () => {},
  };
});

jest.setTimeout(60_000);

interface Marker {
  client: string;
  props: Record<string, unknown>;
}
const CLIENT = new Map<unknown, string>([
  [Link, "Link"],
  [IntentLink, "Link"],
  [NextIntlClientProvider, "NextIntlClientProvider"],
  [SurveyForm, "SurveyForm"],
  [QuestionForm, "QuestionForm"],
  [SmallAction, "SmallAction"],
  [CodesForm, "CodesForm"],
  [AnswerForm, "AnswerForm"],
  [PublishForm, "PublishForm"],
  [SurveyChart, "SurveyChart"],
]);

async function render(node: unknown, markers: Marker[]): Promise<string> {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return (await Promise.all(node.map((n) => render(n, markers)))).join("");
  if (typeof node === "object" && "props" in node) {
    const el = node as { type: unknown; props: Record<string, unknown> };
    const client = CLIENT.get(el.type);
    if (client) {
      markers.push({ client, props: el.props });
      return render(el.props.children, markers);
    }
    if (typeof el.type === "function") return render(await (el.type as (p: unknown) => unknown)(el.props), markers);
    return render(el.props.children, markers);
  }
  return "";
}

async function page(file: string, props: Record<string, unknown>) {
  const mod = (await import(file)) as { default: (p: unknown) => unknown };
  const markers: Marker[] = [];
  const text = await render(await mod.default(props), markers);
  return { text, markers };
}

function expectPlain(text: string) {
  expect(text).not.toMatch(/\bsurvey\.[a-zA-Z]/);
  expect(text).not.toMatch(/\bc[a-z0-9]{20,}\b/);
  expect(text).not.toMatch(/SATISFIED|UNKNOWN|DIVISION|SECTION|SCALE/);
}

const as = (a: Actor | null) => ((globalThis as unknown as { surveyPageCaller?: Actor | null }).surveyPageCaller = a);
const params = (o: Record<string, string>) => ({ params: Promise.resolve({ locale: "zh-CN", ...o }), searchParams: Promise.resolve({}) });

let closed: { id: string; qids: string[] };
let open: { id: string; qids: string[] };
let voter: Actor;
beforeAll(async () => {
  const admin = await surveyAdmin();
  closed = await makeSurvey({ title: "2025年度选人用人工作满意度测评", year: 2025 });
  for (let i = 0; i < 6; i++) {
    const u = await member(i < 5 ? "甲局" : "乙局", i < 5 ? "SECTION" : "DIVISION");
    await submitByAccount(u, closed.id, {
      [closed.qids[0]]: i < 4 ? "SATISFIED" : "UNKNOWN",
      [closed.qids[1]]: "BASIC",
      [closed.qids[2]]: i === 0 ? "希望扩大推荐范围" : "",
    });
  }
  await closeSurvey(admin, closed.id);
  await publishResults(admin, closed.id, [closed.qids[0]]);
  open = await makeSurvey({ title: "2026年度选人用人工作满意度测评" });
  voter = await member("丙局", "SECTION", "参评人甲");
});

describe("console", () => {
  beforeAll(async () => as(await surveyAdmin()));
  it("lists surveys with status, window and counts", async () => {
    const { text, markers } = await page("@/app/[locale]/(admin)/admin/surveys/page", { searchParams: Promise.resolve({}) });
    expectPlain(text);
    expect(text).toContain("2025年度选人用人工作满意度测评");
    expect(text).toContain("已结束");
    expect(text).toContain("进行中");
    expect(text).toMatch(/\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/);
    expect(markers.some((m) => m.client === "SurveyForm")).toBe(true);
  });
  it("shows an open survey's questions, closing and codes", async () => {
    const { text, markers } = await page("@/app/[locale]/(admin)/admin/surveys/[id]/page", params({ id: open.id }));
    expectPlain(text);
    expect(text).toContain("您对干部选任信息公开工作的评价");
    expect(text).toContain("满意度评价 · 干部选任信息公开");
    // The slips print a short address without any record id.
    expect(markers.find((m) => m.client === "CodesForm")!.props.answerUrl).toMatch(/^https?:\/\/[^/]+\/surveys\/answer$/);
    // Open: no question editing any more.
    expect(markers.some((m) => m.client === "QuestionForm")).toBe(false);
  });
  it("results: rates, 样本过少 for a group of one, sorted comments, publication", async () => {
    const { text, markers } = await page("@/app/[locale]/(admin)/admin/surveys/[id]/results/page", params({ id: closed.id }));
    expectPlain(text);
    expect(text).toContain("共收到 6 份作答");
    expect(text).toContain("100.0%");
    expect(text).toContain("样本过少");
    expect(text).toContain("甲局");
    expect(text).toContain("希望扩大推荐范围");
    expect(text).toContain("正科级");
    expect(markers.filter((m) => m.client === "SurveyChart").length).toBeGreaterThanOrEqual(2);
    expect(markers.some((m) => m.client === "PublishForm")).toBe(true);
  });
});

describe("deleting a draft", () => {
  beforeAll(async () => as(await surveyAdmin()));
  it("a draft's page offers 删除 behind a disclosure; an open survey's does not; the list says it is done", async () => {
    const d = await makeSurvey({ draft: true, title: "待删除的测评草稿" });
    const draftPage = await page("@/app/[locale]/(admin)/admin/surveys/[id]/page", params({ id: d.id }));
    expectPlain(draftPage.text);
    expect(draftPage.text).toContain("删除此草稿");
    expect(draftPage.text).toContain("删除后，本草稿的题目一并删除，不能恢复。");
    const del = draftPage.markers.find((m) => m.client === "SmallAction" && m.props.text === "确认删除草稿");
    expect(del?.props.hidden).toEqual({ id: d.id });
    const openPage = await page("@/app/[locale]/(admin)/admin/surveys/[id]/page", params({ id: open.id }));
    expect(openPage.text).not.toContain("删除此草稿");
    expect(openPage.markers.some((m) => m.client === "SmallAction" && m.props.text === "确认删除草稿")).toBe(false);
    const list = await page("@/app/[locale]/(admin)/admin/surveys/page", { searchParams: Promise.resolve({ done: "deleted" }) });
    expect(list.text).toContain("测评草稿已删除。");
  });
});

describe("account and public", () => {
  it("the account sees the open survey and its form, then that it has answered", async () => {
    as(voter);
    const list = await page("@/app/[locale]/(account)/account/surveys/page", { searchParams: Promise.resolve({}) });
    expectPlain(list.text);
    expect(list.text).toContain("2026年度选人用人工作满意度测评");
    const form = await page("@/app/[locale]/(account)/account/surveys/[id]/page", params({ id: open.id }));
    expectPlain(form.text);
    expect(form.markers.some((m) => m.client === "AnswerForm")).toBe(true);
    await submitByAccount(voter, open.id, { [open.qids[0]]: "BASIC", [open.qids[1]]: "BASIC" });
    const after = await page("@/app/[locale]/(account)/account/surveys/[id]/page", params({ id: open.id }));
    expect(after.text).toContain("您已参加本次测评");
    expect(after.markers.some((m) => m.client === "AnswerForm")).toBe(false);
  });
  it("the public results show only the published question, without breakdowns or comments", async () => {
    as(null);
    const { text } = await page("@/app/[locale]/(public)/surveys/[id]/results/page", params({ id: closed.id }));
    expectPlain(text);
    expect(text).toContain("您对干部选任信息公开工作的评价");
    expect(text).not.toContain("您对干部选拔初始提名工作的评价");
    expect(text).not.toContain("希望扩大推荐范围");
    expect(text).not.toContain("样本过少");
    expect(text).toContain("100.0%");
  });
});

describe("a level-limited survey and an account with no level on record", () => {
  it("the list and the answer page say why, in words, and name the levels taking part", async () => {
    const s = await makeSurvey({ title: "处级干部专项测评", eligibleLevels: ["DIVISION", "DEPUTY_DIVISION"] });
    as(await member("舟山市测试局", null, "未登记职级者"));
    const list = await page("@/app/[locale]/(account)/account/surveys/page", { searchParams: Promise.resolve({}) });
    expectPlain(list.text);
    expect(list.text).toContain("处级干部专项测评");
    expect(list.text).toContain("您的账户没有登记职级");
    expect(list.text).toContain("参评职级：副处级、正处级");
    // Nothing to take part in here: no way in to the form.
    expect(list.markers.some((m) => m.client === "Link" && m.props.href === `/account/surveys/${s.id}`)).toBe(false);
    const answer = await page("@/app/[locale]/(account)/account/surveys/[id]/page", params({ id: s.id }));
    expectPlain(answer.text);
    expect(answer.text).toContain("您的账户没有登记职级");
    expect(answer.text).toContain("参评职级：副处级、正处级");
    expect(answer.markers.some((m) => m.client === "AnswerForm")).toBe(false);

    // A level on record, not a listed one: told so, the levels named too.
    as(await member("舟山市测试局", "SECTION", "正科级干部"));
    const other = await page("@/app/[locale]/(account)/account/surveys/[id]/page", params({ id: s.id }));
    expect(other.text).toContain("您登记的职级不在参评范围内");
    expect(other.text).toContain("参评职级：副处级、正处级");
  });
});

describe("历年对比 (year over year)", () => {
  // One topic, two years. 2024 has a published survey with two published questions and one
  // unpublished question on the topic, and a later-closing open survey on the same topic: the
  // staff page and the public page must read the same figure for 2024 — the published
  // questions of the published survey, pooled: (满意 + 基本满意) / answers excluding 不了解.
  const TOPIC = "历年对比测试事项";
  const q = (text: string) => ({ kind: "SCALE" as const, text, topic: TOPIC });
  const lineSummary = (markers: Marker[]) =>
    markers.filter((m) => m.client === "SurveyChart" && m.props.kind === "line").map((m) => m.props.summary as string);

  it("reads the same on the staff and the public page, over the same questions", async () => {
    const admin = await surveyAdmin();
    const before = await makeSurvey({ year: 2023, title: "2023年度测评", questions: [q("甲题")] });
    for (const choice of ["SATISFIED", "UNSATISFIED", "UNKNOWN"])
      await submitByAccount(await member(), before.id, { [before.qids[0]]: choice });
    await closeSurvey(admin, before.id);
    await publishResults(admin, before.id, before.qids);

    const s = await makeSurvey({ year: 2024, title: "2024年度测评", questions: [q("乙题"), q("丙题"), q("丁题")] });
    for (let i = 0; i < 4; i++)
      await submitByAccount(await member(), s.id, {
        [s.qids[0]]: i < 3 ? "SATISFIED" : "UNSATISFIED",
        [s.qids[1]]: "BASIC",
        [s.qids[2]]: "UNSATISFIED",
      });
    await closeSurvey(admin, s.id);
    await publishResults(admin, s.id, [s.qids[0], s.qids[1]]);

    // The same year, still open and closing later, nothing published.
    const running = await makeSurvey({
      year: 2024,
      title: "2024年度补充测评",
      questions: [q("戊题")],
      closesAt: new Date(Date.now() + 30 * 86_400_000),
    });
    await submitByAccount(await member(), running.id, { [running.qids[0]]: "UNSATISFIED" });

    as(await surveyAdmin());
    const staff = await page("@/app/[locale]/(admin)/admin/surveys/[id]/results/page", params({ id: s.id }));
    as(null);
    const pub = await page("@/app/[locale]/(public)/surveys/[id]/results/page", params({ id: s.id }));
    const expected = `“${TOPIC}”历年满意率：2023年 50.0%，2024年 87.5%`;
    expect(lineSummary(pub.markers)).toEqual([expected]);
    expect(lineSummary(staff.markers)).toEqual([expected]);
  });
});
