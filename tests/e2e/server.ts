// Starts the production site on a fresh, seeded demo SQLite database for the browser tests:
// the same prepare step as `npm start` (migrate, seed, build if stale), then `next start`.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, waitForServer } from "../../scripts/lib/local-server";

export interface E2EServer {
  baseUrl: string;
  dbFile: string;
  stop(): Promise<void>;
}

export async function startE2EServer(): Promise<E2EServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "openselect-e2e-"));
  const dbFile = path.join(dir, "e2e.db");
  const env = serverEnv(dbFile);
  // Prepare in a child process so this Jest process keeps its own module state.
  await new Promise<void>((resolve, reject) => {
    const p = spawn(
      "node_modules/.bin/tsx",
      [
        "--conditions=react-server",
        "-e",
        'require("./scripts/prepare").prepare().then(()=>process.exit(0),(e)=>{console.error(e);process.exit(1)})',
      ],
      { env, stdio: "inherit" },
    );
    p.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`prepare exited with ${code}`))));
  });
  const instance = await startInstance(env);
  return {
    baseUrl: instance.baseUrl,
    dbFile,
    async stop() {
      await instance.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function serverEnv(dbFile: string) {
  // A small proof-of-work keeps the browser's solve short on a loaded CI machine; the solving
  // itself is what the tests exercise, not its size.
  return {
    ...process.env,
    DATABASE_URL: `file:${dbFile}`,
    OPENSELECT_DEMO: "1",
    NEXT_TELEMETRY_DISABLED: "1",
    AUTH_TRUST_HOST: "1",
    OPENSELECT_CHALLENGE_MAX_NUMBER: process.env.OPENSELECT_CHALLENGE_MAX_NUMBER ?? "5000",
    // The demo mail (.eml files) of this throwaway database stays beside it, not in the checkout.
    OPENSELECT_MAIL_DIR: path.join(path.dirname(dbFile), "mail"),
  };
}

/** `next start` of the prepared build on a free port. */
async function startInstance(env: NodeJS.ProcessEnv): Promise<{ baseUrl: string; stop(): Promise<void> }> {
  const port = await freePort();
  // No -H 127.0.0.1: Next 16 then treats the proxy's rewrites as external (it spells that host
  // "localhost" on one side only) and proxies every page over HTTP to itself.
  // Playwright's request context reuses a pooled connection without heeding the server's
  // Keep-Alive hint (microsoft/playwright#42701): after Node's 5-second default the reuse met a
  // closed socket (ECONNRESET in CI). The app's own start keeps connections 65 s; a test run
  // keeps them for its whole length.
  const child = spawn("node_modules/.bin/next", ["start", "-p", String(port), "--keepAliveTimeout", "3600000"], {
    env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  child.stdout?.on("data", () => undefined);
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForServer(`${baseUrl}/privacy`, child);
  return {
    baseUrl,
    async stop() {
      child.kill("SIGTERM");
      await new Promise((r) => setTimeout(r, 300));
    },
  };
}

/**
 * Another app instance on the running e2e server's database and build, as a second server
 * behind a load balancer would be (same database, same secrets, its own memory).
 */
export async function startSecondInstance(dbFile: string) {
  return startInstance(serverEnv(dbFile));
}
