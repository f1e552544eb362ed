// The signed-in pages over HTTP (issue 14): the reviewer's review page of the busiest vacancy
// and the nominator's 我的推荐, with real sessions, at 1 and 8 connections. Part of the
// nominations suite (bench/nominations.ts seeds the nominations first).
//
// Sessions: both people sign in in Chromium as they would (tests/e2e/support.ts login), the
// reviewer with the second factor staff need (TOTP, set up on the first sign-in); the bench
// then sends the browser's session cookie. A plain HTTP sign-in cannot get past the second
// factor, so a staff page answered 307 to /login/two-factor.
//
// Before/after pairs: with BENCH_BEFORE_DIR=<worktree of an older commit, built into its own
// .next-bench> a second server runs that build against the same database, and each page is
// measured on the two servers alternately, BENCH_ROUNDS times (default 3), so the machine's
// load at the moment weighs on both sides of each pair alike.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { fire, type BenchContext } from "./context";
import { startBenchServer, stopBenchServer, type BenchServer } from "./server";

type Result = Awaited<ReturnType<typeof fire>>;

interface Target {
  name: string;
  path: string;
  cookie: string;
  /** A piece of the page's HTML proving it is the page with its data, not a sign-in or 403 page. */
  marker: string;
}

/** The Cookie header of a real session of `identifier`, signed in through the browser. */
export async function browserSessions(baseUrl: string, dbFile: string, identifiers: string[]): Promise<string[]> {
  process.env.E2E_BASE_URL = baseUrl;
  process.env.E2E_DB_FILE = dbFile;
  const { newPage, login, closeBrowser } = await import("../tests/e2e/support");
  try {
    const out: string[] = [];
    for (const id of identifiers) {
      const { page, context } = await newPage({ baseURL: baseUrl });
      // Signing in hashes the password (argon2) and renders pages for the first time: on a busy
      // machine that takes longer than the e2e specs' 15 s.
      context.setDefaultTimeout(120_000);
      await login(page, id);
      const jar = await context.cookies(baseUrl);
      if (!jar.some((c) => c.name.includes("session-token"))) throw new Error(`sign-in of ${id} left no session cookie`);
      out.push(jar.map((c) => `${c.name}=${c.value}`).join("; "));
      await context.close();
    }
    return out;
  } finally {
    await closeBrowser();
  }
}

/** One GET on a fresh connection (no keep-alive): status and body. */
function getOnce(url: string, cookie: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers: { cookie }, agent: false }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
  });
}

/**
 * CPU seconds (user + system) of a process and its descendants, from /proc: the server's own
 * work per request, which other processes on a busy machine disturb far less than req/s.
 */
