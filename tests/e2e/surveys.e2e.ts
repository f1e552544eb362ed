// 满意度测评 in Chromium: staff define a survey (a rating question about 干部选任信息公开 and a
// comment box), open it and make two meeting codes; a nominator answers on a phone from the home
// page's banner; a visitor answers with a code on the public page (the challenge solved in the
// browser); the same code is refused the second time; staff close the survey, see the charted
// results and publish the rating question; the public results page draws its chart, with nothing
// wider than a 390 px screen. Written for the lead to run (needs a server with the demo data).
import { toShanghaiDateTimeInput } from "@/lib/calendar/dates";
import { DEMO, closeBrowser, login, newPage, shot } from "./support";

afterAll(closeBrowser);

const TITLE = `端到端满意度测评${Date.now() % 100000}`;
let surveyPath = "";
let codes: string[] = [];

describe("满意度测评", () => {
  it("staff define, open and print codes (desktop)", async () => {
    const { page, context } = await newPage();
    await login(page, DEMO.admin);
    await page.goto("/admin/surveys");
    await page.getByRole("heading", { level: 1, name: "满意度测评" }).waitFor();
    await page.getByLabel(/^测评名称/).fill(TITLE);
    // The window's boxes are the console's date-and-time fields: a date box and a time box each.
    for (const [label, at] of [
      ["开始时间", new Date(Date.now() - 3600_000)],
      ["结束时间", new Date(Date.now() + 7 * 86_400_000)],
    ] as const) {
      const [day, time] = toShanghaiDateTimeInput(at).split("T");
      await page.getByLabel(`${label}：日期`).fill(day);
      await page.getByLabel(`${label}：时间`).fill(time);
    }
    await page.getByRole("button", { name: "创建测评" }).click();
    await page.getByText("测评已创建，请添加题目。").waitFor();
    surveyPath = new URL(page.url()).pathname;

    await page.getByRole("textbox", { name: "题目内容" }).fill("您对干部选任信息公开工作的评价");
    await page.getByRole("combobox", { name: "评价事项（可选）" }).fill("干部选任信息公开");
    await page.getByRole("button", { name: "添加题目" }).click();
    await page.getByText("题目已添加。").waitFor();
    await page.getByRole("radio", { name: "意见建议（文字）" }).check();
    await page.getByRole("textbox", { name: "题目内容" }).fill("您对选人用人工作的意见建议");
    await page.getByRole("button", { name: "添加题目" }).click();
    await page.getByText("题目已添加。").waitFor();

    await page.getByRole("button", { name: "发布测评" }).click();
    await page.getByText("测评已发布，参评人员即可作答。").waitFor();

    await page.getByLabel(/^数量/).fill("2");
    await page.getByLabel("会议面向的单位（可选）").fill("市直机关");
    await page.getByRole("button", { name: "生成测评码" }).click();
    const slips = page.getByTestId("survey-slips");
    await slips.waitFor();
    codes = (await slips.locator(".font-mono").allTextContents()).map((c) => c.trim());
    expect(codes).toHaveLength(2);
    for (const c of codes) expect(c).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await shot(page, "survey-codes-desktop");
    await context.close();
  });

  it("a nominator answers on a phone, from the home page's banner", async () => {
    const { page, context } = await newPage({ phone: true });
    await login(page, DEMO.nominator);
    await page.goto("/");
    await page.getByTestId("home-survey").getByRole("link", { name: "参加测评" }).click();
    await page.waitForURL(/\/account\/surveys$/);
    await page.getByTestId("open-survey").filter({ hasText: TITLE }).getByRole("link", { name: "参加测评" }).click();
    await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    await page
      .getByRole("group", { name: /第 1 题/ })
      .getByRole("radio", { name: "满意", exact: true })
      .check();
    await page.getByRole("textbox", { name: /第 2 题/ }).fill("建议公示时说明拟任理由。");
    await page.getByTestId("survey-submit").click();
    await page.getByText("作答已提交，感谢您参加测评。").waitFor();
    expect(await page.getByTestId("open-survey").filter({ hasText: TITLE }).count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  });

  it("a visitor answers with a code; the same code again is refused", async () => {
    const { page, context } = await newPage({ phone: true });
    const answer = async (code: string) => {
      await page.goto(`${surveyPath.replace("/admin/surveys/", "/surveys/")}/answer`);
      await page.getByLabel("测评码").fill(code.toLowerCase());
      await page
        .getByRole("group", { name: /第 1 题/ })
        .getByRole("radio", { name: "基本满意" })
        .check();
      const submit = page.getByTestId("survey-submit");
      await submit.waitFor();
      await page.waitForFunction(() => !(document.querySelector("[data-testid=survey-submit]") as HTMLButtonElement).disabled);
      await submit.click();
    };
    await answer(codes[0]);
    await page.getByText("作答已提交，感谢您参加测评。").waitFor();
    await answer(codes[0]);
    await page.getByText("该测评码已使用，每个测评码只能作答一次。").waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(page, "survey-code-phone");
    await context.close();
  });

  it("staff close, read the charted results and publish; the public sees the chart", async () => {
    const { page, context } = await newPage();
    await login(page, DEMO.admin);
    await page.goto(surveyPath);
    await page.getByRole("button", { name: "结束测评" }).click();
    await page.getByText("测评已结束，不再接受作答。").waitFor();
    await page.getByRole("link", { name: "查看结果" }).click();
    await page.getByText(/共收到 2 份作答/).waitFor();
    await page.getByTestId("survey-chart").first().locator("svg").waitFor();
    expect(await page.getByTestId("rate").first().textContent()).toBe("100.0%");
    await page.getByText("建议公示时说明拟任理由。").waitFor();
    await page.getByRole("checkbox", { name: /您对干部选任信息公开工作的评价/ }).check();
    await page.getByRole("button", { name: "保存公布范围" }).click();
    await page.getByText("所选题目的测评结果已公布。").waitFor();
    await shot(page, "survey-results-desktop");
    await context.close();

    const pub = await newPage({ phone: true });
    await pub.page.goto(`${surveyPath.replace("/admin/surveys/", "/surveys/")}/results`);
    await pub.page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    await pub.page.getByTestId("survey-chart").first().locator("svg").waitFor();
    expect(await pub.page.getByText("建议公示时说明拟任理由。").count()).toBe(0);
    expect(await pub.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(pub.page, "survey-public-phone");
    await pub.context.close();
  });
});
