// Browser helpers for the end-to-end specs: Debian's Chromium driven by playwright-core.
import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

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

export async function login(page: Page, identifier: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel(/^手机号码或身份证号码/).fill(identifier);
  await page.getByLabel(/^密码/).fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/login"));
}

export async function logout(page: Page) {
  await page.getByRole("button", { name: "退出登录" }).click();
  await page.waitForURL((u) => u.pathname === "/");
}

export async function shot(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}
