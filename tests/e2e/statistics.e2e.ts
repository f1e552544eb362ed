// 公开数据 in Chromium: reached from the footer on a phone and from the home page on a desktop,
// the figures per year as a table, the charts drawn (ECharts loaded by this page only), the
// figures per unit with suppressed ones read as 不予公布, no sideways scrolling at 390 px, and
// the CSV download (UTF-8 with a byte-order mark). Written for the lead to run (needs a server).
import { closeBrowser, newPage, shot } from "./support";

afterAll(closeBrowser);

describe("public statistics", () => {
  it("on a phone: from the footer to the tables and charts, nothing wider than the screen", async () => {
    const { page, context } = await newPage({ phone: true });
    await page.goto("/");
    await page.getByTestId("footer-statistics").click();
    await page.waitForURL(/\/statistics$/);
    await page.getByRole("heading", { level: 1, name: "干部工作统计" }).waitFor();
    const years = page.getByRole("table", { name: "各年度干部工作主要数据" });
    await years.waitFor();
    expect(await years.getByRole("row").count()).toBeGreaterThan(2);
    // The charts: each one image named by its summary, drawn as SVG once ECharts has loaded.
    const charts = page.getByTestId("statistics-chart");
    expect(await charts.count()).toBe(3);
    await charts.first().locator("svg").waitFor();
    expect(await charts.first().getAttribute("aria-label")).toMatch(/各年度发布空缺岗位/);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await shot(page, "statistics-phone");
    await context.close();
  });

  it("on a desktop: from the home page, the units table and the CSV of the same figures", async () => {
    const { page, context } = await newPage();
    await page.goto("/");
    await page.getByTestId("home-statistics").click();
    await page.waitForURL(/\/statistics$/);
    const units = page.locator("[data-testid^=statistics-units-]").first();
    await units.waitFor();
    expect(await units.getByRole("row").count()).toBeGreaterThan(1);
    await shot(page, "statistics-desktop");

    const csv = await page.request.get("/statistics/csv");
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    const bytes = await csv.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString("utf8");
    expect(text.split("\n")[0]).toBe("年度,指标,单位,数值,说明");
    expect(text).toContain("发布空缺岗位（个）,全部,");
    await context.close();
  });
});
