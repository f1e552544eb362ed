// A throwaway PostgreSQL server for tests and for generating migrations: initdb in a temp
// folder, start on a free 127.0.0.1 port, create one database, and remove it all on stop().
// PostgreSQL refuses to run as root, so as root every server command goes through
// `runuser -u postgres`; as any other user the binaries are run directly.
import { execFile, execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { Client } from "pg";
import { freePort } from "../../scripts/lib/local-server";

const run = promisify(execFile);

export interface ThrowawayPostgres {
  url: string;
  stop: () => Promise<void>;
}

const DATABASE = "openselect_test";

/** Directory holding initdb/pg_ctl: `pg_config --bindir`, else the newest /usr/lib/postgresql/N/bin. */
export function postgresBinDir(): string {
  const candidates: string[] = [];
  try {
    candidates.push(execFileSync("pg_config", ["--bindir"], { encoding: "utf8" }).trim());
  } catch {
    // pg_config is optional (it comes with the dev package); fall back to the Debian layout.
  }
  const root = "/usr/lib/postgresql";
  if (fs.existsSync(root)) {
    const versions = fs.readdirSync(root).filter((v) => /^\d+$/.test(v));
    versions.sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => path.join(root, v, "bin")));
  }
  const found = candidates.find((dir) => fs.existsSync(path.join(dir, "initdb")));
  if (!found) throw new Error("PostgreSQL server binaries not found (no initdb via pg_config --bindir or /usr/lib/postgresql/*/bin)");
  return found;
}

function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

/** Run a server binary as the postgres user when we are root (PostgreSQL refuses root). */
async function runServerCommand(binary: string, args: string[]): Promise<void> {
  const [cmd, argv] = isRoot() ? ["runuser", ["-u", "postgres", "--", binary, ...args]] : [binary, args];
  try {
    await run(cmd, argv, { encoding: "utf8" });
  } catch (error) {
    const e = error as Error & { stderr?: string; stdout?: string };
    throw new Error(`${path.basename(binary)} failed: ${e.message}\n${e.stdout ?? ""}${e.stderr ?? ""}`);
  }
}

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = postgresBinDir();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "openselect-pg-"));
  const dataDir = path.join(dir, "data");
  const logFile = path.join(dir, "server.log");
  let started = false;

  const remove = () => fs.rmSync(dir, { recursive: true, force: true });
  const stopServer = () => runServerCommand(path.join(bin, "pg_ctl"), ["-D", dataDir, "-m", "immediate", "-w", "stop"]);

  try {
    if (isRoot()) {
      // mkdtemp makes a root-owned 0700 folder: hand it to postgres so initdb can write there.
      const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
      const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
      fs.chownSync(dir, uid, gid);
    }
    // --no-sync and trust auth: a disposable server on loopback, speed over durability.
    await runServerCommand(path.join(bin, "initdb"), [
      "-D",
      dataDir,
      "-U",
      "postgres",
      "--auth=trust",
      "--encoding=UTF8",
      "--locale=C",
      // Collation stays C (byte order); a UTF-8 character classification makes pg_trgm count
      // Chinese characters as word characters (under LC_CTYPE=C it finds no trigrams in them).
      "--lc-ctype=C.UTF-8",
      "--no-sync",
    ]);

    // The port is free when we ask, but another process may take it before the server binds:
    // retry a few times with a new port.
    let port = 0;
    for (let attempt = 1; !started; attempt++) {
      port = await freePort();
      const serverOptions = [
        `-p ${port}`,
        "-c listen_addresses=127.0.0.1",
        // Socket in our own folder: /var/run/postgresql may be missing or not writable.
        `-c unix_socket_directories=${dir}`,
        "-c fsync=off",
        "-c synchronous_commit=off",
        "-c full_page_writes=off",
      ].join(" ");
      try {
        await runServerCommand(path.join(bin, "pg_ctl"), ["-D", dataDir, "-l", logFile, "-w", "-t", "60", "-o", serverOptions, "start"]);
        started = true;
      } catch (error) {
        if (attempt >= 3) {
          const log = fs.existsSync(logFile) ? fs.readFileSync(logFile, "utf8") : "";
          throw new Error(`${(error as Error).message}\n${log}`);
        }
      }
    }

    const admin = new Client({ host: "127.0.0.1", port, user: "postgres", database: "postgres" });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${DATABASE}`);
    } finally {
      await admin.end();
    }

    let stopped = false;
    return {
      url: `postgresql://postgres@127.0.0.1:${port}/${DATABASE}`,
      stop: async () => {
        if (stopped) return;
        stopped = true;
        try {
          await stopServer();
        } finally {
          remove();
        }
      },
    };
  } catch (error) {
    if (started) await stopServer().catch(() => undefined);
    remove();
    throw error;
  }
}

/**
 * Where pg-global-setup writes the URL: keyed by the Jest parent's pid, which a worker sees as
 * process.ppid (in-band runs: process.pid).
 */
export function testDatabaseUrlFile(jestPid: number): string {
  return path.join(os.tmpdir(), `openselect-jest-pg-${jestPid}.url`);
}

/** TEST_DATABASE_URL, or the URL pg-global-setup wrote for this Jest run; undefined when neither. */
export function testDatabaseUrl(): string | undefined {
  if (process.env.TEST_DATABASE_URL) return process.env.TEST_DATABASE_URL;
  for (const pid of [process.ppid, process.pid]) {
    const file = testDatabaseUrlFile(pid);
    if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  }
  return undefined;
}
