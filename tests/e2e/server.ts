// Starts the production site on a fresh, seeded demo SQLite database for the browser tests:
// the same prepare step as `npm start` (migrate, seed, build if stale), then `next start`.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export interface E2EServer {
  baseUrl: string;
  dbFile: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

async function waitFor(url: string, child: ChildProcess, ms = 60_000) {
  const t0 = Date.now();
  while (Date.now() - t0 < ms) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const r = await fetch(url);
      if (r.status < 500) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not answer at ${url} within ${ms} ms`);
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
  return { ...process.env, DATABASE_URL: `file:${dbFile}`, OPENSELECT_DEMO: "1", NEXT_TELEMETRY_DISABLED: "1", AUTH_TRUST_HOST: "1" };
}

/** `next start` of the prepared build on a free port. */
async function startInstance(env: NodeJS.ProcessEnv): Promise<{ baseUrl: string; stop(): Promise<void> }> {
  const port = await freePort();
  // No -H 127.0.0.1: Next 16 then treats the proxy's rewrites as external (it spells that host
  // "localhost" on one side only) and proxies every page over HTTP to itself.
  const child = spawn("node_modules/.bin/next", ["start", "-p", String(port)], {
    env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  child.stdout?.on("data", () => undefined);
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitFor(`${baseUrl}/privacy`, child);
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
