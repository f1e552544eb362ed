// Account self-service in the browser (issue 12): a user who forgot the password resets it
// through the mail (the demo .eml the server wrote) and signs in; downloads their data; and
// closes the account, after which the old password no longer signs in.
import fs from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { checkCharacter } from "@/lib/security/id-number";
import { closeBrowser, login, newPage, shot } from "./support";

jest.setTimeout(240_000);
afterAll(closeBrowser);

function idNumber(birth: string, seq: number) {
  const first17 = `330922${birth}${String(seq).padStart(3, "0")}`;
  return first17 + checkCharacter(first17);
}

/** The text of the newest demo mail to `to` whose subject contains `subject`, waiting for the server's worker. */
async function mailTo(to: string, subject: string): Promise<string> {
  const dir = path.join(path.dirname(process.env.E2E_DB_FILE!), "mail");
  for (let i = 0; i < 120; i++) {
    const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".eml")) : [];
    for (const f of files.sort().reverse()) {
      const mail = await simpleParser(fs.readFileSync(path.join(dir, f)));
      const recipients = [mail.to]
        .flat()
        .flatMap((a) => a?.value ?? [])
        .map((v) => v.address);
      if (recipients.includes(to) && mail.subject?.includes(subject)) return mail.text ?? "";
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`no mail "${subject}" to ${to} in ${dir}`);
}

describe("account self-service", () => {
  const suffix = String(Date.now()).slice(-6);
  const person = {
    name: "钟晓岚",
    id: idNumber("19910923", 400 + (Number(suffix) % 300)),
    phone: `1376${suffix}4`.slice(0, 11),
    email: `zhongxl${suffix}@example.cn`,
    password: "Shengsi-2026-q",
    newPassword: "Putuo-2027-reset",
  };

  it("a user forgets the password, resets it through the mail and signs in; downloads their data; closes the account", async () => {
    const { page } = await newPage();
    await page.goto("/register");
    await page.getByLabel(/^真实姓名/).fill(person.name);
    await page.getByLabel(/^身份证号码/).fill(person.id);
    await page.getByLabel(/^手机号码/).fill(person.phone);
    await page.getByLabel(/^电子邮箱/).fill(person.email);
    await page.getByLabel(/^工作单位/).fill("嵊泗县菜园镇人民政府");
    await page.getByLabel(/^职务/).fill("综合信息指挥室科员");
    await page.getByLabel(/^政治面貌/).selectOption({ label: "中共党员" });
    await page.getByLabel(/^密码/).fill(person.password);
    await page.getByLabel(/^确认密码/).fill(person.password);
    await page.getByRole("checkbox", { name: /个人信息保护说明/ }).check();
    await page.getByRole("button", { name: "提交注册" }).click();
    await page.waitForURL(/\/login\?registered=1/);

    // 忘记密码: the answer never says whether the account exists.
    await page.getByTestId("forgot-password-link").click();
    await page.getByRole("heading", { name: "找回密码" }).waitFor();
    await page
      .getByLabel(/^手机号码或身份证号码/)
      .first()
      .fill(person.phone);
    await page.getByRole("button", { name: "发送重置邮件" }).click();
    await page.getByText("如果该账户存在并登记了电子邮箱", { exact: false }).waitFor({ timeout: 60_000 });
    await shot(page, "forgot-password-sent");

    const mail = await mailTo(person.email, "重置登录密码");
    const token = /reset-password\?token=([A-Za-z0-9_-]{20,})/.exec(mail)?.[1];
    expect(token).toBeDefined();
    await page.goto(`/reset-password?token=${token}`);
    await page.getByRole("heading", { name: "设置新密码" }).waitFor();
    await page.getByLabel(/^密码/).fill(person.newPassword);
    await page.getByLabel(/^确认密码/).fill(person.newPassword);
    await page.getByRole("button", { name: "确认设置" }).click();
    await page.getByText("新密码已设置，请使用新密码登录。").waitFor();
    // The link works once.
    await page.goto(`/reset-password?token=${token}`);
    await page.getByTestId("reset-link-invalid").waitFor();

    await login(page, person.phone, person.newPassword);
    await page.goto("/account");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-json").click()]);
    const file = await download.path();
    const data = JSON.parse(fs.readFileSync(file!, "utf8")) as unknown;
    const text = JSON.stringify(data);
    expect(text).toContain(person.name);
    expect(text).toContain(person.email);
    expect(text).not.toContain("张伟"); // nobody else's data
    await shot(page, "account-rights");

    const close = page.getByTestId("close-account-form");
    await close.getByLabel(/当前密码/).fill(person.newPassword);
    await close.getByRole("checkbox", { name: /我已了解上述后果/ }).check();
    await close.getByRole("button", { name: "注销账号" }).click();
    await page.getByTestId("account-closed").waitFor();
    await shot(page, "account-closed");

    await page.goto("/login");
    await page.getByLabel(/^手机号码或身份证号码/).fill(person.phone);
    await page.getByLabel(/^密码/).fill(person.newPassword);
    await page.getByRole("button", { name: "登录" }).click();
    await page.getByText("账号或密码不正确").waitFor();
  });
});
