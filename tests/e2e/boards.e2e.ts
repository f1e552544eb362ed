// The six public sections in Chromium, and a reviewer publishing on them: a vacancy that is
// on the board at once, and a 任职前公示 whose end date the system computed on the official calendar.
import Database from "better-sqlite3";
import type { Page } from "playwright-core";
import { addDays, parseDay, shanghaiToday } from "@/lib/calendar/dates";
import { createWorkCalendar } from "@/lib/calendar/working-days";
import { closeBrowser, DEMO, login, newPage, shot } from "./support";

afterAll(closeBrowser);

const SECTIONS: { nav: string; heading: string; detail: RegExp | null }[] = [
  { nav: "政策法规", heading: "政策法规", detail: /^\/policies\/\w+$/ },
  { nav: "空缺岗位公告", heading: "空缺岗位公告", detail: /^\/vacancies\/\w+$/ },
  { nav: "干部推荐", heading: "干部推荐", detail: /^\/nominate\/(targeted|open)$/ },
  { nav: "公告公示", heading: "公告公示", detail: /^\/notices\/\w+$/ },
  { nav: "干部人事任免", heading: "干部人事任免", detail: /^\/appointments\/\w+$/ },
  { nav: "我向组织说心里话", heading: "我向组织说心里话", detail: null },
];

