// The header's search box in Chromium (issue 14): typed on a desktop and on a phone, a
// one-character query (港) and a three-character one (公务员) each land on /search with hits
// whose matched words are marked, the kind filter narrows them, and nothing is wider than 390 px.
// Training classes are found under their own tab and open their page.
import type { Page } from "playwright-core";
import { closeBrowser, newPage, shot } from "./support";

afterAll(closeBrowser);

async function searchFromHeader(page: Page, q: string) {
  const box = page.getByRole("search", { name: "全站搜索" });
  await box.getByRole("searchbox", { name: "全站搜索" }).fill(q);
  await box.getByRole("button", { name: "搜索" }).click();
  await page.waitForURL((u) => u.pathname.startsWith("/search"));
  await page
    .getByRole("status")
    .getByText(new RegExp(`^“${q}”共找到 \\d+ 条结果$`))
    .waitFor();
}

describe("header search", () => {
  it("a one-character query on a desktop: marked hits, narrowed by kind", async () => {
    const { page, context } = await newPage();
    await page.goto("/policies");
    await searchFromHeader(page, "港");
    const hits = page.locator("main ul > li");
    expect(await hits.count()).toBeGreaterThan(0);
    expect(await page.locator("main mark", { hasText: "港" }).count()).toBeGreaterThan(0);
    await shot(page, "search-one-char-1280");
    // The kind links narrow the list to one board, keeping the query.
    await page
      .getByRole("navigation", { name: "按栏目查看" })
      .getByRole("link", { name: /^公告公示/ })
      .click();
    await page.waitForURL((u) => u.pathname.startsWith("/search") && u.search.includes("kind=notices"));
    expect(await page.locator('nav[aria-label="按栏目查看"] a[aria-current="page"]').innerText()).toMatch(/^公告公示/);
    for (const kind of await page.locator("main ul > li > p:first-child").allTextContents()) expect(kind).toBe("公告公示");
    await context.close();
  });

  it("a three-character query on a phone: hits, and nothing wider than the screen", async () => {
    const { page, context } = await newPage({ phone: true });
    await page.goto("/");
    await searchFromHeader(page, "公务员");
    const first = page.locator("main ul > li").first();
    await first.waitFor();
    expect(await first.locator("mark").first().innerText()).toBe("公务员");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(page, "search-three-chars-390");
    // A hit opens its page.
    await first.getByRole("link").click();
    await page.waitForURL((u) => !u.pathname.startsWith("/search"));
    await page.getByRole("heading", { level: 1, name: /公务员/ }).waitFor();
    await context.close();
  });

  it("training classes are found too, under their own tab, and open their page", async () => {
    const { page, context } = await newPage();
    await page.goto("/");
    await searchFromHeader(page, "培训班");
    await page
      .getByRole("navigation", { name: "按栏目查看" })
      .getByRole("link", { name: /^干部培训（[1-9]\d*）$/ })
      .click();
    await page.waitForURL((u) => u.search.includes("kind=training"));
    await page.locator('nav[aria-label="按栏目查看"] a[aria-current="page"]', { hasText: "干部培训" }).waitFor();
    const kinds = await page.locator("main ul > li > p:first-child").allTextContents();
    expect(kinds.length).toBeGreaterThan(0);
    for (const kind of kinds) expect(kind).toBe("干部培训");
    await shot(page, "search-training-1280");
    await page.locator("main ul > li").first().getByRole("link").click();
    await page.waitForURL((u) => u.pathname.startsWith("/training/"));
    await page.getByRole("heading", { level: 1, name: /培训班/ }).waitFor();
    await context.close();
  });
});
