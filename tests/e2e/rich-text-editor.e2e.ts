// The toolbar editor in a real browser, on a phone: a reviewer writes a policy's body with the
// toolbar, pastes from Word, looks at 预览, publishes, and the public page shows headings, lists
// and a table, with nothing of Word's formatting and none of the editor's code.
import { closeBrowser, DEMO, login, newPage, shot } from "./support";

afterAll(closeBrowser);

// What Word puts on the clipboard, trimmed (styles, classes, fonts, an image, list paragraphs).
const WORD = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><body>
<h1 style='margin:0'><span style='font-family:黑体'>二、职责<o:p></o:p></span></h1>
<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span><span style='mso-list:Ignore'>1.<span>&nbsp;</span></span></span><![endif]><span style='color:red'>统筹协调</span></p>
<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span><span style='mso-list:Ignore'>2.<span>&nbsp;</span></span></span><![endif]>督促检查</p>
<table class=MsoTableGrid border=1><tr><td style='width:50pt'><p class=MsoNormal>姓名</p></td><td><p class=MsoNormal>职务</p></td></tr>
<tr><td><p class=MsoNormal>林晓东</p></td><td><font face=宋体>副局长</font><img src="file:///C:/x.png"></td></tr></table>
</body></html>`;

describe("the toolbar editor", () => {
  it("a policy written and pasted on a phone is published with its headings, lists and table", async () => {
    const { page, context } = await newPage({ phone: true });
    await login(page, DEMO.reviewer);
    await page.goto("/admin/policies/new");
    const title = `编辑器测试办法（E2E ${Date.now() % 100000}）`;
    await page.getByLabel(/^标题/).fill(title);
    await page.getByLabel(/^类别/).selectOption({ label: "党内法规" });
    await page.getByLabel(/^发文机关/).fill("中共舟山市委组织部");
    await page.getByLabel(/^发布日期/).fill(new Date().toISOString().slice(0, 10));

    const body = page.getByRole("textbox", { name: /^正文/ });
    await body.click();
    await page.keyboard.type("一、总则");
    await page.getByRole("button", { name: "二级标题" }).click();
    await page.keyboard.press("End");
    await page.keyboard.press("Enter");
    await page.keyboard.type("为规范工作，制定本办法。");
    await page.keyboard.press("Enter");
    await body.evaluate((el, html) => {
      const data = new DataTransfer();
      data.setData("text/html", html);
      data.setData("text/plain", "");
      el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    }, WORD);
    await body.getByRole("heading", { name: "二、职责" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await shot(page, "editor-policy-390");

    await page.getByRole("button", { name: "预览" }).click();
    await page.getByText("以下是公开页面上显示的样子。").waitFor();
    await shot(page, "editor-policy-preview-390");
    await page.getByRole("button", { name: "编辑" }).click();

    await page.getByRole("button", { name: "保存" }).click();
    await page.waitForURL(/\/admin\/policies\/\w+\?done=created/);
    const id = /\/admin\/policies\/(\w+)/.exec(page.url())![1];
    await page.getByRole("button", { name: "发布" }).click();
    await page.getByText("已发布，公开栏目已更新。").waitFor();

    const visitor = await newPage({ phone: true });
    const response = await visitor.page.goto(`/policies/${id}`);
    expect(response?.status()).toBe(200);
    const article = visitor.page.locator("main .prose-cn");
    await article.getByRole("heading", { level: 2, name: "一、总则" }).waitFor();
    await article.getByRole("heading", { level: 2, name: "二、职责" }).waitFor();
    expect(await article.locator("ol > li").allInnerTexts()).toEqual(["统筹协调", "督促检查"]);
    expect(await article.locator("td").allInnerTexts()).toEqual(["姓名", "职务", "林晓东", "副局长"]);
    const html = await article.innerHTML();
    expect(html).not.toMatch(/mso-|MsoNormal|font-family|<img|<font/);
    // The public page loads none of the editor's code.
    const scripts = await visitor.page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .map((r) => r.name)
        .filter((n) => n.endsWith(".js")),
    );
    for (const src of scripts) expect(await (await visitor.page.request.get(src)).text()).not.toContain("ProseMirror");
    await visitor.context.close();
    await context.close();
  });
});
