// The whole selection loop in the browser (issue 11): a vacancy's 考察对象 become a 任职前公示
// draft, published with its period starting today; an objection about one person ends in
// 暂缓任职, so that person's 任免 is refused in words; the other is 无异议, so their 任免 is
// published, the vacancy becomes 已任命 and its nominators are told. The end of the period is
// reached by moving the notice's dates in the e2e database (the test cannot wait five working days).
// On the way: the vacancy in 公示中 offers no hand move to 已任命 (only the published 任免 makes it),
// and the console home lists the ended 公示 under 待记录公示结果 with a link to record them.
import Database from "better-sqlite3";
import { closeBrowser, DEMO, login, logout, newPage, shot } from "./support";

jest.setTimeout(300_000);
afterAll(closeBrowser);

function one<T>(sql: string, ...params: unknown[]): T | undefined {
  const db = new Database(process.env.E2E_DB_FILE!, { readonly: true });
  try {
    return db.prepare(sql).get(...params) as T | undefined;
  } finally {
    db.close();
  }
}

function write(sql: string, ...params: unknown[]) {
  const db = new Database(process.env.E2E_DB_FILE!);
  try {
    db.pragma("busy_timeout = 5000");
    db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
}

/** A Beijing calendar day `offset` days from today, "YYYY-MM-DD". */
function beijingDay(offset = 0): string {
  return new Date(Date.now() + 8 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);
}

describe("the selection loop, from the shortlist to the appointment", () => {
  it("shortlist → 公示 → an objection ending in 暂缓任职 blocks one 任免; the other person's 任免 is published and the vacancy filled", async () => {
    const vacancy = one<{ id: string; post: string }>(
      `SELECT v.id, v.post FROM Vacancy v
        WHERE v.status = 'PUBLISHED'
          AND (SELECT COUNT(*) FROM Shortlist s WHERE s.vacancyId = v.id) >= 2
          AND NOT EXISTS (SELECT 1 FROM Notice n WHERE n.vacancyId = v.id)
          AND v.closesAt < ?
        ORDER BY v.closesAt DESC LIMIT 1`,
      new Date().toISOString(),
    );
    expect(vacancy).toBeDefined();
    const { page } = await newPage();
    await login(page, DEMO.admin);

    // 1. The draft from the shortlist, its period moved to start today, then published.
    await page.goto(`/admin/nominations/${vacancy!.id}`);
    await page.getByRole("button", { name: "发布任职前公示" }).click();
    await page.waitForURL(/\/admin\/notices\/[^/?]+\?done=drafted/);
    const noticeId = new URL(page.url()).pathname.split("/").pop()!;
    const people = (
      await new Promise<{ name: string }[]>((resolve) => {
        const db = new Database(process.env.E2E_DB_FILE!, { readonly: true });
        resolve(db.prepare("SELECT name FROM NoticeEntry WHERE noticeId = ? ORDER BY position").all(noticeId) as { name: string }[]);
        db.close();
      })
    ).map((p) => p.name);
    expect(people.length).toBeGreaterThanOrEqual(2);
    const [deferred, cleared] = people as [string, string];
    await shot(page, "loop-notice-draft");
    await page.goto(`/admin/notices/${noticeId}/edit`);
    await page.getByLabel(/^公示开始日期/).fill(beijingDay(0));
    await page.getByRole("button", { name: "保存" }).click();
    await page.getByText("修改已保存。").waitFor();
    await page.goto(`/admin/notices/${noticeId}`);
    await page.getByRole("button", { name: "发布", exact: true }).click();
    // The banner of the page the move redirects to: the board updated, and the vacancy's new stage.
    await page.getByText("已发布，公开栏目已更新。对应岗位已转入公示中，推荐人已收到通知。").waitFor();
    // 已任命 is never a hand move: the vacancy's page says how it comes about instead.
    await page.goto(`/admin/vacancies/${vacancy!.id}`);
    await page.getByTestId("fill-note").getByText("岗位不能手动标记为已任命", { exact: false }).waitFor();
    expect(await page.getByRole("button", { name: "标记已任命" }).count()).toBe(0);
    await logout(page);

    // 2. A nominator objects to the first person under their name.
    await login(page, DEMO.nominator);
    await page.goto(`/notices/${noticeId}/object`);
    const personSelect = page.getByLabel(/^反映对象/);
    const option = await personSelect.locator("option", { hasText: deferred }).first().getAttribute("value");
    await personSelect.selectOption(option!);
    await page.getByLabel(/^反映的问题/).fill(`反映${deferred}同志在原单位工作期间存在违规兼职问题，请组织核实。`);
    await page.getByRole("button", { name: "提交反映" }).click();
    await page.getByText(/已收到您的反映，编号 FY\d{8}-\d{4}/).waitFor({ timeout: 60_000 });
    await logout(page);

    // 3. Staff conclude it: 暂缓任职.
    const objection = one<{ id: string }>(
      "SELECT id FROM \"Case\" WHERE kind = 'OBJECTION' AND noticeId = ? ORDER BY createdAt DESC",
      noticeId,
    )!;
    await login(page, DEMO.admin);
    await page.goto(`/admin/cases/${objection.id}`);
    if (await page.getByRole("button", { name: "由我承办" }).count()) {
      await page.getByRole("button", { name: "由我承办" }).click();
      await page.getByTestId("case-done").getByText("您已承办本事项。").waitFor();
    }
    await page.getByRole("button", { name: "受理", exact: true }).click();
    await page.getByTestId("case-done").getByText("已受理。").waitFor();
    await page.getByLabel(/^核查结论/).selectOption({ label: "反映问题部分属实" });
    await page.getByLabel(/^任职意见/).selectOption({ label: "暂缓任职" });
    await page.getByLabel(/^核查情况/).fill("经向原单位核实，该同志曾在企业兼职，已按规定清理。");
    await page.getByLabel(/^告知来信人的结论/).fill("经核查，反映的问题部分属实，组织决定暂缓任职。");
    await page.getByRole("button", { name: "办结", exact: true }).click();
    await page
      .getByText(/已办结/)
      .first()
      .waitFor();

    // 4. The period ends (moved in the database), and the results are recorded.
    write(
      "UPDATE Notice SET startsOn = ?, endsOn = ? WHERE id = ?",
      `${beijingDay(-12)}T00:00:00.000+00:00`,
      `${beijingDay(-1)}T00:00:00.000+00:00`,
      noticeId,
    );
    // The console home lists the 公示 as waiting for its results, with a link to record them.
    const title = one<{ title: string }>("SELECT title FROM Notice WHERE id = ?", noticeId)!.title;
    await page.goto("/admin");
    await page
      .getByTestId("home-results")
      .getByRole("link", { name: `记录公示结果：“${title}”` })
      .click();
    await page.waitForURL((u) => u.pathname === `/admin/notices/${noticeId}`);
    // Each record's form goes once its result is recorded (the banner alone is already there after the first).
    const record = async (name: string, result: string) => {
      const button = page.getByRole("button", { name: `将${name}的公示结果记录为“${result}”` });
      await button.click();
      await button.waitFor({ state: "detached" });
      await page.getByText("公示结果已记录。").first().waitFor();
    };
    await record(deferred, "暂缓任职");
    await record(cleared, "无异议");
    await shot(page, "loop-notice-results");

    // 5. The deferred person's 任免 is refused in words. The results panel offers 起草任免 only to a
    // cleared person, so the form is opened for them as 起草任免 would open it (?entry=<their row>).
    expect(await page.getByRole("link", { name: `为${deferred}起草任免` }).count()).toBe(0);
    const deferredEntry = one<{ id: string }>("SELECT id FROM NoticeEntry WHERE noticeId = ? AND name = ?", noticeId, deferred)!;
    await page.goto(`/admin/appointments/new?entry=${deferredEntry.id}`);
    const decided = page.getByLabel(/^决定日期/);
    if (!(await decided.inputValue())) await decided.fill(beijingDay(0));
    await page.getByRole("button", { name: "保存" }).click();
    await page.waitForURL(/\/admin\/appointments\/[^/]+\?/);
    await page.getByTestId("gate-reason").getByText("暂缓任职", { exact: false }).waitFor();
    expect(await page.getByRole("button", { name: "发布", exact: true }).count()).toBe(0);
    await shot(page, "loop-appointment-refused");

    // 6. The cleared person's 任免 is published: the vacancy is 已任命 and its nominators are told.
    await page.goto(`/admin/notices/${noticeId}`);
    await page.getByRole("link", { name: `为${cleared}起草任免` }).click();
    await page.waitForURL(/\/admin\/appointments\/new/);
    if (!(await page.getByLabel(/^决定日期/).inputValue())) await page.getByLabel(/^决定日期/).fill(beijingDay(0));
    await page.getByRole("button", { name: "保存" }).click();
    await page.waitForURL(/\/admin\/appointments\/[^/]+\?/);
    await page.getByRole("button", { name: "发布", exact: true }).click();
    await page.getByText("已发布，公开栏目已更新。对应岗位已标记为已任命，其余推荐已结束，推荐人已收到通知。").waitFor();
    await shot(page, "loop-appointment-published");
    expect(one<{ status: string }>("SELECT status FROM Vacancy WHERE id = ?", vacancy!.id)?.status).toBe("FILLED");
    const told = one<{ n: number }>(
      "SELECT COUNT(*) AS n FROM Notification WHERE kind = 'vacancy.filled' AND link LIKE ?",
      `%${vacancy!.id}%`,
    );
    const nominators = one<{ n: number }>("SELECT COUNT(DISTINCT nominatorId) AS n FROM Nomination WHERE vacancyId = ?", vacancy!.id);
    expect(told?.n).toBeGreaterThan(0);
    expect(told?.n).toBeLessThanOrEqual(nominators!.n);
  });
});