/** The first link in the page's main content whose path matches. */
async function firstDetailLink(page: Page, pattern: RegExp) {
  const hrefs = await page.locator("main a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  const href = hrefs.find((h) => pattern.test(h));
  if (!href) throw new Error(`no link matching ${pattern} on ${page.url()}`);
  return page.locator(`main a[href="${href}"]`).first();
}

/** A form field by its visible label (required fields carry a "*", optional ones "（选填）"). */
const field = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label.replace(/[()（）]/g, "\\$&")}\\*?(（选填）)?$`));

/** Chinese long date as the site writes it, e.g. 2026年12月7日. */
const zhDay = (day: string) => {
  const [y, m, d] = day.split("-").map(Number);
  return `${y}年${m}月${d}日`;
};

describe("the six public sections", () => {
  it.each([false, true])("a visitor opens each section from the navigation, and a page inside it (phone: %s)", async (phone) => {
    const { page, context } = await newPage({ phone });
    await page.goto("/");
    await page.getByText("民主 · 公开 · 竞争 · 择优").first().waitFor();
    await shot(page, `boards-home${phone ? "-phone" : ""}`);
    for (const s of SECTIONS) {
      await page.getByRole("navigation", { name: "菜单" }).getByRole("link", { name: s.nav, exact: true }).click();
      await page.getByRole("heading", { level: 1, name: s.heading }).waitFor();
      await shot(page, `boards-${s.nav}${phone ? "-phone" : ""}`);
      if (!s.detail) continue;
      const link = await firstDetailLink(page, s.detail);
      const text = (await link.innerText()).trim();
      await link.click();
      await page.waitForURL((u) => s.detail!.test(u.pathname));
      // The detail page is titled by what was clicked (a post, a title, a decision, a kind of nomination).
      const h1 = (await page.getByRole("heading", { level: 1 }).innerText()).trim();
      expect(h1.length).toBeGreaterThan(1);
      if (s.nav !== "干部推荐") expect([s.nav, h1]).toEqual([s.nav, expect.stringContaining(text.replace(/（.*$/, "").slice(0, 6))]);
      await shot(page, `boards-${s.nav}-detail${phone ? "-phone" : ""}`);
    }
    await context.close();
  });

  it("the vacancy board filters by status and a vacancy page offers 我要推荐 while its window is open", async () => {
    const { page, context } = await newPage();
    await page.goto("/vacancies");
    await page.getByLabel("状态").selectOption({ label: "征集中" });
    await page.getByRole("button", { name: "筛选" }).click();
    await page.waitForURL(/status=OPEN/);
    const badges = await page.locator("main li.card").allInnerTexts();
    expect(badges.length).toBeGreaterThan(0);
    for (const b of badges) expect(b).toMatch(/征集中|即将开始/);
    await (await firstDetailLink(page, /^\/vacancies\/\w+$/)).click();
    await page.getByText("任职资格条件").first().waitFor();
    const button = page.getByRole("link", { name: "我要推荐" });
    if (await button.count()) expect(await button.getAttribute("href")).toMatch(/^\/nominate\/targeted\/\w+$/);
    else await page.getByText(/推荐将于|推荐期已结束/).waitFor();
    await page
      .getByText(/距推荐截止还有|距推荐开始还有|推荐已截止/)
      .first()
      .waitFor();
    await shot(page, "boards-vacancy-detail");
    await context.close();
  });

  it("search finds Chinese substrings and feeds, sitemap and robots answer", async () => {
    const { page, context } = await newPage();
    await page.goto("/search?q=" + encodeURIComponent("港航"));
    await page.getByText(/“港航”共找到 \d+ 条结果/).waitFor();
    expect(await page.locator("main ul a").count()).toBeGreaterThan(0);
    await shot(page, "boards-search");
    for (const path of [
      "/feeds/vacancies/rss.xml",
      "/feeds/notices/atom.xml",
      "/feeds/appointments/rss.xml",
      "/sitemap.xml",
      "/robots.txt",
    ]) {
      const r = await page.request.get(path);
      expect([path, r.status()]).toEqual([path, 200]);
    }
    const rss = await (await page.request.get("/feeds/vacancies/rss.xml")).text();
    expect(rss).toContain("<rss");
    // Only published vacancies (the demo draft's text says 草稿, but another spec may publish it).
    const linked = [...rss.matchAll(/\/vacancies\/([a-z0-9]+)<\/link>/g)].map((m) => m[1]);
    expect(linked.length).toBeGreaterThan(0);
    const db = new Database(process.env.E2E_DB_FILE!, { readonly: true });
    try {
      const unpublished = db
        .prepare(`SELECT id FROM Vacancy WHERE status = 'DRAFT' AND id IN (${linked.map(() => "?").join(",")})`)
        .all(...linked);
      expect(unpublished).toEqual([]);
    } finally {
      db.close();
    }
    await context.close();
  });
});

describe("a reviewer publishes", () => {
  it("a vacancy, which is on the public board at once", async () => {
    const { page, context } = await newPage();
    await login(page, DEMO.reviewer);
    await page.goto("/admin/vacancies/new");
    const post = `舟山市港航和口岸管理局口岸处处长（E2E ${Date.now() % 100000}）`;
    await field(page, "岗位").fill(post);
    await field(page, "单位").fill("舟山市港航和口岸管理局");
    await field(page, "职级").selectOption({ label: "正科级" });
    await field(page, "职数").fill("1");
    await page.getByLabel("岗位职责").fill("负责口岸开放、通关便利化和口岸联检单位协调。\n\n- 口岸规划\n- 通关服务");
    await page.getByLabel(/^任职资格条件（文字说明）/).fill("大学本科以上学历；现任副科级领导职务满 2 年。");
    await page.getByLabel(/^最低学历/).selectOption({ label: "大学本科" });
    await page.getByLabel(/^要求现任职级/).selectOption({ label: "副科级" });
    await page.getByLabel(/^现任职级最少年限/).fill("2");
    await shot(page, "boards-admin-vacancy-form");
    await page.getByRole("button", { name: "保存" }).click();
    await page.waitForURL(/\/admin\/vacancies\/\w+\?done=created/);
    await page.getByText("已保存为草稿").waitFor();
    const id = /\/admin\/vacancies\/(\w+)/.exec(page.url())![1];
    // Not public yet, and the board is in the cache without it (a visitor has just seen it).
    expect((await page.request.get(`/vacancies/${id}`)).status()).toBe(404);
    await page.request.get("/vacancies");
    const before = await page.request.get("/vacancies");
    expect(before.headers()["x-nextjs-cache"]).toBe("HIT");
    expect(await before.text()).not.toContain(post);
    await page.getByRole("button", { name: "发布" }).click();
    await page.getByText("已发布，公开栏目已更新。").waitFor();
    await shot(page, "boards-admin-vacancy-published");

    const visitor = await newPage();
    await visitor.page.goto("/");
    await visitor.page.getByRole("link", { name: new RegExp(post.replace(/[()（）]/g, "\\$&")) }).waitFor();
    await visitor.page.goto("/vacancies");
    await visitor.page.getByRole("link", { name: post }).click();
    await visitor.page.getByRole("heading", { level: 1, name: post }).waitFor();
    await visitor.page.getByText("大学本科及以上学历").waitFor();
    await visitor.page.getByText("现任副科级职务（职级）满 2 年").waitFor();
    await visitor.context.close();
    await context.close();
  });

  it("a 任职前公示, and sees its computed end date (also on the public page)", async () => {
    const { page, context } = await newPage();
    await login(page, DEMO.reviewer);
    const start = addDays(shanghaiToday(), 1);
    // Five working days from tomorrow, on the official calendar. Late in a year the period may
    // reach a year the calendar package lacks: the console must then refuse, and staff enter
    // that year's arrangement first (here a plain one, for the test).
    let end: string;
    try {
      end = createWorkCalendar().addWorkingDays(start, 5);
    } catch {
      const year = Number(start.slice(0, 4)) + 1;
      await page.goto(`/admin/calendar?year=${year}`);
      await page.getByLabel("开始日期（第 1 项）").fill(`${year}-01-01`);
      await page.getByLabel("类型（第 1 项）").selectOption({ label: "放假" });
      await page.getByLabel("节日名称（第 1 项）").fill("元旦");
      await page.getByRole("button", { name: "保存安排" }).click();
      await page.getByText("已保存该年度安排。").waitFor();
      end = createWorkCalendar([{ day: `${year}-01-01`, kind: "HOLIDAY", name: "元旦" }]).addWorkingDays(start, 5);
    }
    await page.goto("/admin/notices/new");
    const title = `市直单位拟任人选任职前公示（E2E ${Date.now() % 100000}）`;
    await field(page, "标题").fill(title);
    await field(page, "正文").fill("经研究，拟任用下列同志，现予以公示。");
    await page.getByLabel(/^公示开始日期/).fill(start);
    await field(page, "姓名").fill("陈海燕");
    await field(page, "性别").selectOption({ label: "女" });
    await page.getByLabel(/^出生年月/).fill("1988-06");
    await field(page, "学历学位").fill("研究生，管理学硕士");
    await field(page, "现任职务").fill("舟山市交通运输局综合规划处副处长");
    await field(page, "拟任职务").fill("舟山市交通运输局综合规划处处长");
    await shot(page, "boards-admin-notice-form");
    await page.getByRole("button", { name: "保存" }).click();
    await page.waitForURL(/\/admin\/notices\/\w+\?done=created/);
    const computed = page.getByTestId("computed-period");
    await computed.getByText(`公示期：${zhDay(start)} 至 ${zhDay(end)}（5 个工作日）`).waitFor();
    await page.getByRole("button", { name: "发布" }).click();
    await page.getByText("已发布，公开栏目已更新。").waitFor();
    await shot(page, "boards-admin-notice-published");
    const phoneShot = await newPage({ phone: true });
    await login(phoneShot.page, DEMO.reviewer);
    await phoneShot.page.goto(
      page
        .url()
        .replace(/^https?:\/\/[^/]+/, "")
        .replace(/\?.*$/, ""),
    );
    await shot(phoneShot.page, "boards-admin-notice-published-phone");
    await phoneShot.context.close();

    const id = /\/admin\/notices\/(\w+)/.exec(page.url())![1];
    const visitor = await newPage({ phone: true });
    await visitor.page.goto(`/notices/${id}`);
    await visitor.page.getByRole("heading", { level: 1, name: title }).waitFor();
    await visitor.page.getByText(`公示期：${zhDay(start)} 至 ${zhDay(end)}`).waitFor();
    // On a phone the persons are cards (the table is for wider screens).
    await visitor.page.getByText("陈海燕").filter({ visible: true }).first().waitFor();
    await visitor.page.getByText("反映意见").first().waitFor();
    await shot(visitor.page, "boards-notice-public-phone");
    await visitor.context.close();
    expect(parseDay(end)!.getTime()).toBeGreaterThan(parseDay(start)!.getTime());
    await context.close();
  });
});
