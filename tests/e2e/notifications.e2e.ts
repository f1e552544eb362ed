// Notifications in the browser (issue 9): the header's 消息 count on a cached page, the inbox,
// the settings and the unsubscribe link of a real mail in the outbox.
import Database from "better-sqlite3";
import type { Page } from "playwright-core";
import { checkCharacter } from "@/lib/security/id-number";
import { closeBrowser, DEMO, login, logout, newPage, shot } from "./support";

jest.setTimeout(180_000);
afterAll(closeBrowser);

function idNumber(birth: string, seq: number) {
  const first17 = `330921${birth}${String(seq).padStart(3, "0")}`;
  return first17 + checkCharacter(first17);
}

/** One row from the e2e server's own database. */
function row<T>(sql: string, ...params: unknown[]): T | undefined {
  const db = new Database(process.env.E2E_DB_FILE!, { readonly: true });
  try {
    return db.prepare(sql).get(...params) as T | undefined;
  } finally {
    db.close();
  }
}

/** The header's 消息 link, by its accessible name: "消息", or "消息，未读消息 n 条". */
const messagesLink = (page: Page, unread: number) =>
  page.getByRole("banner").getByRole("link", { name: unread ? `消息，未读消息 ${unread} 条` : "消息", exact: true });

describe("notifications in the browser", () => {
  const suffix = String(Date.now()).slice(-6);
  const person = {
    name: "周海燕",
    id: idNumber("19880416", 300 + (Number(suffix) % 300)),
    phone: `1375${suffix}2`.slice(0, 11),
    email: `zhouhy${suffix}@example.cn`,
    password: "Daishan-2026-z",
  };

  it("a reviewer approves a registration: the user's header shows 1 unread, and the message links to /account", async () => {
    const { page, context } = await newPage();
    await page.goto("/register");
    await page.getByLabel(/^真实姓名/).fill(person.name);
    await page.getByLabel(/^身份证号码/).fill(person.id);
    await page.getByLabel(/^手机号码/).fill(person.phone);
    await page.getByLabel(/^电子邮箱/).fill(person.email);
    await page.getByLabel(/^工作单位/).fill("岱山县高亭镇人民政府");
    await page.getByLabel(/^职务/).fill("党政办科员");
    await page.getByLabel(/^政治面貌/).selectOption({ label: "中共党员" });
    await page.getByLabel(/^密码/).fill(person.password);
    await page.getByLabel(/^确认密码/).fill(person.password);
    await page.getByRole("checkbox", { name: /个人信息保护说明/ }).check();
    await page.getByRole("button", { name: "提交注册" }).click();
    await page.waitForURL(/\/login\?registered=1/);

    // The registration's own message (申请已收到): read it all, so the approval is the one unread.
    await login(page, person.phone, person.password);
    await page.goto("/account/messages");
    await page.getByRole("heading", { level: 1, name: "消息" }).waitFor();
    if (await page.getByRole("button", { name: "全部标为已读" }).count()) {
      await page.getByRole("button", { name: "全部标为已读" }).click();
      await page.getByRole("button", { name: "全部标为已读" }).waitFor({ state: "detached" });
    }
    await messagesLink(page, 0).waitFor();
    await logout(page);

    await login(page, DEMO.reviewer);
    await page.goto(`/admin/registrations?status=PENDING&q=${encodeURIComponent(person.name)}`);
    await page.getByTestId("queue-line").filter({ hasText: person.name }).getByRole("link", { name: person.name }).click();
    await page.getByRole("button", { name: "通过", exact: true }).click();
    await page.getByRole("heading", { name: new RegExp(`${person.name}\\s*已通过`) }).waitFor();
    await logout(page);

    // On the home page (cached for everyone) the header learns the count in the browser.
    await login(page, person.phone, person.password);
    await page.goto("/");
    const badge = messagesLink(page, 1);
    await badge.waitFor();
    expect(await badge.innerText()).toMatch(/^消息\s*1$/);
    await shot(page, "header-unread");
    await badge.click();
    await page.waitForURL((u) => u.pathname === "/account/messages");
    const approved = page.getByTestId("inbox-message").filter({ hasText: "实名注册已通过审核" });
    await approved.waitFor();
    expect(await approved.getAttribute("data-read")).toBe("0");
    await approved.getByRole("button", { name: /^查看详情/ }).click();
    await page.waitForURL((u) => u.pathname === "/account");
    await page.getByRole("heading", { name: /审核状态：\s*已通过/ }).waitFor();
    await messagesLink(page, 0).waitFor();
    await page.getByTestId("latest-messages").getByText("实名注册已通过审核").waitFor();
    await context.close();
  });

  it("the approval's mail carries a link that unsubscribes without signing in (GET shows, POST does it)", async () => {
    // The server's mail worker renders the mail into the outbox on its next run (every 5 s).
    let mail: { text: string } | undefined;
    for (let i = 0; i < 60 && !mail; i++) {
      mail = row<{ text: string }>(`SELECT text FROM MailMessage WHERE toAddress = ? AND kind = 'account.approved'`, person.email);
      if (!mail) await new Promise((r) => setTimeout(r, 250));
    }
    expect(mail?.text).toContain("实名注册已通过审核");
    const path = /\/unsubscribe\/[A-Za-z0-9_~-]+/.exec(mail!.text)![0];
    const { page, context } = await newPage({ phone: true });
    await page.goto(path);
    await page.getByText("确认后，您将不再收到“账户审核”类邮件通知。", { exact: false }).waitFor();
    // Opening the link changed nothing.
    expect(row(`SELECT 1 FROM NotificationPreference p JOIN User u ON u.id = p.userId WHERE u.phone = ?`, person.phone)).toBeUndefined();
    await page.getByRole("banner").getByRole("link", { name: "登录" }).waitFor();
    await shot(page, "unsubscribe-confirm-phone");
    await page.getByRole("button", { name: "确认退订" }).click();
    await page.getByText("已退订“账户审核”类邮件通知。").waitFor();
    await page.getByRole("link", { name: "前往消息设置" }).waitFor();
    await shot(page, "unsubscribe-done-phone");
    // A link altered by one character is refused.
    await page.goto(path.slice(0, -1) + (path.endsWith("A") ? "B" : "A"));
    await page.getByText("退订链接无效").waitFor();
    await context.close();
  });

  it("a reviewer marks a nomination 未采纳 with a reason, and the nominator sees it in the inbox", async () => {
    const n = row<{ id: string; receiptNo: string; phone: string }>(
      `SELECT n.id, n.receiptNo, u.phone FROM Nomination n JOIN User u ON u.id = n.nominatorId
       WHERE n.status = 'SUBMITTED' AND u.status = 'APPROVED' AND u.role = 'NOMINATOR' AND u.phone NOT LIKE '139000000%'
       ORDER BY n.submittedAt DESC LIMIT 1`,
    );
    expect(n).toBeDefined();
    const reason = "所述工作经历与组织掌握的情况不符，本次不予采纳。";
    const { page, context } = await newPage();
    await login(page, DEMO.reviewer);
    await page.goto(`/admin/nominations/detail/${n!.id}`);
    await page.getByLabel(/不采纳原因/).fill(reason);
    await page.getByRole("button", { name: "不予采纳", exact: true }).click();
    await page.getByText(/的推荐已标记为未采纳，推荐人会收到原因/).waitFor();
    await logout(page);

    await login(page, n!.phone);
    await page.goto("/");
    await messagesLink(page, 1).waitFor();
    await page.goto("/account/messages?filter=unread");
    const msg = page.getByTestId("inbox-message").filter({ hasText: "推荐未被采纳" });
    await msg.waitFor();
    await msg.getByText(n!.receiptNo, { exact: false }).waitFor();
    await msg.getByText(reason, { exact: false }).waitFor();
    await msg.getByText(/\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/).waitFor();
    await page.getByText("时间均为北京时间。", { exact: false }).waitFor();
    await messagesLink(page, 1).waitFor();
    await shot(page, "inbox-desktop");
    await page.goto("/account/notifications");
    await page.getByTestId("no-email").getByText("消息仅在本平台“消息”中提供").waitFor();
    expect(await page.getByRole("button", { name: "保存设置" }).count()).toBe(0);
    await messagesLink(page, 1).waitFor();
    await shot(page, "notification-settings-no-email-desktop");
    await context.close();

    const phone = await newPage({ phone: true });
    await login(phone.page, n!.phone);
    await phone.page.goto("/account/messages");
    await phone.page.getByTestId("inbox-message").filter({ hasText: "推荐未被采纳" }).waitFor();
    await messagesLink(phone.page, 1).waitFor();
    await shot(phone.page, "inbox-phone");
    await phone.page.getByRole("link", { name: "已读", exact: true }).click();
    await phone.page.waitForURL(/filter=read/);
    await phone.context.close();
  });

  it("staff choose which mail they get and the hour of their daily digest", async () => {
    const { page, context } = await newPage();
    await login(page, DEMO.reviewer);
    await page.goto("/account/notifications");
    await page.getByText("邮件发送至：limin@example.gov.cn").waitFor();
    await page.getByRole("checkbox", { name: "每日待办汇总" }).uncheck();
    await page.getByLabel(/每天在所选整点/).selectOption({ label: "17 时" });
    await page.getByRole("button", { name: "保存设置" }).click();
    await page.getByText("消息设置已保存。").waitFor();
    await page.reload();
    expect(await page.getByRole("checkbox", { name: "每日待办汇总" }).isChecked()).toBe(false);
    expect(await page.getByLabel(/每天在所选整点/).inputValue()).toBe("17");
    await messagesLink(page, 0).waitFor();
    await shot(page, "notification-settings-desktop");
    await context.close();
    const phone = await newPage({ phone: true });
    await login(phone.page, DEMO.reviewer);
    await phone.page.goto("/account/notifications");
    await phone.page.getByRole("heading", { level: 1, name: "消息设置" }).waitFor();
    await messagesLink(phone.page, 0).waitFor();
    await shot(phone.page, "notification-settings-phone");
    await phone.context.close();
  });
});
