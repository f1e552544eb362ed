// Public boards against a static page: requests per second and latency at 32 connections for
// the home page, the vacancy list, a vacancy detail and /privacy (a page with no data), and
// each board's ratio to the static page (target ≥ 0.8: a board costs about a static page).
// The boards are served from Next's cache, a list's filters and pages too; a free-text search
// is rendered per request (see lib/routing/locale-path.ts) and is measured for information,
// without a target.
//
// The machine may be busy with other work, so the four pages are measured in interleaved
// rounds (static, home, list, detail, static, home, …) and each board is compared with the
// static page of its own round; the ratio reported is the median over the rounds.
import type { BenchContext, LoadResult } from "./context";

const ROUNDS = Number(process.env.BENCH_ROUNDS) || 3;
const SECONDS = Number(process.env.BENCH_SECONDS) || 4;

export interface BoardFigure {
  name: string;
  path: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  ratio: number | null;
  /** False for pages measured for information only. */
  target: boolean;
  failures: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchBoards(ctx: BenchContext & { vacancyId: string }): Promise<BoardFigure[]> {
  const { load, log } = ctx;
  const pages = [
    { name: "static /privacy", path: "/privacy" },
    { name: "home /", path: "/" },
    { name: "vacancy list", path: "/vacancies" },
    { name: "vacancy detail", path: `/vacancies/${ctx.vacancyId}` },
    { name: "list, page 2", path: "/vacancies?page=2&status=CLOSED" },
    { name: "list, search", path: `/vacancies?q=${encodeURIComponent("局")}`, info: true },
  ];
  log(`— public boards: 32 connections, ${ROUNDS} interleaved rounds × ${SECONDS} s per page (${ROUNDS * SECONDS} s each) —`);
  for (const p of pages) await load(`warm-up ${p.name}`, p.path, { seconds: 2, warmupSeconds: 0 });
  const runs: LoadResult[][] = pages.map(() => []);
  for (let round = 1; round <= ROUNDS; round++) {
    log(`round ${round}`);
    for (const [i, p] of pages.entries()) runs[i].push(await load(p.name, p.path, { seconds: SECONDS, warmupSeconds: 0 }));
  }
  const figures: BoardFigure[] = pages.map((p, i) => {
    const r = runs[i];
    const requests = r.reduce((s, x) => s + x.requests, 0);
    return {
      name: p.name,
      path: p.path,
      requestsPerSecond: requests / (ROUNDS * SECONDS),
      p50: median(r.map((x) => x.p50)),
      p99: median(r.map((x) => x.p99)),
      ratio: i === 0 ? null : median(r.map((x, round) => x.requestsPerSecond / runs[0][round].requestsPerSecond)),
      target: i > 0 && !("info" in p && p.info),
      failures: r.reduce((s, x) => s + x.non2xx + x.errors, 0),
    };
  });
  log("");
  log("page              req/s    p50 ms   p99 ms   ratio to static (target ≥ 0.80)");
  for (const f of figures) {
    log(
      `${f.name.padEnd(16)} ${f.requestsPerSecond.toFixed(1).padStart(7)}  ${String(f.p50).padStart(7)}  ${String(f.p99).padStart(7)}   ${
        f.ratio === null ? "—" : `${f.ratio.toFixed(2)}× ${!f.target ? "(per request, no target)" : f.ratio >= 0.8 ? "ok" : "BELOW TARGET"}`
      }${f.failures ? `  (${f.failures} failed requests!)` : ""}`,
    );
  }
  const ok = figures.every((f) => (!f.target || (f.ratio ?? 0) >= 0.8) && f.failures === 0);
  log(ok ? "boards: every board within target" : "boards: some board below target or failing (see above)");
  return figures;
}
