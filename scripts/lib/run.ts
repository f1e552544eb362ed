import { spawnSync } from "node:child_process";

/** Runs a command in the project, inheriting output; throws on a non-zero exit. */
export function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const r = spawnSync(cmd, args, { stdio: "inherit", env, shell: false });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} exited with ${r.status ?? r.signal}`);
}

export const bin = (name: string) => `node_modules/.bin/${name}`;
