// Where a signed-in page's server time goes: runs one build (this checkout's, or another
// worktree's with BENCH_BEFORE_DIR) under Node's CPU profiler against a database kept by
// `BENCH_KEEP=1 npm run bench`, loads one page with one connection, and leaves the .cpuprofile
// in PROFILE_DIR (open it in Chrome's devtools, or sum it with any cpuprofile reader).
//   BENCH_DB=/tmp/openselect-bench-…/bench.db PROFILE_PAGE=review|mine PROFILE_DIR=/tmp/prof \
//     npx tsx --conditions=react-server bench/profile-signed-in.ts
import path from "node:path";
import { fire } from "./context";
import { startBenchServer, stopBenchServer } from "./server";
import { browserSessions } from "./signed-in-pages";

(async () => {
  const file = process.env.BENCH_DB;
  if (!file) throw new Error("set BENCH_DB to a database kept by BENCH_KEEP=1 npm run bench");
  process.env.NEXT_DIST_DIR ||= ".next-bench";
  const dir = path.resolve(process.env.PROFILE_DIR ?? "profiles");
  const Database = (await import("better-sqlite3")).default;
  const conn = new Database(file, { readonly: true });
  const busiest = conn
    .prepare(`SELECT "vacancyId" AS id FROM "Nomination" WHERE "vacancyId" IS NOT NULL GROUP BY "vacancyId" ORDER BY COUNT(*) DESC LIMIT 1`)
    .get() as { id: string };
  conn.close();
  const dbUrl = `file:${file}`;
  const cwd = process.env.BENCH_BEFORE_DIR ? path.resolve(process.env.BENCH_BEFORE_DIR) : undefined;
  const review = process.env.PROFILE_PAGE !== "mine";
  const server = await startBenchServer({
    dbUrl,
    workDir: path.dirname(file),
    cwd,
    name: "profile",
    nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${dir}`],
  });
  try {
    const [cookie] = await browserSessions(server.baseUrl, file, [review ? "13900000002" : "13900000003"]);
    const url = server.baseUrl + (review ? `/admin/nominations/${busiest.id}` : "/account/nominations");
    await fire(url, 1, 3, { cookie });
    const r = await fire(url, 1, Number(process.env.PROFILE_SECONDS) || 10, { cookie });
    console.log(`${url}: ${r.requests.total} requests, p50 ${r.latency.p50} ms, ${r.non2xx} non-2xx; profile in ${dir}`);
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
