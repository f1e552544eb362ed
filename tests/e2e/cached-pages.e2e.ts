// The public pages are rendered once per language and served from Next's cache (proxy.ts,
// app/[locale]/layout.tsx). What that must not break: who is signed in (shown by the browser,
// never baked into a shared page), each visitor's own language, and a reviewer's change being
// on the board at once.
import type { Page } from "playwright-core";
import { closeBrowser, DEMO, login, newPage, shot } from "./support";
import { startSecondInstance } from "./server";

afterAll(closeBrowser);

/** Creates and publishes a policy as the signed-in reviewer; its title is unique to the run. */
async function publishPolicy(page: Page, subject: string) {
  await page.goto("/admin/policies/new");
  const title = `${subject}（E2E ${Date.now() % 100000}）`;
  await page.getByLabel(/^标题/).fill(title);
  await page.getByLabel(/^类别/).selectOption({ label: "党内法规" });
  await page.getByLabel(/^发文机关/).fill("中共舟山市委组织部");
  await page.getByLabel(/^发布日期/).fill(new Date().toISOString().slice(0, 10));
  await page.getByLabel(/^正文/).fill("各县（区）委组织部：\n\n现就有关事项通知如下。");
  await page.getByRole("button", { name: "保存" }).click();
  await page.waitForURL(/\/admin\/policies\/\w+\?done=created/);
  const id = /\/admin\/policies\/(\w+)/.exec(page.url())![1];
  await page.getByRole("button", { name: "发布" }).click();
  await page.getByText("已发布，公开栏目已更新。").waitFor();
  return { id, title };
}

describe("cached public pages", () => {
  it("are served from the cache, filters, pages and free-text searches too (one entry per query)", async () => {
    const { page, context } = await newPage();
    for (const path of ["/vacancies", "/vacancies?status=OPEN", "/notices?page=2&kind=", "/vacancies/?level=SECTION&status=OPEN"]) {
      await page.request.get(path);
      const again = await page.request.get(path);
      expect([path, again.headers()["x-nextjs-cache"]]).toEqual([path, "HIT"]);
    }
    // The same filters in another order (and the form's empty fields) are the same cached page.
    const reordered = await page.request.get("/vacancies?status=OPEN&level=SECTION&unit=&q=");
    expect(reordered.headers()["x-nextjs-cache"]).toBe("HIT");
    const filtered = await (await page.request.get("/vacancies?status=OPEN")).text();
    const all = await (await page.request.get("/vacancies")).text();
    expect(filtered).not.toEqual(all);
    expect(filtered).not.toContain("已任命</span>");
    const byUnit = await (await page.request.get("/vacancies?unit=" + encodeURIComponent("舟山市教育局"))).text();
    expect(byUnit).toContain("舟山市教育局基础教育处副处长");
    expect(byUnit).not.toContain("舟山市财政局预算处副处长");

    // A search is cached per query (issue 14: the index makes its first render cheap), the same
    // query with the spaces the page ignores included.
    const searched = await page.request.get("/vacancies?q=" + encodeURIComponent("舟山"));
    expect(searched.status()).toBe(200);
    expect(await searched.text()).toContain("舟山");
    const repeated = await page.request.get("/vacancies?q=" + encodeURIComponent(" 舟山 "));
    expect(repeated.headers()["x-nextjs-cache"]).toBe("HIT");
    await context.close();
  });

  it("show a signed-in user's name in the header, and never to another visitor", async () => {
    const user = await newPage();
    await login(user.page, DEMO.nominator);
    // Signing in moves to the account page without a reload: the header has caught up.
    await user.page.getByRole("banner").getByText("张伟").waitFor();
    await user.page.goto("/vacancies");
    const header = user.page.getByRole("banner");
    await header.getByText("张伟").waitFor();
    await header.getByRole("link", { name: "我的账户" }).waitFor();
    expect(await header.getByRole("link", { name: "登录" }).count()).toBe(0);
    await shot(user.page, "cached-vacancies-signed-in");

    const visitor = await newPage();
    await visitor.page.goto("/vacancies");
    const vheader = visitor.page.getByRole("banner");
    await vheader.getByRole("link", { name: "登录" }).waitFor();
    expect(await vheader.getByText("张伟").count()).toBe(0);
    expect(await visitor.page.content()).not.toContain("张伟");
    await visitor.context.close();
    await user.context.close();
  });

  it("keep each visitor's language: English for one does not change the page for others", async () => {
    const { page, context } = await newPage();
    await page.goto("/vacancies");
    await page.getByRole("heading", { level: 1, name: "空缺岗位公告" }).waitFor();
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "Vacancies" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(new URL(page.url()).pathname).toBe("/vacancies");
    await shot(page, "cached-vacancies-en");

    const other = await newPage();
    await other.page.goto("/vacancies");
    await other.page.getByRole("heading", { level: 1, name: "空缺岗位公告" }).waitFor();
    expect(await other.page.locator("html").getAttribute("lang")).toBe("zh-CN");
    await other.context.close();

    await page.getByRole("button", { name: "中文" }).click();
    await page.getByRole("heading", { level: 1, name: "空缺岗位公告" }).waitFor();
    await context.close();
  });

  it("answer an unknown path with the site's 404 page", async () => {
    const { page, context } = await newPage();
    const r = await page.goto("/no-such-board");
    expect(r?.status()).toBe(404);
    await page.getByRole("heading", { level: 1, name: "页面不存在" }).waitFor();
    await page.getByRole("navigation", { name: "菜单" }).waitFor();
    await page.getByRole("banner").getByRole("link", { name: "登录" }).waitFor();
    await shot(page, "not-found");
    expect((await page.request.get("/vacancies/no-such-id")).status()).toBe(404);
    expect((await page.request.get("/missing.png")).status()).toBe(404);
    await context.close();
  });
});

