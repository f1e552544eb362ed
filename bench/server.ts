// Starting a production server for the bench: this checkout's build, or another worktree's (an
// older commit built into its own .next-bench, for before/after pairs measured in one run).
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { loadSecrets } from "../lib/env/load-secrets";
import { freePort, waitForServer } from "../scripts/lib/local-server";
import { PIN } from "./context";

export interface BenchServer {
  baseUrl: string;
  child: ChildProcess;
}

/**
 * Starts `next start` in `cwd` (default: this checkout) on a free loopback port against `dbUrl`.
 * The server keeps idle connections open for the whole run: with Node's 5 s default, a client
 * that waits between two measurements (the bench seeds for a minute between its HTTP parts) may
 * send on a socket the server has just closed ("fetch failed", ECONNRESET).
 */
export async function startBenchServer(opts: {
  dbUrl: string;
  workDir: string;
  cwd?: string;
  name?: string;
  /** More environment for the server. */
  env?: Record<string, string>;
  /** Options for the server's node (e.g. --cpu-prof, which NODE_OPTIONS does not take). */
  nodeArgs?: string[];
}): Promise<BenchServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const secrets = loadSecrets({ ...process.env, OPENSELECT_DEMO: "1" });
  const env = {
    ...process.env,
    DATABASE_URL: opts.dbUrl,
    OPENSELECT_DEMO: "1",
    NEXT_TELEMETRY_DISABLED: "1",
    AUTH_TRUST_HOST: "1",
    NODE_ENV: "production" as const,
    // The same keys as the bench's seeding and this checkout (the demo secrets file is read from
    // the working directory, and another worktree has its own or none): one session cookie
    // serves both servers of a pair, and seeded ID hashes and encrypted fields read the same.
    AUTH_SECRET: secrets.authSecret,
    OPENSELECT_ENCRYPTION_KEY: secrets.encryptionKey.toString("base64"),
    OPENSELECT_HASH_KEY: secrets.hashKey.toString("base64"),
    OPENSELECT_AUDIT_KEY: secrets.auditKey.toString("base64"),
    // The server's own mail worker: its .eml files in the bench's folder, not the checkout's
    // data/mail/, and no delivery competing with the measured requests after its first look.
    OPENSELECT_MAIL_DIR: path.join(opts.workDir, `mail${opts.name ? `-${opts.name}` : ""}`),
    OPENSELECT_MAIL_POLL_MS: String(24 * 3_600_000),
    ...opts.env,
  };
  // No -H 127.0.0.1: Next 16 then treats the proxy's rewrites as external (see tests/e2e/server.ts).
  const args = ["start", "-p", String(port), "--keepAliveTimeout", "3600000"];
  const next = opts.nodeArgs
    ? [process.execPath, ...opts.nodeArgs, "node_modules/next/dist/bin/next", ...args]
    : ["node_modules/.bin/next", ...args];
  const stdio: ["ignore", "ignore", "inherit"] = ["ignore", "ignore", "inherit"];
  const child = PIN
    ? spawn("/usr/bin/taskset", ["-c", "0", ...next], { env, stdio, cwd: opts.cwd })
    : spawn(next[0], next.slice(1), { env, stdio, cwd: opts.cwd });
  await waitForServer(`${baseUrl}/privacy`, child);
  return { baseUrl, child };
}

/** Stops a server started above and waits (up to 5 s) for it to exit. */
export async function stopBenchServer(s: BenchServer | undefined): Promise<void> {
  if (!s || s.child.exitCode !== null) return;
  const exited = new Promise((r) => s.child.once("exit", r));
  s.child.kill("SIGTERM");
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
}
