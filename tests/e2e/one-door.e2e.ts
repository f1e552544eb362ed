// Issue 8 in the browser: the console answers 403 to a lesser role, a visitor is sent to sign in
// and comes back; a crafted callback never leaves the site; logout ends the old cookie; a refused
// vacancy keeps its choices; an oversized body gets words, not a 500.
import { BASE_URL, closeBrowser, DEMO, login, logout, newPage, shot } from "./support";

afterAll(closeBrowser);

describe("one door", () => {
  it("console pages answer 403 to a lesser role, with the console's words; a visitor is sent to sign in", async () => {
    const { page, context } = await newPage();
    const visitor = await page.goto("/admin/registrations");
    expect(new URL(page.url()).pathname).toBe("/login");
    expect(new URL(page.url()).searchParams.get("callbackUrl")).toBe("/admin/registrations");
    expect(visitor?.status()).toBe(200);

    await login(page, DEMO.pending);
    const pending = await page.goto("/admin");
    expect(pending?.status()).toBe(403);
    await page.getByText("您没有权限进行此操作").waitFor();
    await logout(page);

    await login(page, DEMO.reviewer);
    const staff = await page.goto("/admin/staff");
    expect(staff?.status()).toBe(403);
    await page.getByText("您没有权限进行此操作").waitFor();
    await shot(page, "console-403-reviewer-on-staff");
    await context.close();
  });

  it("a crafted callbackUrl never sends the user to another site after login", async () => {
    for (const crafted of ["/%5Cevil.example/x", "/%09/evil.example/x", "//evil.example/x"]) {
      const { page, context } = await newPage();
      await page.goto(`/login?callbackUrl=${crafted}`);
      await page.getByLabel(/^手机号码或身份证号码/).fill(DEMO.nominator);
      await page.getByLabel(/^密码/).fill("Demo@2026");
      await page.getByRole("button", { name: "登录" }).click();
      await page.waitForURL((u) => !u.pathname.startsWith("/login"));
      expect(new URL(page.url()).origin).toBe(new URL(BASE_URL).origin);
      await context.close();
    }
  });

  it("logout ends the session: the old cookie no longer opens the account", async () => {
    const { page, context } = await newPage();
    await login(page, DEMO.nominator);
    const cookies = await context.cookies();
    await logout(page);
    const { page: replay, context: other } = await newPage();
    await other.addCookies(cookies);
    await replay.goto("/account");
    expect(new URL(replay.url()).pathname).toBe("/login");
    await other.close();
    await context.close();
  });

  it("a refused new vacancy keeps 职级, 最低学历 and 要求现任职级; a cleared 推荐开始时间 is a field error", async () => {
    const { page, context } = await newPage();
    await login(page, DEMO.reviewer);
    await page.goto("/admin/vacancies/new");
    await page.getByRole("textbox", { name: "岗位", exact: true }).fill("区发改局副局长");
    await page.getByRole("textbox", { name: "单位", exact: true }).fill("区发展和改革局");
    await page.getByRole("combobox", { name: "职级", exact: true }).selectOption({ index: 2 });
    const level = await page.getByRole("combobox", { name: "职级", exact: true }).inputValue();
    await page.getByRole("combobox", { name: /^最低学历/ }).selectOption({ index: 2 });
    const education = await page.getByRole("combobox", { name: /^最低学历/ }).inputValue();
    await page.getByRole("combobox", { name: /^要求现任职级/ }).selectOption({ index: 1 });
    const required = await page.getByRole("combobox", { name: /^要求现任职级/ }).inputValue();
    await page.getByLabel("推荐开始时间：日期").fill("");
    await page.getByRole("button", { name: /保存/ }).first().click();
    await page.getByText("提交的内容有误").first().waitFor();
    expect(await page.getByRole("combobox", { name: "职级", exact: true }).inputValue()).toBe(level);
    expect(await page.getByRole("combobox", { name: /^最低学历/ }).inputValue()).toBe(education);
    expect(await page.getByRole("combobox", { name: /^要求现任职级/ }).inputValue()).toBe(required);
    expect(await page.getByRole("textbox", { name: "岗位", exact: true }).inputValue()).toBe("区发改局副局长");
    expect(await page.getByLabel("推荐开始时间：日期").getAttribute("aria-invalid")).toBe("true");
    await shot(page, "console-vacancy-refused");
    await context.close();
  });

  it("a body over the limit is answered 413 in Chinese, before the server reads it", async () => {
    const { page, context } = await newPage();
    const res = await page.request.post("/admin/policies/new", {
      headers: { "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" },
      data: "x".repeat(3 * 1024 * 1024),
    });
    expect(res.status()).toBe(413);
    expect(await res.text()).toContain("提交的内容过大");
    await context.close();
  });

  it("the administrator's 邮件发送 page shows where mail goes, on a desktop and on a phone", async () => {
    for (const phone of [false, true]) {
      const { page, context } = await newPage({ phone });
      await login(page, DEMO.admin);
      const res = await page.goto("/admin/mail");
      expect(res?.status()).toBe(200);
      await page.getByRole("heading", { name: "邮件发送" }).waitFor();
      await page.getByText("演示模式").first().waitFor();
      await shot(page, phone ? "console-mail-phone" : "console-mail");
      await context.close();
    }
  });
});
