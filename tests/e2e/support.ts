// Browser helpers for the end-to-end specs: Debian's Chromium driven by playwright-core.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { loadSecrets } from "@/lib/env/load-secrets";
import { decryptField } from "@/lib/security/crypto";
import { TOTP_PERIOD_SECONDS, totpCode } from "@/lib/security/totp";

export const BASE_URL = process.env.E2E_BASE_URL ?? "http://127.0.0.1:3000";
export const DEMO_PASSWORD = "Demo@2026";
export const DEMO = { admin: "13900000001", reviewer: "13900000002", nominator: "13900000003", pending: "13900000004" } as const;
const SHOTS = path.join(process.cwd(), "tests", "e2e", "screenshots");

let browser: Browser | undefined;

/** Client-side translation and script errors seen by any page; checked after each test. */
export const intlErrors: string[] = [];
export const pageErrors: string[] = [];

export async function getBrowser(): Promise<Browser> {
  browser ??= await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  return browser;
}

export async function closeBrowser() {
  await browser?.close();
  browser = undefined;
}

/** A fresh context (no cookies): desktop by default, or an iPhone-sized phone. */
export async function newPage(
  opts: { phone?: boolean; locale?: string; baseURL?: string } = {},
): Promise<{ page: Page; context: BrowserContext }> {
  const b = await getBrowser();
  const context = await b.newContext({
    baseURL: opts.baseURL ?? BASE_URL,
    locale: opts.locale ?? "zh-CN",
    viewport: opts.phone ? { width: 390, height: 844 } : { width: 1280, height: 900 },
    deviceScaleFactor: 1,
    isMobile: !!opts.phone,
    hasTouch: !!opts.phone,
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  // A message missing from the catalog the browser received is a bug the text checks may miss.
  page.on("console", (msg) => {
    if (msg.type() === "error" && /MISSING_MESSAGE|IntlError|INVALID_KEY/.test(msg.text())) intlErrors.push(`${page.url()}: ${msg.text()}`);
    // So is anything the Content-Security-Policy header blocks (next.config.mjs).
    if (/Content Security Policy/i.test(msg.text())) pageErrors.push(`${page.url()}: ${msg.text()}`);
  });
  page.on("pageerror", (err) => pageErrors.push(`${page.url()}: ${err.message}`));
  return { page, context };
}

/**
 * Signs in. Staff (reviewers, administrators) then pass their second factor as a person with the
 * authenticator app would: the first time by setting it up (the key read from the page, the
 * recovery codes acknowledged), every time after with a code from the secret in the e2e
 * server's database (lib/security/totp.ts totpCode; see totpCodeFor).
 */
export async function login(page: Page, identifier: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel(/^手机号码或身份证号码/).fill(identifier);
  await page.getByLabel(/^密码/).fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL((u) => u.pathname !== "/login");
  if (new URL(page.url()).pathname === "/login/two-factor") await passSecondFactor(page, identifier);
  await page.waitForURL((u) => !u.pathname.startsWith("/login"));
}

/** The second-factor page (/login/two-factor), setting up or verifying, as the person does it. */
export async function passSecondFactor(page: Page, identifier: string) {
  // Both forms have a field whose label starts with 验证码: wait for the page's content first.
  await page.getByLabel(/^验证码/).waitFor();
  const shownKey = page.getByTestId("totp-secret");
  if (await shownKey.count()) {
    // Setting up: the key typed into the app by hand (the QR code holds the same).
    const secret = (await shownKey.innerText()).replace(/\s/g, "");
    await page.getByLabel(/^验证码/).fill(await totpCodeFor(identifier, secret));
    await page.getByRole("button", { name: "完成设置" }).click();
    await page.getByTestId("recovery-codes").waitFor();
    await page.getByRole("link", { name: /继续$/ }).click();
  } else {
    await page.getByLabel(/^验证码或恢复码/).fill(await totpCodeFor(identifier));
    await page.getByRole("button", { name: "验证", exact: true }).click();
  }
}

/** One row of the e2e server's own database. */
function e2eRow<T>(sql: string, ...params: unknown[]): T | undefined {
  const db = new Database(process.env.E2E_DB_FILE!, { readonly: true });
  try {
    return db.prepare(sql).get(...params) as T | undefined;
  } finally {
    db.close();
  }
}

const STEP_MS = TOTP_PERIOD_SECONDS * 1000;

/**
 * A code the server will accept now for the account with this phone, as its authenticator app
 * would show it. The secret is `secret` (read from the setup page) or the account's own, decrypted
 * with the e2e server's keys (the demo secrets file, as the server loads them). The server accepts
 * a code once, and never an older one after a newer (replay protection: used steps are kept as
 * UsedChallenge rows "totp:<user>:<step>"), within one step either side of now: so this picks the
 * current step, or the next one when the current was used (a second sign-in within the same 30 s),
 * and waits for the next step only when both were used.
 */
export async function totpCodeFor(phone: string, secret?: string): Promise<string> {
  const user = e2eRow<{ id: string; totpSecret: string | null }>("SELECT id, totpSecret FROM User WHERE phone = ?", phone);
  if (!user) throw new Error(`no account ${phone} in the e2e database`);
  const key =
    secret ?? (user.totpSecret && decryptField(user.totpSecret, loadSecrets({ ...process.env, OPENSELECT_DEMO: "1" }).encryptionKey));
  if (!key) throw new Error(`${phone} has no authenticator set up`);
  for (;;) {
    const last =
      e2eRow<{ step: number | null }>(
        "SELECT MAX(CAST(substr(signature, length(?) + 1) AS INTEGER)) AS step FROM UsedChallenge WHERE signature LIKE ? || '%'",
        `totp:${user.id}:`,
        `totp:${user.id}:`,
      )?.step ?? null;
    const current = Math.floor(Date.now() / STEP_MS);
    const step = last === null ? current : Math.max(current, last + 1);
    if (step <= current + 1) return totpCode(key, new Date(step * STEP_MS + STEP_MS / 2));
    await new Promise((r) => setTimeout(r, (current + 1) * STEP_MS - Date.now() + 200));
  }
}

export async function logout(page: Page) {
  await page.getByRole("button", { name: "退出登录" }).click();
  await page.waitForURL((u) => u.pathname === "/");
}

export async function shot(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}