describe("a returning visitor", () => {
  it("sees a vacancy published since their last visit at once, never the browser's stored copy", async () => {
    const post = "舟山市自然资源和规划局副局长"; // a draft in the demo data
    const visitor = await newPage();
    // What the browser itself answers from its disk cache (the bug: Next's stale-while-revalidate
    // let Chromium show the board it had kept, while the server already had the new one).
    const cdp = await visitor.context.newCDPSession(visitor.page);
    await cdp.send("Network.enable");
    const fromDisk: string[] = [];
    cdp.on("Network.responseReceived", (e: { response: { url: string; fromDiskCache?: boolean } }) => {
      if (e.response.fromDiskCache) fromDisk.push(e.response.url);
    });
    const menuLink = () => visitor.page.getByRole("navigation", { name: "菜单" }).getByRole("link", { name: "空缺岗位公告" });
    // The visitor went from the home page to the board earlier (the browser keeps that response).
    await visitor.page.goto("/");
    await menuLink().click();
    await visitor.page.waitForURL(/\/vacancies$/);
    await visitor.page.getByRole("heading", { level: 1, name: "空缺岗位公告" }).waitFor();
    expect(await visitor.page.getByRole("link", { name: post }).count()).toBe(0);
    const first = await visitor.page.request.get("/vacancies");
    expect(first.headers()["cache-control"]).toBe("public, max-age=0, must-revalidate");
    expect(first.headers()["etag"]).toBeTruthy();

    const reviewer = await newPage();
    await login(reviewer.page, DEMO.reviewer);
    // The drafts (the console's list is by last change, and the demo's past years fill pages).
    await reviewer.page.goto("/admin/vacancies?status=DRAFT");
    await reviewer.page.getByRole("link", { name: post }).first().click();
    await reviewer.page.getByRole("button", { name: "发布", exact: true }).click();
    await reviewer.page.getByText("已发布，公开栏目已更新。").waitFor();
    await reviewer.context.close();

    // Back to the home page and the same link, within the minute.
    await visitor.page.goto("/");
    fromDisk.length = 0;
    await menuLink().click();
    await visitor.page.waitForURL(/\/vacancies$/);
    await visitor.page.getByRole("link", { name: post }).first().waitFor({ timeout: 5000 });
    expect(fromDisk.filter((u) => new URL(u).pathname.startsWith("/vacancies"))).toEqual([]);

    // Asking with the old version's ETag gets the new page; with the current one, a 304 (no body).
    const again = await visitor.page.request.get("/vacancies", { headers: { "If-None-Match": first.headers()["etag"] } });
    expect(again.status()).toBe(200);
    const current = (await visitor.page.request.get("/vacancies")).headers()["etag"];
    expect((await visitor.page.request.get("/vacancies", { headers: { "If-None-Match": current } })).status()).toBe(304);
    // A page rendered per request for one person stays out of every cache.
    expect((await visitor.page.request.get("/login")).headers()["cache-control"]).toContain("no-store");
    await visitor.context.close();
  });
});

describe("a reviewer withdraws a published policy", () => {
  it("and its cached page and list entry are gone for visitors at once", async () => {
    const reviewer = await newPage();
    await login(reviewer.page, DEMO.reviewer);
    const { id, title } = await publishPolicy(reviewer.page, "关于加强年轻干部实践锻炼的通知");

    const visitor = await newPage();
    await visitor.page.goto(`/policies/${id}`);
    await visitor.page.getByRole("heading", { level: 1, name: title }).waitFor();
    const cached = await visitor.page.request.get(`/policies/${id}`);
    expect(cached.headers()["x-nextjs-cache"]).toBe("HIT");
    await visitor.page.goto("/policies");
    await visitor.page.getByRole("link", { name: title }).waitFor();

    await reviewer.page.getByRole("button", { name: "撤回" }).click();
    await reviewer.page.getByText("已撤回，公众不再能看到此内容。").waitFor();

    expect((await visitor.page.goto(`/policies/${id}`))?.status()).toBe(404);
    await visitor.page.goto("/policies");
    await visitor.page.getByRole("heading", { level: 1, name: "政策法规" }).waitFor();
    expect(await visitor.page.getByRole("link", { name: title }).count()).toBe(0);
    await visitor.context.close();
    await reviewer.context.close();
  });
});

describe("two app instances on one database (as behind a load balancer)", () => {
  it("a policy published on one is on the other's cached board within seconds", async () => {
    const second = await startSecondInstance(process.env.E2E_DB_FILE!);
    try {
      const onSecond = await newPage({ baseURL: second.baseUrl });
      await onSecond.page.request.get("/policies");
      expect((await onSecond.page.request.get("/policies")).headers()["x-nextjs-cache"]).toBe("HIT");

      const reviewer = await newPage();
      await login(reviewer.page, DEMO.reviewer);
      const { title } = await publishPolicy(reviewer.page, "关于做好年轻干部调研工作的通知");
      await reviewer.context.close();

      // The second instance learns of it from the boards' versions (polled every second).
      const t0 = Date.now();
      while (!(await (await onSecond.page.request.get("/policies")).text()).includes(title)) {
        if (Date.now() - t0 > 8_000) throw new Error("the second instance still serves the old board after 8 s");
        await new Promise((r) => setTimeout(r, 250));
      }
      await onSecond.page.goto("/policies");
      await onSecond.page.getByRole("link", { name: title }).waitFor();
      await onSecond.context.close();
    } finally {
      await second.stop();
    }
  });
});
