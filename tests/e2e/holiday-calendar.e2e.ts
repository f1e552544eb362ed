// The holiday arrangement in the browser: entered in a table (a date, 放假/调休上班, the name;
// rows added and removed), a refused form keeps every row with the error under its cell, the
// saved year is listed and shown back; the page fits a phone.
import { lastPackageYear } from "@/lib/calendar/working-days";
import { closeBrowser, DEMO, login, newPage, shot } from "./support";

afterAll(closeBrowser);

// The third year after the built-in arrangements: the one other specs leave alone.
const year = lastPackageYear() + 3;

describe("节假日安排", () => {
  it("is entered in a table; a wrong row is marked in words and nothing typed is lost; the year is saved", async () => {
    const { page, context } = await newPage();
    await login(page, DEMO.reviewer);
    await page.goto(`/admin/calendar?year=${year}`);
    await page.getByRole("heading", { name: `录入 ${year} 年安排` }).waitFor();
    // Whatever an earlier run left: one empty row to start from.
    while ((await page.getByRole("button", { name: /^删除第 \d+ 项$/ }).count()) > 1)
      await page
        .getByRole("button", { name: /^删除第 \d+ 项$/ })
        .first()
        .click();
    await page.getByRole("button", { name: "删除第 1 项" }).click();

    await page.getByLabel("开始日期（第 1 项）").fill(`${year}-01-01`);
    await page.getByLabel("类型（第 1 项）").selectOption({ label: "放假" });
    await page.getByLabel("节日名称（第 1 项）").fill("元旦");
    await page.getByText(`${year}年1月1日`).first().waitFor();

    await page.getByRole("button", { name: "添加一行" }).click();
    // 1 March is never both a Saturday and a Sunday: find a weekday in the first week of March.
    const weekday = [1, 2, 3, 4, 5, 6, 7]
      .map((d) => `${year}-03-0${d}`)
      .find((d) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()))!;
    await page.getByLabel("开始日期（第 2 项）").fill(weekday);
    await page.getByLabel("类型（第 2 项）").selectOption({ label: "调休上班" });
    await page.getByLabel("节日名称（第 2 项）").fill("春节");
    await page.getByRole("button", { name: "保存安排" }).click();

    await page.getByText("调休上班日应为周六或周日").waitFor();
    expect(await page.getByLabel("开始日期（第 1 项）").inputValue()).toBe(`${year}-01-01`);
    expect(await page.getByLabel("类型（第 2 项）").inputValue()).toBe("WORKDAY");
    expect(await page.getByLabel("节日名称（第 2 项）").inputValue()).toBe("春节");
    expect(await page.getByLabel("开始日期（第 2 项）").getAttribute("aria-invalid")).toBe("true");
    await shot(page, "console-calendar-refused");

    await page.getByRole("button", { name: "删除第 2 项" }).click();
    await page.getByRole("button", { name: "保存安排" }).click();
    await page.getByText("已保存该年度安排。").waitFor();
    await page.reload();
    expect(await page.getByLabel("开始日期（第 1 项）").inputValue()).toBe(`${year}-01-01`);
    await page
      .getByText(/放假 1 天，调休上班 0 天/)
      .first()
      .waitFor();
    await expect(page.getByText(/chinese-days|软件包/).count()).resolves.toBe(0);
    await context.close();
  });

  it("fits a phone", async () => {
    const { page, context } = await newPage({ phone: true });
    await login(page, DEMO.reviewer);
    await page.goto(`/admin/calendar?year=${year}`);
    await page.getByRole("button", { name: "添加一行" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(page, "console-calendar-phone");
    await context.close();
  });
});
