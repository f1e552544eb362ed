// The three channels back to the organization in the browser (issue 10): a letter answered by a
// reviewer and read by its writer; an anonymous objection to a 任职前公示 followed by 查询码; a
// real-name report accepted, investigated and closed with the writer told at each step; an
// objection outside the period refused in words.
import Database from "better-sqlite3";
import type { Page } from "playwright-core";
import { closeBrowser, DEMO, login, logout, newPage, shot } from "./support";

jest.setTimeout(240_000);
afterAll(closeBrowser);

function rows<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(process.env.E2E_DB_FILE!, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

const stamp = String(Date.now()).slice(-6);

/** Opens a case in the console by its title and takes it (the demo reviewer becomes its handler). */
async function openInConsole(page: Page, title: string) {
  await page.goto("/admin/cases");
  await page
    .getByRole("link", { name: new RegExp(title) })
    .first()
    .click();
  await page.getByRole("heading", { level: 1 }).waitFor();
  const take = page.getByRole("button", { name: "由我承办" });
  if (await take.count()) await submitAndSee(page, "由我承办", "您已承办本事项。");
}

/** A move on the case page, and the page's confirmation of it. */
async function submitAndSee(page: Page, button: string, done: string) {
  await page.getByRole("button", { name: button, exact: true }).click();
  await page.getByTestId("case-done").getByText(done).waitFor();
}

describe("说心里话, 公示反映 and 监督举报 in the browser", () => {
  it("a nominator writes to the organization, a reviewer answers, and the writer reads the answer", async () => {
    const title = `关于加强年轻干部实践锻炼的建议${stamp}`;
    const answer = `感谢您的建议（${stamp}），已转干部教育科研究落实。`;
    const { page } = await newPage();
    await login(page, DEMO.nominator);
    await page.goto("/messages");
    await page.getByRole("link", { name: /写信/ }).first().click();
    await page.getByLabel(/^类别/).selectOption({ label: "意见建议" });
    await page.getByLabel(/^标题/).fill(title);
    await page.getByLabel(/^内容/).fill("建议在乡镇一线安排更多年轻干部实践锻炼岗位，并建立跟踪培养机制。");
    await page.getByRole("button", { name: "提交来信" }).click();
    await page.waitForURL(/\/account\/cases\/[^/?]+/);
    await page.getByText(/已提交，编号 XL\d{8}-\d{4}/).waitFor();
    const caseUrl = new URL(page.url()).pathname;
    await shot(page, "case-talk-filed");
    await logout(page);

    await login(page, DEMO.reviewer);
    await openInConsole(page, title);
    // The reviewer who handles it sees the writer; the page says the opening was logged.
    await page.getByText("您打开本事项已记入操作日志").waitFor();
    await submitAndSee(page, "受理", "已受理。");
    await page.getByLabel("答复内容（来信人可见）").fill(answer);
    await submitAndSee(page, "答复", "已答复来信人。");
    await shot(page, "case-talk-console");
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, "case-talk-console-390");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1280, height: 900 });
    await logout(page);

    await login(page, DEMO.nominator);
    await page.goto(caseUrl);
    await page.getByText(answer).waitFor();
    await page.getByText("组织部门").first().waitFor();
    // The reviewer's name never reaches the writer.
    expect(await page.locator("main").innerText()).not.toContain("李敏");
    await page.getByRole("button", { name: "提交追问" }).waitFor();
    await shot(page, "case-talk-writer");
    await page.goto("/account/messages");
    await page.getByText("您的来信已有答复").first().waitFor();
  });

  it("an anonymous visitor objects to a 公示 in its period and follows it by 查询码", async () => {
    const [notice] = rows<{ id: string }>(
      "SELECT id FROM Notice WHERE kind = 'PRE_APPOINTMENT' AND status = 'PUBLISHED' AND title LIKE '%港航和口岸管理局副局长%'",
    );
    expect(notice).toBeDefined();
    const { page } = await newPage({ phone: true });
    await page.goto(`/notices/${notice!.id}`);
    await page.getByRole("link", { name: "我要反映" }).click();
    await page.waitForURL(/\/object/);
    await page.getByLabel(/^反映对象/).selectOption({ index: 1 });
    const words = `该同志在原单位分管工程项目期间，有群众反映其工作作风问题，请组织核实。（${stamp}）`;
    await page.getByLabel(/^反映的问题/).fill(words);
    await page.getByRole("button", { name: "提交反映" }).click();
    const code = (
      await page
        .getByText(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/)
        .first()
        .innerText({ timeout: 60_000 })
    ).trim();
    await page.getByText("查询码只显示这一次", { exact: false }).waitFor();
    await shot(page, "case-objection-code-390");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // Nothing of it on the public notice page.
    await page.goto(`/notices/${notice!.id}`);
    expect(await page.locator("body").innerText()).not.toContain(stamp);

    await page.goto("/cases/lookup");
    await page.getByLabel(/^查询码/).fill(code.toLowerCase().replaceAll("-", ""));
    await page.getByRole("button", { name: "查询", exact: true }).click();
    await page.getByText(words).waitFor();
    await page.getByText("待受理").first().waitFor();
    await shot(page, "case-lookup-390");

    // A wrong code reveals nothing.
    await page.goto("/cases/lookup");
    await page.getByLabel(/^查询码/).fill("0000-0000-0000-0000");
    await page.getByRole("button", { name: "查询", exact: true }).click();
    await page.getByRole("status").getByText("查询码不正确或不存在").waitFor();
  });

  it("a real-name report is accepted, investigated and closed, and the writer is told at each step", async () => {
    const title = `反映某单位民主推荐中说情打招呼问题${stamp}`;
    const { page } = await newPage();
    await login(page, DEMO.nominator);
    await page.goto("/report");
    await page.getByRole("link", { name: "我要举报" }).first().click();
    await page.waitForURL(/\/report\/new/);
    await page.getByLabel(/^问题类别/).selectOption({ label: "说情打招呼" });
    await page.getByLabel(/^姓名/).fill("赵某某");
    await page.getByLabel(/^单位/).fill("某县属事业单位");
    await page.getByLabel(/^职务/).fill("副主任");
    const titleBox = page.getByLabel(/^标题/);
    if (await titleBox.count()) await titleBox.fill(title);
    await page.getByLabel(/^问题事实/).fill(`民主推荐前，有领导干部打电话为其亲属说情打招呼，要求“关照”。${title}`);
    await page.getByLabel(/^发生时间/).fill("2026年11月中旬");
    await page.getByLabel(/^发生地点/).fill("该单位办公室");
    await page.getByRole("checkbox", { name: /我已阅读上述提醒/ }).check();
    await page.getByRole("button", { name: "提交举报" }).click();
    await page.getByText(/已收到您的举报，编号 JB\d{8}-\d{4}/).waitFor({ timeout: 60_000 });
    const [filed] = rows<{ id: string; title: string }>(
      "SELECT id, title FROM \"Case\" WHERE kind = 'REPORT' AND writerId IS NOT NULL ORDER BY createdAt DESC LIMIT 1",
    );
    expect(filed).toBeDefined();
    await logout(page);

    await login(page, DEMO.reviewer);
    await page.goto(`/admin/cases/${filed!.id}`);
    const take = page.getByRole("button", { name: "由我承办" });
    if (await take.count()) await submitAndSee(page, "由我承办", "您已承办本事项。");
    await submitAndSee(page, "受理", "已受理。");
    await submitAndSee(page, "转入核查", "已转入核查");
    await page.getByLabel("办理结论（来信人可见）").fill("经核查，反映的说情打招呼问题部分属实，已责成有关单位严肃处理。感谢您的监督。");
    await submitAndSee(page, "办结", "已办结");
    await shot(page, "case-report-closed-console");
    await logout(page);

    await login(page, DEMO.nominator);
    await page.goto("/account/messages");
    for (const text of ["您的举报已收到", "您的举报已受理", "您的举报正在核查", "您的举报已办结"]) {
      await page.getByText(text).first().waitFor();
    }
    await page.goto(`/account/cases/${filed!.id}`);
    await page.getByText("经核查，反映的说情打招呼问题部分属实").waitFor();
    await shot(page, "case-report-writer");
  });

  it("an objection outside the period is refused with a clear message", async () => {
    const [ended] = rows<{ id: string }>(
      "SELECT id FROM Notice WHERE kind = 'PRE_APPOINTMENT' AND status = 'PUBLISHED' AND title LIKE '%海洋产业处处长%'",
    );
    expect(ended).toBeDefined();
    const { page } = await newPage();
    await page.goto(`/notices/${ended!.id}/object`);
    await page.getByText(/公示期已于.+结束，网上反映渠道已关闭/).waitFor();
    expect(await page.getByRole("button", { name: "提交反映" }).count()).toBe(0);
    await shot(page, "case-objection-ended");
  });
});
