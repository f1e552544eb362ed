// `npm start`: prepare (migrate, seed in demo mode, build when needed), then serve on PORT.
import { spawn } from "node:child_process";
import { prepare } from "./prepare";
import { bin } from "./lib/run";

async function main() {
  await prepare();
  const port = process.env.PORT || "3000";
  console.log(`[openselect] serving on http://localhost:${port}`);
  const child = spawn(bin("next"), ["start", "-p", port], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => child.kill(sig));
  child.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((e) => {
  console.error(`[openselect] cannot start: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
