// `npm start`: prepare (migrate, seed in demo mode, build when needed), then serve on PORT.
import { spawn } from "node:child_process";
import path from "node:path";
import { prepare } from "./prepare";
import { isDemoMode } from "../lib/env/mode";

async function main() {
  await prepare();
  const port = process.env.PORT || "3000";
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  // next-auth builds its redirect URLs from NEXTAUTH_URL; without it, it would use
  // localhost:3000. In demo mode trust the Host header; a deployment names its public URL.
  if (!env.NEXTAUTH_URL && !env.AUTH_TRUST_HOST) {
    if (isDemoMode()) env.AUTH_TRUST_HOST = "1";
    else
      console.warn(
        "[openselect] warning: set NEXTAUTH_URL to the public URL (or AUTH_TRUST_HOST=1 behind a proxy that sets X-Forwarded-Host)",
      );
  }
  console.log(`[openselect] serving on http://localhost:${port}`);
  // record-peer.cjs appends the connection's address to X-Forwarded-For, which `next start`
  // alone leaves as the client wrote it (lib/http/client-address.ts).
  // Node closes an idle keep-alive connection after 5 s by default. A load balancer or nginx
  // keeps its pooled connections to the app for 60 s, and one that reuses a connection Node has
  // just closed answers its visitor with a 502: the app must keep them longer than the proxy does.
  const keepAlive = process.env.OPENSELECT_KEEPALIVE_MS || "65000";
  const nextArgs = [
    "--require",
    path.resolve("lib/http/record-peer.cjs"),
    "node_modules/next/dist/bin/next",
    "start",
    "-p",
    port,
    "--keepAliveTimeout",
    keepAlive,
  ];
  const child = spawn(process.execPath, nextArgs, { stdio: "inherit", env });
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => child.kill(sig));
  child.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((e) => {
  console.error(`[openselect] cannot start: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
