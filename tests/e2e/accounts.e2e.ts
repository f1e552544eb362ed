import type { Page } from "playwright-core";
import { checkCharacter } from "@/lib/security/id-number";
import { closeBrowser, DEMO, login, logout, newPage, shot } from "./support";

afterAll(closeBrowser);

function idNumber(birth: string, seq: number) {
  const first17 = `330903${birth}${String(seq).padStart(3, "0")}`;
  return first17 + checkCharacter(first17);
}

async function register(page: Page, p: { name: string; id: string; phone: string; password: string }) {
  await page.goto("/register");
  await page.getByLabel(/^真实姓名/).fill(p.name);
  await page.getByLabel(/^身份证号码/).fill(p.id);
  await page.getByLabel(/^手机号码/).fill(p.phone);
  await page.getByLabel(/^工作单位/).fill("舟山市普陀区六横镇人民政府");
  await page.getByLabel(/^职务/).fill("党政办副主任");
  await page.getByLabel(/^政治面貌/).selectOption({ label: "中共党员" });
  await page.getByLabel(/^密码/).fill(p.password);
  await page.getByLabel(/^确认密码/).fill(p.password);
  await page.getByRole("checkbox", { name: /个人信息保护说明/ }).check();
  await page.getByRole("button", { name: "提交注册" }).click();
  await page.waitForURL(/\/login\?registered=1/);
}

async function review(page: Page, name: string, decision: "approve" | "reject", reason?: string) {
  await page.goto(`/admin/registrations?status=PENDING&q=${encodeURIComponent(name)}`);
  await page.getByTestId("queue-line").filter({ hasText: name }).getByRole("link", { name: name }).click();
  if (decision === "approve") {
    await page.getByRole("button", { name: "通过", exact: true }).click();
    await page.getByRole("heading", { name: new RegExp(`${name}\\s*已通过`) }).waitFor();
  } else {
    await page.getByLabel(/不通过原因/).fill(reason!);
    await page.getByRole("button", { name: "不通过", exact: true }).click();
    await page.getByRole("heading", { name: new RegExp(`${name}\\s*未通过`) }).waitFor();
  }
}

describe("real-name accounts in the browser", () => {
  it("home page shows the motto and the six sections (desktop and phone)", async () => {
    const { page, context } = await newPage();
    await page.goto("/");
    await page.getByText("民主 · 公开 · 竞争 · 择优").first().waitFor();
    for (const s of ["政策法规", "空缺岗位公告", "干部推荐", "公告公示", "干部人事任免", "我向组织说心里话"]) {
      await page.getByRole("navigation").getByRole("link", { name: s }).first().waitFor();
    }
    await shot(page, "home-desktop");
    await context.close();
    const phone = await newPage({ phone: true });
    await phone.page.goto("/");
    await shot(phone.page, "home-phone");
    await phone.page.goto("/register");
    await shot(phone.page, "register-phone");
    await phone.context.close();
  });

  it("shows field errors in Chinese on a bad registration", async () => {
    const { page, context } = await newPage();
    await page.goto("/register");
    await page.getByLabel(/^身份证号码/).fill("330903198311080350");
    await page.getByRole("button", { name: "提交注册" }).click();
    await page.getByText("身份证号码校验位不正确").waitFor();
    await page.getByText("请阅读并同意个人信息保护说明").waitFor();
    await shot(page, "register-errors");
    await context.close();
  });

  it("a visitor registers and sees 待审核; the reviewer approves; the user is 已通过", async () => {
    const suffix = String(Date.now()).slice(-6);
    const person = {
      name: "贺恩盛",
      id: idNumber("19831108", 700 + (Number(suffix) % 200)),
      phone: `1371${suffix}0`.slice(0, 11),
      password: "Liuheng-2026-x",
    };
    const { page, context } = await newPage();
    await register(page, person);
    await login(page, person.phone, person.password);
    await page.goto("/account");
    await page.getByRole("heading", { name: /审核状态：\s*待审核/ }).waitFor();
    await shot(page, "account-pending");
    await logout(page);

    await login(page, DEMO.reviewer);
    await page.goto("/admin");
    await shot(page, "admin-home");
    await review(page, person.name, "approve");
    await logout(page);

    await login(page, person.phone, person.password);
    await page.goto("/account");
    await page.getByRole("heading", { name: /审核状态：\s*已通过/ }).waitFor();
    await context.close();
  });

  it("a rejected user sees the reason and can resubmit", async () => {
    const suffix = String(Date.now()).slice(-6);
    const person = {
      name: "林海燕",
      id: idNumber("19910214", 500 + (Number(suffix) % 150) * 2),
      phone: `1372${suffix}1`.slice(0, 11),
      password: "Dinghai-2026-y",
    };
    const { page, context } = await newPage();
    await register(page, person);
    await login(page, DEMO.reviewer);
    await review(page, person.name, "reject", "职务填写不规范，请填写现任职务全称");
    await logout(page);

    await login(page, person.phone, person.password);
    await page.goto("/account");
    await page.getByRole("heading", { name: /审核状态：\s*未通过/ }).waitFor();
    await page.getByText("审核意见：职务填写不规范，请填写现任职务全称").waitFor();
    await shot(page, "account-rejected");
    await page.getByLabel(/^身份证号码/).fill(person.id);
    await page.getByLabel(/^职务/).fill("六横镇党政办副主任");
    await page.getByRole("button", { name: "保存并提交审核" }).click();
    await page.getByText("资料已保存，等待审核。").waitFor();
    await page.reload();
    await page.getByRole("heading", { name: /审核状态：\s*待审核/ }).waitFor();
    await context.close();
  });

  it("the pending demo user cannot open the console; a wrong password is refused without saying why", async () => {
    const { page, context } = await newPage();
    await login(page, DEMO.pending);
    await page.goto("/admin");
    await page.getByText("您没有权限进行此操作").waitFor();
    await logout(page);
    await page.goto("/login");
    await page.getByLabel(/^手机号码或身份证号码/).fill("13900000003");
    await page.getByLabel(/^密码/).fill("not-the-password");
    await page.getByRole("button", { name: "登录" }).click();
    await page.getByText("账号或密码不正确").waitFor();
    await context.close();
  });
});
