import fs from "node:fs";
import Database from "better-sqlite3";
import type { Page } from "playwright-core";
import { closeBrowser, DEMO, login, newPage, shot } from "./support";

afterAll(closeBrowser);

const REASONS: Record<string, string> = {
  德: "政治立场坚定，对党忠诚，严守纪律规矩，群众口碑好。",
  能: "熟悉港航物流业务，协调能力强，能解决复杂问题。",
  勤: "长期扎根海岛一线，台风防御期间连续驻守，作风扎实。",
  绩: "牵头推进多个重点项目落地，年度考核连续三年优秀。",
  廉: "廉洁自律，严格要求家属和身边工作人员，无不良反映。",
};

/** A published vacancy whose window is open now, from the e2e server's own database. */
function openVacancy(): { id: string; post: string } {
  const db = new Database(process.env.E2E_DB_FILE!, { readonly: true });
  try {
    const now = new Date().toISOString();
    const rows = db.prepare(`SELECT id, post, opensAt, closesAt FROM Vacancy WHERE status = 'PUBLISHED' ORDER BY closesAt`).all() as {
      id: string;
      post: string;
      opensAt: string | number;
      closesAt: string | number;
    }[];
    const iso = (v: string | number) => new Date(v).toISOString();
    const v = rows.find((r) => iso(r.opensAt) <= now && iso(r.closesAt) > now);
    if (!v) throw new Error("the demo data has no vacancy open for nominations");
    return v;
  } finally {
    db.close();
  }
}

async function fillReasons(page: Page) {
  for (const [label, text] of Object.entries(REASONS)) await page.getByLabel(new RegExp(`^${label}`)).fill(text);
}

async function receiptOf(page: Page): Promise<string> {
  await page.getByTestId("submitted").waitFor();
  const text = await page.getByTestId("submitted").innerText();
  const m = /回执编号：([DF]\d{8}-[2-9A-Z]{8})/.exec(text);
  if (!m) throw new Error(`no receipt number in: ${text}`);
  return m[1];
}

