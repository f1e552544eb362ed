// The console's cost per page view, prefetch included (issue 14): a reviewer opens the console's
// pages in Chromium; for each view this counts the prefetch requests the page made and the CPU
// time the server process spent from the click until the page and its prefetches were done.
import fs from "node:fs";
import type { BenchContext } from "./context";

const PAGES = [
  "/admin",
  "/admin/registrations",
  "/admin/nominations",
  "/admin/vacancies",
  "/admin/notices",
  "/admin/appointments",
  "/admin/cases",
  "/admin/audit",
];
const ROUNDS = 3;

/** CPU seconds (user + system) of a process and its descendants, from /proc. */
function cpuSeconds(pid: number): number {
  const tick = 100; // USER_HZ on Linux
  let total = 0;
  const visit = (p: number) => {
    try {
      const stat = fs.readFileSync(`/proc/${p}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      total += (Number(fields[11]) + Number(fields[12])) / tick;
      const children = fs.readFileSync(`/proc/${p}/task/${p}/children`, "utf8").trim();
      for (const c of children ? children.split(" ") : []) visit(Number(c));
    } catch {
      // the process ended
    }
  };
  visit(pid);
  return total;
}

export async function benchConsole(ctx: BenchContext & { serverPid: number }) {
  // The browser helpers of the e2e specs sign in with the second factor from this database.
  process.env.E2E_BASE_URL = ctx.baseUrl;
  process.env.E2E_DB_FILE = ctx.dbUrl.slice("file:".length);
  const { newPage, login, closeBrowser, DEMO } = await import("../tests/e2e/support");
  try {
    const { page, context } = await newPage();
    await login(page, DEMO.reviewer);
    let prefetches = 0;
    page.on("request", (r) => {
      if (r.headers()["next-router-prefetch"]) prefetches++;
    });
    // One warm-up round: the first render of each page compiles nothing in production, but fills
    // the server's caches (catalogs, sessions) as a working day would have.
    for (const p of PAGES) await page.goto(p, { waitUntil: "networkidle" });
    const perPage = new Map<string, { cpu: number; prefetches: number }>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const p of PAGES) {
        prefetches = 0;
        const before = cpuSeconds(ctx.serverPid);
        await page.goto(p, { waitUntil: "networkidle" });
        await page.waitForTimeout(300);
        const used = cpuSeconds(ctx.serverPid) - before;
        const acc = perPage.get(p) ?? { cpu: 0, prefetches: 0 };
        perPage.set(p, { cpu: acc.cpu + used, prefetches: acc.prefetches + prefetches });
      }
    }
    let cpu = 0;
    let count = 0;
    for (const [p, v] of perPage) {
      ctx.log(
        `${p.padEnd(24)} ${((v.cpu / ROUNDS) * 1000).toFixed(0).padStart(5)} ms server CPU, ${(v.prefetches / ROUNDS).toFixed(1)} prefetch requests per view`,
      );
      cpu += v.cpu;
      count += v.prefetches;
    }
    const views = PAGES.length * ROUNDS;
    ctx.log(
      `console page view (mean of ${views}): ${((cpu / views) * 1000).toFixed(0)} ms server CPU, ${(count / views).toFixed(1)} prefetch requests`,
    );
    await context.close();
  } finally {
    await closeBrowser();
  }
}
