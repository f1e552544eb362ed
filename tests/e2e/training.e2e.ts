// 干部教育培训 in Chromium (issue 13): a nominator signs up for a class on its public page (on a
// phone), a reviewer admits them in the console, and during the session the nominator checks
// in with the six-digit code the venue screen shows; the hours then show in 我的培训档案.
// The class (published, one session under way now) is put into the e2e database directly: the
// console's class form has its own tests, and a session "now" cannot be waited for.
import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import { closeBrowser, DEMO, login, logout, newPage, shot } from "./support";

jest.setTimeout(240_000);
afterAll(closeBrowser);

const iso = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");
const suffix = randomBytes(4).toString("hex");
const CLASS_ID = `e2etraining${suffix}`;
const SESSION_ID = `e2esession${suffix}`;
const TITLE = `端到端测试专题讲座${suffix.slice(0, 4)}`;

function seedClass() {
  const db = new Database(process.env.E2E_DB_FILE!);
  try {
    db.pragma("busy_timeout = 5000");
    const now = Date.now();
    db.prepare(
      `INSERT INTO TrainingClass (id, title, organizer, kind, place, description, capacity, seatsTaken, eligibleLevels, eligibleUnits,
         signupOpensAt, signupClosesAt, status, publishedAt, createdAt, updatedAt)
       VALUES (?, ?, '中共舟山市委组织部干部教育科', 'LECTURE', '舟山市行政中心第二会议室', '端到端测试用的专题讲座。', 10, 0, '[]', '[]',
         ?, ?, 'PUBLISHED', ?, ?, ?)`,
    ).run(CLASS_ID, TITLE, iso(now - 3_600_000), iso(now + 86_400_000), iso(now - 3_600_000), iso(now), iso(now));
    // Under way: started 5 minutes ago, two hours long, 2 学时.
    db.prepare(
      `INSERT INTO TrainingSession (id, classId, position, title, startsAt, endsAt, hoursTenths, checkinSecret)
       VALUES (?, ?, 0, '新时代党的组织路线专题辅导', ?, ?, 20, ?)`,
    ).run(SESSION_ID, CLASS_ID, iso(now - 5 * 60_000), iso(now + 2 * 3_600_000), randomBytes(32).toString("base64url"));
    return (db.prepare("SELECT realName FROM User WHERE phone = ?").get(DEMO.nominator) as { realName: string }).realName;
  } finally {
    db.close();
  }
}

describe("干部教育培训: sign-up, admission, check-in, hours", () => {
  it("a nominator signs up, a reviewer admits them, the nominator checks in with the code and sees the hours", async () => {
    const name = seedClass();

    // 1. Sign-up on the class's public page, on a phone.
    const phone = await newPage({ phone: true });
    await login(phone.page, DEMO.nominator);
    await phone.page.goto(`/training/${CLASS_ID}`);
    await phone.page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    await phone.page.getByRole("button", { name: "我要报名" }).click();
    await phone.page.getByTestId("signup-status").getByText("您已报名，等待组织部门审核。").waitFor();
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(phone.page, "training-signed-up-390");

    // 2. The reviewer admits them, then opens the session's venue screen for its code.
    const desk = await newPage();
    await login(desk.page, DEMO.reviewer);
    await desk.page.goto(`/admin/training/${CLASS_ID}`);
    await desk.page.getByRole("button", { name: `录取${name}`, exact: true }).click();
    await desk.page.getByText("已录取。", { exact: true }).first().waitFor();
    await shot(desk.page, "training-admitted-1280");
    await desk.page.goto(`/admin/training/${CLASS_ID}/sessions/${SESSION_ID}/code`);
    const code = (await desk.page.getByTestId("checkin-code").innerText()).replace(/\s/g, "");
    expect(code).toMatch(/^\d{6}$/);
    await desk.page.getByRole("img", { name: "签到二维码" }).waitFor();
    await shot(desk.page, "training-code-1280");

    // 3. The nominator sees the admission, checks in with the code, and finds the hours.
    await phone.page.reload();
    await phone.page
      .getByTestId("signup-status")
      .getByText(/您已被录取/)
      .waitFor();
    await phone.page.goto("/training/check-in");
    await phone.page.getByLabel(/^签到码/).fill(code);
    await phone.page.getByRole("button", { name: "签到", exact: true }).click();
    await phone.page.getByText(`签到成功：“${TITLE}”的“新时代党的组织路线专题辅导”，本次课程 2 学时已计入您的培训档案。`).waitFor();
    await shot(phone.page, "training-checked-in-390");
    await phone.page.getByRole("link", { name: "查看我的培训档案" }).click();
    await phone.page.waitForURL((u) => u.pathname === "/account/training");
    // This class's card (the demo account has hours from an earlier class too).
    const mine = phone.page.getByRole("listitem").filter({ has: phone.page.getByRole("heading", { level: 3, name: TITLE }) });
    await mine.getByText("获得 2 学时").waitFor();
    await mine.getByText("已出勤").first().waitFor();
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(phone.page, "training-record-390");

    // The attendance list in the console counts the check-in.
    await desk.page.goto(`/admin/training/${CLASS_ID}/sessions/${SESSION_ID}`);
    await desk.page.getByText("已出勤 1 人，共 1 人").first().waitFor();
    await logout(desk.page);
    await desk.context.close();
    await phone.context.close();
  });
});