describe("nominations in the browser", () => {
  const vacancy = { id: "", post: "" };
  const receipts: string[] = [];

  it("the demo nominator nominates for an open vacancy from its page, with a pre-check warning", async () => {
    Object.assign(vacancy, openVacancy());
    const { page, context } = await newPage();
    await login(page, DEMO.nominator);
    await page.goto(`/vacancies/${vacancy.id}`);
    await page.locator(`a[href="/nominate/targeted/${vacancy.id}"]`).first().click();
    await page.waitForURL(new RegExp(`/nominate/targeted/${vacancy.id}$`));
    await page.getByRole("heading", { level: 1, name: new RegExp(vacancy.post) }).waitFor();

    await page.getByLabel(/^姓名/).fill("周晓东");
    await page.getByLabel(/^性别/).selectOption({ label: "男" });
    await page.getByLabel(/^出生日期/).fill("1984-05-20");
    await page.getByLabel(/^工作单位/).fill("舟山市普陀区六横镇人民政府");
    await page.getByLabel(/^现任职务/).fill("党委委员、副镇长");
    await page.getByLabel(/^现职级/).selectOption({ label: "副科级" });
    await page.getByLabel(/^任现职级年限/).fill("1");
    await page.getByLabel(/^学历/).selectOption({ label: "大学专科" });
    await page.getByLabel(/^您与被推荐人的关系/).selectOption({ label: "同事" });
    await fillReasons(page);
    // The pre-check reads what was typed; a nomination outside the conditions is warned about, not blocked.
    await page
      .getByTestId("precheck")
      .getByText(/可能不符合/)
      .waitFor();
    await shot(page, "nominate-targeted-form");
    // A wrong signature is refused with a field error and nothing is lost.
    await page.getByLabel(/^请输入您的真实姓名以签名/).fill("张三");
    await page.getByRole("button", { name: "提交推荐" }).click();
    await page.getByText("签名须与您的实名完全一致").waitFor();
    await page.getByLabel(/^请输入您的真实姓名以签名/).fill("张伟");
    await page.getByRole("button", { name: "提交推荐" }).click();
    await page.waitForURL(/\/account\/nominations\/\w+\?submitted=1/);
    receipts.push(await receiptOf(page));
    await shot(page, "nominate-targeted-receipt");
    await context.close();
  });

  it("the demo nominator self-nominates non-targeted and sees both in 我的推荐", async () => {
    const { page, context } = await newPage({ phone: true });
    await login(page, DEMO.nominator);
    await page.goto("/nominate/open/new");
    await page.getByRole("link", { name: "自荐" }).click();
    await page.waitForURL(/self=1/);
    // Name, gender and birth date come from the verified account and are not editable.
    await page.getByTestId("self-identity").getByText("张伟").waitFor();
    expect(await page.getByLabel(/^姓名/).count()).toBe(0);
    await page.getByLabel(/^现职级/).selectOption({ label: "正科级" });
    await page.getByLabel(/^任现职级年限/).fill("5");
    await page.getByLabel(/^学历/).selectOption({ label: "大学本科" });
    await page.getByLabel(/^适合的岗位类别或领域/).selectOption({ label: "乡镇（街道）基层" });
    await fillReasons(page);
    await page.getByLabel(/^请输入您的真实姓名以签名/).fill("张伟");
    await shot(page, "nominate-open-self-phone");
    await page.getByRole("button", { name: "提交自荐" }).click();
    await page.waitForURL(/\/account\/nominations\/\w+\?submitted=1/);
    receipts.push(await receiptOf(page));

    await page.goto("/account/nominations");
    for (const r of receipts) await page.locator(`[data-receipt="${r}"]`).waitFor();
    const targeted = page.locator(`[data-receipt="${receipts[0]}"]`);
    await targeted.getByText("周晓东").waitFor();
    await targeted.getByText("已提交").waitFor();
    const self = page.locator(`[data-receipt="${receipts[1]}"]`);
    await self.getByText("自荐", { exact: true }).waitFor();
    await self.getByText(/人才库/).waitFor();
    await shot(page, "my-nominations-phone");
    await context.close();
    const desktop = await newPage();
    await login(desktop.page, DEMO.nominator);
    await desktop.page.goto("/account/nominations");
    await shot(desktop.page, "my-nominations-desktop");
    await desktop.context.close();
  });

  it("the reviewer accepts the nomination, sees the tally and exports it as .xlsx", async () => {
    const { page, context } = await newPage();
    await login(page, DEMO.reviewer);
    await page.goto("/admin/nominations");
    await page.locator(`a[href="/admin/nominations/${vacancy.id}"]`).click();
    await page.getByTestId("tally").waitFor();
    const tallyRow = page.getByTestId("tally-row").filter({ hasText: "周晓东" });
    expect(await tallyRow.getByTestId("tally-count").innerText()).toBe("1");
    const row = page.getByTestId("nomination-row").filter({ hasText: "周晓东" }).filter({ hasText: "张伟" });
    await row.getByRole("checkbox").check();
    await page.getByRole("button", { name: /受理所选/ }).click();
    await page.getByText(/已处理 1 条/).waitFor();
    await page.reload();
    await page.getByTestId("nomination-row").filter({ hasText: "周晓东" }).filter({ hasText: "张伟" }).getByText("已受理").waitFor();
    expect(await page.getByTestId("tally-row").filter({ hasText: "周晓东" }).locator("td").nth(4).innerText()).toBe("1");
    await shot(page, "review-vacancy");

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Excel (.xlsx)" }).first().click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/推荐计票\.xlsx$/);
    const saved = await file.path();
    expect(fs.readFileSync(saved!).subarray(0, 2).toString()).toBe("PK");
    await context.close();

    const phone = await newPage({ phone: true });
    await login(phone.page, DEMO.reviewer);
    await phone.page.goto(`/admin/nominations/${vacancy.id}`);
    await shot(phone.page, "review-vacancy-phone");
    await phone.page.goto("/admin/talent-pool");
    await shot(phone.page, "talent-pool-phone");
    await phone.context.close();
  });

  it("a pending user is turned away from both forms", async () => {
    const { page, context } = await newPage();
    await login(page, DEMO.pending);
    await page.goto(`/nominate/targeted/${vacancy.id}`);
    await page
      .getByTestId("nominate-refused")
      .getByText(/尚未通过审核/)
      .waitFor();
    expect(await page.getByRole("button", { name: "提交推荐" }).count()).toBe(0);
    await page.goto("/nominate/open/new");
    await page.getByTestId("nominate-refused").waitFor();
    await shot(page, "nominate-pending-refused");
    // Nor can they reach the console.
    await page.goto("/admin/nominations");
    await page.getByText("您没有权限进行此操作").waitFor();
    await context.close();
  });

  it("public pages and feeds never show who nominated whom", async () => {
    // Nominator names that are not also public for another reason (a candidate, an appointee,
    // a person in a notice), and every receipt number: none may appear on a public page.
    const db = new Database(process.env.E2E_DB_FILE!, { readonly: true });
    const names = (sql: string) => new Set((db.prepare(sql).all() as { n: string }[]).map((r) => r.n));
    const publicNames = new Set([
      ...names(`SELECT name AS n FROM Candidate`),
      ...names(`SELECT personName AS n FROM Appointment`),
      ...names(`SELECT name AS n FROM NoticeEntry`),
    ]);
    const secrets = [...names(`SELECT DISTINCT u.realName AS n FROM Nomination x JOIN User u ON u.id = x.nominatorId`)].filter(
      (n) => !publicNames.has(n),
    );
    const receiptNos = [...names(`SELECT receiptNo AS n FROM Nomination`)];
    db.close();
    expect(secrets.length).toBeGreaterThan(5);
    const leaks = (text: string) => [...secrets, ...receiptNos].filter((s) => text.includes(s));
    const { page, context } = await newPage();
    const paths = [
      "/",
      "/vacancies",
      `/vacancies/${vacancy.id}`,
      "/nominate",
      "/nominate/targeted",
      "/nominate/open",
      "/notices",
      "/appointments",
      "/search?q=周晓东",
    ];
    for (const p of paths) {
      const res = await page.goto(p);
      expect(res?.status()).toBeLessThan(500);
      expect([p, leaks(await page.content())]).toEqual([p, []]);
    }
    for (const feed of ["/feeds/vacancies/rss.xml", "/feeds/vacancies/atom.xml", "/feeds/notices/rss.xml", "/feeds/appointments/rss.xml"]) {
      const res = await page.request.get(feed);
      if (res.status() === 404) continue;
      expect([feed, leaks(await res.text())]).toEqual([feed, []]);
    }
    await context.close();
  });
});
