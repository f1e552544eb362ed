// What every bench suite receives: the running production server, its database, a logger
// and a load helper with the bench's fixed settings (loopback only, bounded duration).
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import { promisify } from "node:util";
import autocannon from "autocannon";

const run = promisify(execFile);

/**
 * On a machine with at least two CPUs, the server runs pinned to CPU 0 and the load generator
 * to CPU 1 (taskset), so that the load generator's own work (it parses every response, and a
 * board's response is larger than the static page's) is not charged to the pages measured.
 */
export const PIN = os.cpus().length >= 2 && fs.existsSync("/usr/bin/taskset");

type AutocannonResult = Awaited<ReturnType<typeof autocannon>>;

export async function fire(
  url: string,
  connections: number,
  duration: number,
  headers: Record<string, string> = {},
): Promise<AutocannonResult> {
  if (!PIN) return autocannon({ url, connections, duration, headers });
  const { stdout } = await run(
    "/usr/bin/taskset",
    [
      "-c",
      "1",
      process.execPath,
      "node_modules/autocannon/autocannon.js",
      "--json",
      "-c",
      String(connections),
      "-d",
      String(duration),
      ...Object.entries(headers).flatMap(([k, v]) => ["-H", `${k}: ${v}`]),
      url,
    ],
    {
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return JSON.parse(stdout) as AutocannonResult;
}

export interface LoadResult {
  name: string;
  path: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
}

export interface BenchContext {
  /** e.g. http://127.0.0.1:41234 — always a loopback address. */
  baseUrl: string;
  /** DATABASE_URL of the bench's own temporary database (seeded before the server started). */
  dbUrl: string;
  log: (line: string) => void;
  /** The server process's id (its CPU time is read from /proc), when the runner knows it. */
  serverPid?: number;
  /** Load one path with `connections` concurrent connections for `seconds` (after a short warm-up). */
  load: (name: string, path: string, opts?: { connections?: number; seconds?: number; warmupSeconds?: number }) => Promise<LoadResult>;
}

/** A suite: seeds what it needs (through dbUrl), drives the server, prints its own figures. */
export type BenchSuite = (ctx: BenchContext) => Promise<void>;

export function loadHelper(baseUrl: string, log: (s: string) => void): BenchContext["load"] {
  if (!/^http:\/\/(127\.0\.0\.1|localhost|\[::1\]):\d+$/.test(baseUrl)) throw new Error(`bench targets loopback only, not ${baseUrl}`);
  return async (name, path, opts = {}) => {
    const { connections = 32, seconds = 10, warmupSeconds = 2 } = opts;
    const url = baseUrl + path;
    if (warmupSeconds > 0) await fire(url, connections, warmupSeconds);
    const r = await fire(url, connections, seconds);
    const result: LoadResult = {
      name,
      path,
      requestsPerSecond: r.requests.average,
      p50: r.latency.p50,
      p99: r.latency.p99,
      requests: r.requests.total,
      non2xx: r.non2xx,
      errors: r.errors,
    };
    log(
      `  ${name.padEnd(24)} ${result.requestsPerSecond.toFixed(1).padStart(8)} req/s  p50 ${String(result.p50).padStart(4)} ms  p99 ${String(result.p99).padStart(5)} ms  (${result.requests} requests${result.non2xx ? `, ${result.non2xx} non-2xx` : ""}${result.errors ? `, ${result.errors} errors` : ""})`,
    );
    return result;
  };
}