function cpuSeconds(pid: number | undefined): number {
  if (!pid) return NaN;
  let total = 0;
  const visit = (p: number) => {
    try {
      const stat = fs.readFileSync(`/proc/${p}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      total += (Number(fields[11]) + Number(fields[12])) / 100; // USER_HZ
      const children = fs.readFileSync(`/proc/${p}/task/${p}/children`, "utf8").trim();
      for (const c of children ? children.split(" ") : []) visit(Number(c));
    } catch {
      // the process ended
    }
  };
  visit(pid);
  return total;
}

/** Load with the server's CPU time per request measured alongside. */
async function measure(
  s: { baseUrl: string; pid?: number },
  path: string,
  connections: number,
  seconds: number,
  headers: Record<string, string>,
) {
  const before = cpuSeconds(s.pid);
  const r = await fire(s.baseUrl + path, connections, seconds, headers);
  const cpuMs = ((cpuSeconds(s.pid) - before) * 1000) / Math.max(1, r.requests.total);
  return { r, cpuMs };
}

const fmt = (r: Result) =>
  `${r.requests.average.toFixed(1).padStart(6)} req/s  p50 ${String(r.latency.p50).padStart(4)} ms  p99 ${String(r.latency.p99).padStart(5)} ms${r.non2xx || r.errors ? `  (${r.non2xx} non-2xx, ${r.errors} errors)` : ""}`;

export async function benchSignedInPages(ctx: BenchContext, busiestVacancyId: string): Promise<void> {
  const { log } = ctx;
  const dbFile = ctx.dbUrl.slice("file:".length);
  const [reviewerCookie, nominatorCookie] = await browserSessions(ctx.baseUrl, dbFile, ["13900000002", "13900000003"]);
  const targets: Target[] = [
    {
      name: "review page (busiest)",
      path: `/admin/nominations/${busiestVacancyId}`,
      cookie: reviewerCookie,
      marker: 'data-testid="tally"',
    },
    { name: "我的推荐", path: "/account/nominations", cookie: nominatorCookie, marker: 'data-testid="my-nomination"' },
  ];

  let before: BenchServer | undefined;
  try {
    const servers: { name: string; baseUrl: string; pid?: number }[] = [];
    if (process.env.BENCH_BEFORE_DIR) {
      const cwd = path.resolve(process.env.BENCH_BEFORE_DIR);
      before = await startBenchServer({ dbUrl: ctx.dbUrl, workDir: path.dirname(dbFile), cwd, name: "before" });
      servers.push({ name: "before", baseUrl: before.baseUrl, pid: before.child.pid });
      log(`before: ${cwd} (its .next-bench build) at ${before.baseUrl}; after: this checkout at ${ctx.baseUrl}`);
    }
    servers.push({ name: before ? "after" : "server", baseUrl: ctx.baseUrl, pid: ctx.serverPid });

    for (const t of targets) {
      for (const s of servers) {
        const res = await getOnce(s.baseUrl + t.path, t.cookie);
        if (res.status !== 200 || !res.body.includes(t.marker)) {
          throw new Error(`${s.name} ${t.path}: HTTP ${res.status}${res.status === 200 ? " without the page's data" : ""} with a session`);
        }
        log(`${t.name.padEnd(24)} ${s.name.padEnd(6)} page ${(Buffer.byteLength(res.body) / 1024).toFixed(0)} kB of HTML`);
      }
    }

    const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS) || (before ? 3 : 1));
    for (const t of targets) {
      const headers = { cookie: t.cookie };
      // Warm-up, then one connection: the server's own time per page.
      for (const s of servers) {
        await fire(s.baseUrl + t.path, 8, 2, headers);
        const { r: one, cpuMs } = await measure(s, t.path, 1, 5, headers);
        log(`${t.name.padEnd(24)} ${s.name.padEnd(6)} 1 conn: ${fmt(one)}  server CPU ${cpuMs.toFixed(1)} ms/request`);
      }
      // Eight connections, the servers alternately.
      const rates: Record<string, number[]> = {};
      const cpu: Record<string, number[]> = {};
      for (let round = 1; round <= rounds; round++) {
        for (const s of servers) {
          const { r: out, cpuMs } = await measure(s, t.path, 8, 8, headers);
          (rates[s.name] ??= []).push(out.requests.average);
          (cpu[s.name] ??= []).push(cpuMs);
          log(
            `${t.name.padEnd(24)} ${s.name.padEnd(6)} 8 conn: ${fmt(out)}  server CPU ${cpuMs.toFixed(1)} ms/request${rounds > 1 ? `  (round ${round})` : ""}`,
          );
        }
        if (before) {
          const [b, a] = [rates.before.at(-1)!, rates.after.at(-1)!];
          log(`${t.name.padEnd(24)} round ${round}: after/before ${(a / b).toFixed(2)}× req/s`);
        }
      }
      if (before) {
        const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
        const ratios = rates.after.map((a, i) => a / rates.before[i]);
        const cpuRatios = cpu.before.map((b, i) => b / cpu.after[i]);
        log(
          `${t.name.padEnd(24)} 8 conn, ${rounds} pairs: before ${median(rates.before).toFixed(1)} req/s, after ${median(rates.after).toFixed(1)} req/s (medians); after/before per pair ${ratios.map((r) => r.toFixed(2)).join(", ")}×  (target ≥ 2×)`,
        );
        log(
          `${t.name.padEnd(24)} server CPU per request: before ${median(cpu.before).toFixed(1)} ms, after ${median(cpu.after).toFixed(1)} ms (medians); before/after per pair ${cpuRatios.map((r) => r.toFixed(2)).join(", ")}×`,
        );
      }
    }
  } finally {
    await stopBenchServer(before);
  }
}

// On its own against a database kept by `BENCH_KEEP=1 npm run bench` (after its nominations
// suite): `BENCH_DB=/tmp/openselect-bench-…/bench.db npx tsx --conditions=react-server
// bench/signed-in-pages.ts` builds this checkout if its sources changed, starts the server(s)
// and measures the two pages only.
if (require.main === module) {
  (async () => {
    const file = process.env.BENCH_DB;
    if (!file) throw new Error("set BENCH_DB to a database kept by BENCH_KEEP=1 npm run bench");
    process.env.NEXT_DIST_DIR ||= ".next-bench";
    const { prepareBuild } = await import("../scripts/prepare");
    await prepareBuild();
    const Database = (await import("better-sqlite3")).default;
    const conn = new Database(file, { readonly: true });
    const busiest = conn
      .prepare(
        `SELECT "vacancyId" AS id FROM "Nomination" WHERE "vacancyId" IS NOT NULL GROUP BY "vacancyId" ORDER BY COUNT(*) DESC LIMIT 1`,
      )
      .get() as { id: string };
    conn.close();
    const dbUrl = `file:${file}`;
    const server = await startBenchServer({ dbUrl, workDir: path.dirname(file) });
    const log = (s: string) => console.log(s);
    try {
      const { loadHelper } = await import("./context");
      await benchSignedInPages(
        { baseUrl: server.baseUrl, dbUrl, log, load: loadHelper(server.baseUrl, log), serverPid: server.child.pid },
        busiest.id,
      );
    } finally {
      await stopBenchServer(server);
    }
  })().then(
    () => process.exit(0),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
