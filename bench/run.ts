// `npm run bench`: builds the site if its sources changed, seeds a large data set into a
// temporary SQLite database of its own, starts the production server on a free loopback port
// (demo mode, that database), runs the suites below in one go and prints their figures.
//
// To add a suite (e.g. nominations): write bench/<name>.ts exporting an async function that
// takes a BenchContext ({ baseUrl, dbUrl, log, load }) and register it in SUITES.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { applyMigrations } from "../scripts/db/migrate";
import { scriptClient } from "../scripts/seed/run";
import { seedAccounts } from "../scripts/seed/accounts";
import { seedBenchBoards, BENCH_SIZES } from "./seed-boards";
import { benchBoards } from "./boards";
import { benchNominations } from "./nominations";
import { benchMail } from "./mail";
import { benchConsole } from "./console";
import { benchFirstVisitJs } from "./first-visit-js";
import { loadHelper, PIN, type BenchContext, type BenchSuite } from "./context";
import { startBenchServer, stopBenchServer, type BenchServer } from "./server";

const log = (s: string) => console.log(s);

/** Suites that run after the boards, against the same server and database. */
const SUITES: { name: string; run: BenchSuite }[] = [
  { name: "nominations", run: benchNominations },
  { name: "mail", run: benchMail },
  { name: "console", run: (ctx) => benchConsole({ ...ctx, serverPid: serverPid! }) },
  { name: "first-visit-js", run: benchFirstVisitJs },
];
let serverPid: number | undefined;

async function main() {
  // A build dir of its own, so the bench never rebuilds under another running server.
  process.env.NEXT_DIST_DIR ||= ".next-bench";
  const { prepareBuild } = await import("../scripts/prepare");
  log(`build (${process.env.NEXT_DIST_DIR}, only if sources changed)…`);
  await prepareBuild();

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "openselect-bench-"));
  const dbUrl = `file:${path.join(dir, "bench.db")}`;
  let server: BenchServer | undefined;
  try {
    const t0 = Date.now();
    await applyMigrations(dbUrl);
    const Database = (await import("better-sqlite3")).default;
    const conn = new Database(dbUrl.slice("file:".length));
    conn.pragma("journal_mode = WAL");
    conn.close();
    const prisma = scriptClient(dbUrl);
    let vacancyId: string;
    try {
      await seedAccounts(prisma);
      const seeded = await seedBenchBoards(prisma);
      vacancyId = seeded.vacancyIds[0];
    } finally {
      await prisma.$disconnect();
    }
    log(
      `seeded ${BENCH_SIZES.vacancies} vacancies, ${BENCH_SIZES.notices} notices, ${BENCH_SIZES.policies} policies, ${BENCH_SIZES.appointments} appointments in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
    );

    const server0 = await startBenchServer({ dbUrl, workDir: dir });
    server = server0;
    serverPid = server0.child.pid;
    const baseUrl = server0.baseUrl;
    log(
      `server ready at ${baseUrl} (${os.cpus().length} CPUs, Node ${process.version}${PIN ? "; server on CPU 0, load generator on CPU 1" : ""})`,
    );

    const ctx: BenchContext = { baseUrl, dbUrl, log, load: loadHelper(baseUrl, log), serverPid };
    // BENCH_SUITES=boards,nominations (default: all) runs only those.
    const only = process.env.BENCH_SUITES?.split(",").map((x) => x.trim());
    if (!only || only.includes("boards")) await benchBoards({ ...ctx, vacancyId });
    for (const s of SUITES.filter((x) => !only || only.includes(x.name))) {
      log("");
      log(`— ${s.name} —`);
      await s.run(ctx);
    }
  } finally {
    await stopBenchServer(server);
    // BENCH_KEEP=1 keeps the seeded database (e.g. to profile a page against it by hand).
    if (process.env.BENCH_KEEP) log(`kept ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(`bench failed: ${e instanceof Error ? e.stack : e}`);
    process.exit(1);
  },
);
