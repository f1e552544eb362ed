// Public boards against a static page: requests per second and latency at 32 connections for
// the home page, the vacancy list, a vacancy detail and /privacy (a page with no data), and
// each board's ratio to the static page (target ≥ 0.8: a board costs about a static page).
// The boards are served from Next's cache, a list's filters and pages too; a free-text search
// is rendered per request (see lib/routing/locale-path.ts) through the search index (issue 14):
// a board's list search and /search with words of 3+ characters (target ≥ 0.5× and p99 under
// 200 ms) and with words of 1–2 characters, shorter than a trigram (target ≥ 0.3×). "干部" is
// the worst case: it is in every document of the data set.
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
  /** The ratio this page must reach (0.8 for the cached boards). */
  minRatio: number;
  /** A p99 bound in ms, for the searches. */
  maxP99: number | null;
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
    { name: "list, search 3+", path: `/vacancies?q=${encodeURIComponent("副局长")}`, minRatio: 0.5, maxP99: 200 },
    { name: "/search 3+", path: `/search?q=${encodeURIComponent("组织部")}`, minRatio: 0.5, maxP99: 200 },
    { name: "list, search 1", path: `/vacancies?q=${encodeURIComponent("局")}`, minRatio: 0.3 },
    { name: "/search 2", path: `/search?q=${encodeURIComponent("干部")}`, minRatio: 0.3 },
  ] as { name: string; path: string; info?: boolean; minRatio?: number; maxP99?: number }[];
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
      target: i > 0 && !p.info,
      minRatio: p.minRatio ?? 0.8,
      maxP99: p.maxP99 ?? null,
      failures: r.reduce((s, x) => s + x.non2xx + x.errors, 0),
    };
  });
  log("");
  const meets = (f: BoardFigure) => (f.ratio ?? 0) >= f.minRatio && (f.maxP99 === null || f.p99 < f.maxP99);
  log("page              req/s    p50 ms   p99 ms   ratio to static (target)");
  for (const f of figures) {
    const target = `≥ ${f.minRatio.toFixed(1)}×${f.maxP99 ? `, p99 < ${f.maxP99} ms` : ""}`;
    log(
      `${f.name.padEnd(16)} ${f.requestsPerSecond.toFixed(1).padStart(7)}  ${String(f.p50).padStart(7)}  ${String(f.p99).padStart(7)}   ${
        f.ratio === null
          ? "—"
          : `${f.ratio.toFixed(2)}× ${!f.target ? "(per request, no target)" : `(${target}) ${meets(f) ? "ok" : "BELOW TARGET"}`}`
      }${f.failures ? `  (${f.failures} failed requests!)` : ""}`,
    );
  }
  const ok = figures.every((f) => (!f.target || meets(f)) && f.failures === 0);
  log(ok ? "boards: every board within target" : "boards: some board below target or failing (see above)");
  return figures;
}
